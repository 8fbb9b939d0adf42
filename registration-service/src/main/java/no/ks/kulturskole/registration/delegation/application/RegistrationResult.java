package no.ks.kulturskole.registration.delegation.application;

import no.ks.kulturskole.registration.delegation.model.Delegation;

/**
 * @param created {@code false} when the municipality had registered already and this is
 * its existing delegation
 * @param manageToken the secret of the self-service link, only right after the delegation
 * was created (it is stored hashed and cannot be shown again); else {@code null}
 * @param notice for the coordinator, e.g. which 2024 number a 2023 municipality number
 * was taken as; else {@code null}
 */
public record RegistrationResult(String workshopId, Delegation delegation, boolean created, String manageToken,
		String notice) {

	public RegistrationResult(String workshopId, Delegation delegation, boolean created) {
		this(workshopId, delegation, created, null, null);
	}

}
