package no.ks.kulturskole.registration.delegation.model;

import java.util.List;

import no.ks.kulturskole.contracts.registration.Contact;
import no.ks.kulturskole.contracts.registration.Organisation;

/**
 * A municipality asks to register its delegation for a workshop.
 *
 * @param organisation already resolved from the official register
 * @param language the language the delegation reads its e-mails in, e.g. {@code nb}
 * @param manageSecret the secret of the self-service link the delegation will get; its
 * hash is stored and it is announced sealed in {@code ManageLinkIssued}; {@code null} for
 * none
 * @param delegationId the id the delegation gets if it is registered, chosen with the
 * request so that its data key can be issued before the workshop's writer decides it
 */
public record DelegationRequest(Organisation organisation, Contact coordinator, List<NewParticipant> participants,
		String language, ManageSecret manageSecret, String delegationId) {

	public DelegationRequest {
		participants = (participants != null) ? List.copyOf(participants) : List.of();
		delegationId = (delegationId != null) ? delegationId : Seating.newId();
	}

	public DelegationRequest(Organisation organisation, Contact coordinator, List<NewParticipant> participants,
			String language, ManageSecret manageSecret) {
		this(organisation, coordinator, participants, language, manageSecret, null);
	}

	public DelegationRequest(Organisation organisation, Contact coordinator, List<NewParticipant> participants,
			String language) {
		this(organisation, coordinator, participants, language, null);
	}

}
