package no.ks.kulturskole.registration.delegation.application;

import no.ks.kulturskole.registration.delegation.model.Delegation;

/**
 * @param created {@code false} when the municipality had registered already and this is
 * its existing delegation
 */
public record RegistrationResult(String workshopId, Delegation delegation, boolean created) {
}
