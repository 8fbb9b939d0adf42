package no.ks.kulturskole.workshop.workshop;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import no.ks.kulturskole.contracts.registration.Contact;
import no.ks.kulturskole.contracts.registration.DelegationCancelled;
import no.ks.kulturskole.contracts.registration.DelegationEvent;
import no.ks.kulturskole.contracts.registration.DelegationMoved;
import no.ks.kulturskole.contracts.registration.DelegationPromoted;
import no.ks.kulturskole.contracts.registration.DelegationRegistered;
import no.ks.kulturskole.contracts.registration.DelegationWaitlisted;
import no.ks.kulturskole.contracts.registration.Organisation;
import no.ks.kulturskole.contracts.registration.ParticipantRegistered;
import no.ks.kulturskole.contracts.registration.ParticipantRemoved;
import no.ks.kulturskole.contracts.registration.ParticipantReplaced;
import no.ks.kulturskole.contracts.registration.RoleCategory;
import no.ks.kulturskole.contracts.registration.SeatStatus;

/**
 * Delegation events of one workshop as registration-service publishes them, each
 * delegation's in the order they happened, each with its own event id; every method
 * returns its event and remembers it in {@link #events()}.
 */
public final class DelegationHistory {

	private final String workshopId;

	private final List<DelegationEvent> events = new ArrayList<>();

	public DelegationHistory(String workshopId) {
		this.workshopId = workshopId;
	}

	/**
	 * A rush in one poll, interleaved as registrations come: in session {@code s-1}
	 * {@code a} confirmed with 3 persons, {@code b} waitlisted with 2 and promoted,
	 * {@code c} confirmed with 4 and cancelled, {@code d} confirmed with 2, one removed,
	 * and put on the waiting list; {@code e} confirmed with 1, replaced, and moved to
	 * {@code s-2}. Confirmed afterwards: 5 persons in {@code s-1}, 1 in {@code s-2}.
	 * @param prefix the start of the delegations' ids
	 */
	public static DelegationHistory rush(String workshopId, String prefix) {
		DelegationHistory history = new DelegationHistory(workshopId);
		String a = prefix + "a";
		String b = prefix + "b";
		String c = prefix + "c";
		String d = prefix + "d";
		String e = prefix + "e";
		history.registered(a, "s-1", SeatStatus.CONFIRMED, 3, 1);
		history.registered(b, "s-1", SeatStatus.WAITLISTED, 2, 1);
		history.participants(a, "s-1", 3);
		history.registered(c, "s-1", SeatStatus.CONFIRMED, 4, 1);
		history.participants(b, "s-1", 2);
		history.registered(d, "s-1", SeatStatus.CONFIRMED, 2, 1);
		history.participants(c, "s-1", 4);
		List<String> ds = history.participants(d, "s-1", 2);
		history.registered(e, "s-1", SeatStatus.CONFIRMED, 1, 1);
		List<String> es = history.participants(e, "s-1", 1);
		history.promoted(b, "s-1", 2, 2);
		history.cancelled(c, "s-1", 4, 2);
		history.removed(d, "s-1", ds.get(0));
		history.waitlisted(d, "s-1", 1, 2);
		history.replaced(e, "s-1", es.get(0));
		history.moved(e, "s-1", "s-2", 1, 2);
		return history;
	}

	public List<DelegationEvent> events() {
		return List.copyOf(this.events);
	}

	public DelegationRegistered registered(String delegationId, String sessionId, SeatStatus status, int persons,
			long sequence) {
		Instant now = Instant.now();
		return add(new DelegationRegistered(UUID.randomUUID(), delegationId, this.workshopId, now,
				DelegationRegistered.SCHEMA_VERSION, sessionId, status,
				new Organisation("3403", "Hamar", "34", "Innlandet"),
				new Contact("Kari Nordmann", "kari@example.no", null), persons, "Verksted", now.plusSeconds(86400),
				now.plusSeconds(90000), "nb", sequence));
	}

	/**
	 * @return the participants' ids
	 */
	public List<String> participants(String delegationId, String sessionId, int count) {
		List<String> ids = new ArrayList<>();
		for (int index = 0; index < count; index++) {
			String participantId = "p-" + UUID.randomUUID();
			ids.add(participantId);
			add(new ParticipantRegistered(UUID.randomUUID(), delegationId, this.workshopId, Instant.now(),
					ParticipantRegistered.SCHEMA_VERSION, participantId, sessionId, "3403", "Deltaker " + index,
					"deltaker" + index + "@example.no", "Lærer", RoleCategory.values()[0]));
		}
		return ids;
	}

	public ParticipantRemoved removed(String delegationId, String sessionId, String participantId) {
		return add(new ParticipantRemoved(UUID.randomUUID(), delegationId, this.workshopId, Instant.now(),
				ParticipantRemoved.SCHEMA_VERSION, participantId, sessionId));
	}

	public ParticipantReplaced replaced(String delegationId, String sessionId, String participantId) {
		return add(new ParticipantReplaced(UUID.randomUUID(), delegationId, this.workshopId, Instant.now(),
				ParticipantReplaced.SCHEMA_VERSION, participantId, "p-" + UUID.randomUUID(), sessionId, "3403", "Vikar",
				"vikar@example.no", "Lærer", RoleCategory.values()[0]));
	}

	public DelegationWaitlisted waitlisted(String delegationId, String sessionId, int persons, long sequence) {
		return add(new DelegationWaitlisted(UUID.randomUUID(), delegationId, this.workshopId, Instant.now(),
				DelegationWaitlisted.SCHEMA_VERSION, sessionId, persons, sequence));
	}

	public DelegationPromoted promoted(String delegationId, String sessionId, int persons, long sequence) {
		return add(new DelegationPromoted(UUID.randomUUID(), delegationId, this.workshopId, Instant.now(),
				DelegationPromoted.SCHEMA_VERSION, sessionId, persons, sequence));
	}

	public DelegationCancelled cancelled(String delegationId, String sessionId, int persons, long sequence) {
		return add(new DelegationCancelled(UUID.randomUUID(), delegationId, this.workshopId, Instant.now(),
				DelegationCancelled.SCHEMA_VERSION, sessionId, SeatStatus.CONFIRMED, persons, null, sequence,
				DelegationCancelled.Cause.BY_COORDINATOR));
	}

	public DelegationMoved moved(String delegationId, String fromSessionId, String toSessionId, int persons,
			long sequence) {
		return add(new DelegationMoved(UUID.randomUUID(), delegationId, this.workshopId, Instant.now(),
				DelegationMoved.SCHEMA_VERSION, fromSessionId, toSessionId, SeatStatus.CONFIRMED, persons, sequence));
	}

	private <T extends DelegationEvent> T add(T event) {
		this.events.add(event);
		return event;
	}

}
