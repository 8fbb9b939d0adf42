package no.ks.kulturskole.reporting.workshopreport.application;

/**
 * An event of a batch that could not be applied (a change to a delegation the report does
 * not know). The rest of the batch was applied; the caller dead-letters this one.
 */
public record RejectedEvent(SourcedEvent event, RuntimeException cause) {

}
