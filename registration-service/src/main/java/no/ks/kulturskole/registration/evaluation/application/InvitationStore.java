package no.ks.kulturskole.registration.evaluation.application;

import java.util.List;
import java.util.Optional;

import no.ks.kulturskole.contracts.DomainEvent;

/**
 * Who of a delegation was invited to evaluate a session: what makes every attendee get
 * one link per session, however often attendance is recorded or the sweep runs. Holds
 * participant ids, so it goes with the delegation when its personal data is erased.
 */
public interface InvitationStore {

	Optional<Invited> find(String workshopId, String sessionId, String delegationId);

	/**
	 * Records the newly invited with the event that announces their links, in one write,
	 * unless someone recorded invitations for the delegation and session since
	 * {@code before} was read.
	 * @param before what was read; {@code null} when nothing was recorded yet
	 * @return {@code false} when another writer came first
	 */
	boolean record(Invited before, String workshopId, String sessionId, String delegationId, List<String> invited,
			DomainEvent event);

	/** Forgets whom of the delegation it invited (issue 14: erasure). */
	void eraseDelegation(String delegationId);

	/**
	 * @param erased the delegation's personal data was erased: nobody of it is invited
	 * again
	 */
	record Invited(List<String> participantIds, long version, boolean erased) {

		public Invited {
			participantIds = List.copyOf(participantIds);
		}

	}

}
