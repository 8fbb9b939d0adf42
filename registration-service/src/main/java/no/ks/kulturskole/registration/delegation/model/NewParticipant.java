package no.ks.kulturskole.registration.delegation.model;

import java.util.Locale;

import no.ks.kulturskole.contracts.registration.RoleCategory;

/** A delegate as the coordinator entered them, before the delegation is accepted. */
public record NewParticipant(String name, String email, String roleTitle, RoleCategory roleCategory) {

	/** E-mail providers treat addresses case-insensitively, and so do we. */
	String normalisedEmail() {
		return this.email.strip().toLowerCase(Locale.ROOT);
	}

}
