package no.ks.kulturskole.registration.municipality.application;

import no.ks.kulturskole.contracts.registration.Organisation;

/**
 * The organisation a typed number names.
 *
 * @param renumberedFrom the 2023 municipality number that was typed, when it was replaced
 * by {@code organisation}'s number on 1 January 2024; else {@code null}
 */
public record OrganisationMatch(Organisation organisation, String renumberedFrom) {

	/** For the answer: which new number a 2023 number was taken as, or {@code null}. */
	public String notice() {
		if (this.renumberedFrom == null) {
			return null;
		}
		return "Kommunenummer " + this.renumberedFrom + " ble " + this.organisation.number() + " "
				+ this.organisation.name() + " fra 1. januar 2024. Påmeldingen gjelder " + this.organisation.number()
				+ " " + this.organisation.name() + ".";
	}

}
