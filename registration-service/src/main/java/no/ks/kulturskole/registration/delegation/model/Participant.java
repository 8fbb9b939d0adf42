package no.ks.kulturskole.registration.delegation.model;

import no.ks.kulturskole.contracts.privacy.PersonalData;

import no.ks.kulturskole.contracts.registration.RoleCategory;

/** One delegate. Name and e-mail are personal data: never logged. */
public record Participant(String participantId, String name, String email, String roleTitle,
		RoleCategory roleCategory) {

	Participant erased() {
		return new Participant(this.participantId, PersonalData.ERASED, null, this.roleTitle, this.roleCategory);
	}

}
