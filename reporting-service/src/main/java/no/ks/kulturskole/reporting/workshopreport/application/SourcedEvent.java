package no.ks.kulturskole.reporting.workshopreport.application;

import no.ks.kulturskole.contracts.DomainEvent;

/** An event as it was read, with where it sat on the bus. */
public record SourcedEvent(DomainEvent event, SourcePosition position) {

}
