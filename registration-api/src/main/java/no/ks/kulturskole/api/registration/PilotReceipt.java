package no.ks.kulturskole.api.registration;

import java.time.Instant;

import no.ks.kulturskole.contracts.registration.Organisation;

/**
 * The answer to a municipality's application to the pilot project: {@code 201} when it is
 * new, {@code 200} with the application the service already has.
 */
public record PilotReceipt(String applicationId, Organisation organisation, PilotStatus status, Instant submittedAt) {
}
