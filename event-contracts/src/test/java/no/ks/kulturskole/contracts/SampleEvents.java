package no.ks.kulturskole.contracts;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import no.ks.kulturskole.contracts.notification.NotificationSent;
import no.ks.kulturskole.contracts.registration.Contact;
import no.ks.kulturskole.contracts.registration.DelegationRegistered;
import no.ks.kulturskole.contracts.registration.Organisation;
import no.ks.kulturskole.contracts.registration.ParticipantRegistered;
import no.ks.kulturskole.contracts.registration.RoleCategory;
import no.ks.kulturskole.contracts.registration.SeatStatus;
import no.ks.kulturskole.contracts.workshop.SessionDetails;
import no.ks.kulturskole.contracts.workshop.WorkshopFormat;
import no.ks.kulturskole.contracts.workshop.WorkshopScheduled;

/** One realistic instance of every event type, as the producers would publish it. */
final class SampleEvents {

	static final Instant START = Instant.parse("2027-03-10T08:00:00Z");

	static List<DomainEvent> all() {
		return List.of(workshopScheduled(), delegationRegistered(), participantRegistered(), notificationSent());
	}

	static WorkshopScheduled workshopScheduled() {
		return new WorkshopScheduled(UUID.randomUUID(), "w-1", START.minusSeconds(86400 * 30), 1,
				"Verksted 1: Kulturskolen i kommunen", "Hva er kulturskolens rolle?", "Fremtidens kulturskole",
				WorkshopFormat.ONLINE, null, "nb", START.minusSeconds(86400 * 9), 2, 6, true,
				List.of(new SessionDetails("s-1", START, START.plusSeconds(9000), 60, "https://meet.example/abc")));
	}

	static DelegationRegistered delegationRegistered() {
		return new DelegationRegistered(UUID.randomUUID(), "d-1", "w-1", START.minusSeconds(86400 * 20), 1, "s-1",
				SeatStatus.CONFIRMED, new Organisation("4601", "Bergen", "46", "Vestland"),
				new Contact("Kari Nordmann", "kari@bergen.kommune.no", null), 2, "Verksted 1", START,
				START.plusSeconds(9000), "nb");
	}

	static ParticipantRegistered participantRegistered() {
		return new ParticipantRegistered(UUID.randomUUID(), "d-1", "w-1", START.minusSeconds(86400 * 20), 1, "p-1",
				"s-1", "4601", "Ola Nordmann", "ola@bergen.kommune.no", "Kulturskoleleder", RoleCategory.KULTURSKOLE);
	}

	static NotificationSent notificationSent() {
		return new NotificationSent(UUID.randomUUID(), "n-1", "w-1", "d-1", START.minusSeconds(86400 * 20), 1,
				"DELEGATION_CONFIRMATION", "delegation-confirmation/nb@1");
	}

	private SampleEvents() {
	}

}
