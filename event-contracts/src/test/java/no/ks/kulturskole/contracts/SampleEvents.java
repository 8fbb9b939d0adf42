package no.ks.kulturskole.contracts;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import no.ks.kulturskole.contracts.notification.MessageSentToRegistrants;
import no.ks.kulturskole.contracts.notification.NotificationFailed;
import no.ks.kulturskole.contracts.notification.NotificationSent;
import no.ks.kulturskole.contracts.registration.AttendanceRecorded;
import no.ks.kulturskole.contracts.registration.DelegationAnswersGiven;
import no.ks.kulturskole.contracts.erasure.ErasureCompleted;
import no.ks.kulturskole.contracts.privacy.DataKeyErased;
import no.ks.kulturskole.contracts.privacy.DataKeyIssued;
import no.ks.kulturskole.contracts.privacy.PersonalData;
import no.ks.kulturskole.contracts.registration.Contact;
import no.ks.kulturskole.contracts.registration.DelegationCancelled;
import no.ks.kulturskole.contracts.registration.DelegationMoved;
import no.ks.kulturskole.contracts.registration.DelegationPromoted;
import no.ks.kulturskole.contracts.registration.DelegationWaitlisted;
import no.ks.kulturskole.contracts.registration.EvaluationInvited;
import no.ks.kulturskole.contracts.registration.ManageLinkIssued;
import no.ks.kulturskole.contracts.registration.ParticipantRemoved;
import no.ks.kulturskole.contracts.registration.ParticipantReplaced;
import no.ks.kulturskole.contracts.registration.PilotApplicationDeclined;
import no.ks.kulturskole.contracts.registration.PilotApplicationSubmitted;
import no.ks.kulturskole.contracts.registration.PilotMunicipalitySelected;
import no.ks.kulturskole.contracts.registration.PilotSelectionClosed;
import no.ks.kulturskole.contracts.registration.ReflectionAnswer;
import no.ks.kulturskole.contracts.registration.ReflectionSubmitted;
import no.ks.kulturskole.contracts.registration.RegistrationConflictReported;
import no.ks.kulturskole.contracts.registration.RegistrationConflictResolved;
import no.ks.kulturskole.contracts.registration.DelegationRegistered;
import no.ks.kulturskole.contracts.registration.Organisation;
import no.ks.kulturskole.contracts.registration.ParticipantRegistered;
import no.ks.kulturskole.contracts.registration.RoleCategory;
import no.ks.kulturskole.contracts.registration.SeatStatus;
import no.ks.kulturskole.contracts.workshop.Material;
import no.ks.kulturskole.contracts.workshop.MaterialsPublished;
import no.ks.kulturskole.contracts.workshop.RegistrationClosed;
import no.ks.kulturskole.contracts.workshop.WorkshopInvitationsChanged;
import no.ks.kulturskole.contracts.workshop.RegistrationQuestion;
import no.ks.kulturskole.contracts.workshop.WorkshopQuestionsChanged;
import no.ks.kulturskole.contracts.workshop.SessionAdded;
import no.ks.kulturskole.contracts.workshop.SessionChanged;
import no.ks.kulturskole.contracts.workshop.SessionDetails;
import no.ks.kulturskole.contracts.workshop.WorkshopCancelled;
import no.ks.kulturskole.contracts.workshop.WorkshopCompleted;
import no.ks.kulturskole.contracts.workshop.WorkshopDetailsChanged;
import no.ks.kulturskole.contracts.workshop.WorkshopFormat;
import no.ks.kulturskole.contracts.workshop.WorkshopRescheduled;
import no.ks.kulturskole.contracts.workshop.WorkshopScheduled;

/** One realistic instance of every event type, as the producers would publish it. */
final class SampleEvents {

	static final Instant START = Instant.parse("2027-03-10T08:00:00Z");

	static List<DomainEvent> all() {
		UUID id = UUID.randomUUID();
		Instant at = START.minusSeconds(86400 * 10);
		List<SessionDetails> sessions = List.of(workshopScheduled().sessions().get(0));
		return List.of(workshopScheduled(), delegationRegistered(), participantRegistered(), notificationSent(),
				new WorkshopRescheduled(id, "w-1", at, 1, 2, START.minusSeconds(86400 * 2), sessions, "Kollisjon"),
				new SessionAdded(id, "w-1", at, 1,
						new SessionDetails("s-2", START.plusSeconds(16200), START.plusSeconds(25200), 40, null)),
				new SessionChanged(id, "w-1", at, 1, "s-1", 80),
				new WorkshopDetailsChanged(id, "w-1", at, 1, "Verksted 1: Kulturskolen som ressurssenter",
						"Hva er kulturskolens rolle i kommunen?", List.of("KS", "Norsk kulturskoleråd"),
						"Kulturskoleledere og politikere", true, WorkshopFormat.ONLINE, null, "nb",
						List.of(new SessionDetails("s-1", START, START.plusSeconds(9000), 60,
								"https://meet.example/ny-lenke"))),
				new MaterialsPublished(id, "w-1", at, 1,
						List.of(new Material("Kulturskolen i kommunen", "https://example.no/notat.pdf")),
						List.of("Hva er kulturskolens rolle hos dere?"), START.minusSeconds(86400 * 7)),
				new RegistrationClosed(id, "w-1", at, 1, "DEADLINE"),
				new WorkshopInvitationsChanged(id, "w-1", at, 1, "LISTED", List.of("1804",
						"4601")),
				new WorkshopQuestionsChanged(id, "w-1", at, 1, 2, List.of(
						new RegistrationQuestion("diet", "PARTICIPANT", "SEVERAL_CHOICES", false, true,
								new RegistrationQuestion.LocalisedText("Kosthold", "Kosthald", "Diet"),
								List.of(new RegistrationQuestion.QuestionChoice("vegetarian",
										new RegistrationQuestion.LocalisedText("Vegetar", null, null)))),
						new RegistrationQuestion("hotel", "DELEGATION", "YES_NO", true, false,
								new RegistrationQuestion.LocalisedText("Trenger dere hotell?", null, null),
								List.of()))),
				new WorkshopCancelled(id, "w-1", at, 1, "Sykdom"), new WorkshopCompleted(id, "w-1", at, 1),
				new ParticipantReplaced(id, "d-1", "w-1", at, 1, "p-1", "p-2", "s-1", "4601", "Siri Berg",
						"siri@bergen.kommune.no", "Ordfører", RoleCategory.POLITICIAN),
				new ParticipantRemoved(id, "d-1", "w-1", at, 1, "p-2", "s-1"),
				new DelegationWaitlisted(id, "d-1", "w-1", at, 1, "s-1", 4, 1L),
				new DelegationPromoted(id, "d-1", "w-1", at, 1, "s-1", 4, 2L),
				new DelegationMoved(id, "d-1", "w-1", at, 1, "s-1", "s-2", SeatStatus.CONFIRMED, 4, 3L),
				new DelegationCancelled(id, "d-1", "w-1", at, 1, "s-2", SeatStatus.CONFIRMED, 4, null, 4L,
						DelegationCancelled.Cause.BY_STAFF),
				new ReflectionSubmitted(id, "d-1", "w-1", at, 1, "4601",
						List.of(new ReflectionAnswer("Hva er kulturskolens rolle hos dere?", "Et kraftsenter."))),
				new ManageLinkIssued(id, "d-1", "w-1", at, 1, "v1.bm9uY2U.c2VhbGVk", ManageLinkIssued.Reason.REGISTERED,
						"nb"),
				new ManageLinkIssued(id, "d-1", "w-1", at, 1, "v1.bm9uY2U.c2VhbGVk",
						ManageLinkIssued.Reason.HANDED_OVER, "nn"),
				new RegistrationConflictReported(id, "d-1", "w-1", at, 1, "c-1",
						new Organisation("4601", "Bergen", "46", "Vestland"),
						new Contact("Per Olsen", "per.olsen@bergen.kommune.no", null), "nn", 1L),
				new RegistrationConflictResolved(id, "d-1", "w-1", at, 1, "c-1",
						RegistrationConflictResolved.Resolution.HAND_OVER, "stab",
						new Contact("Per Olsen", "per.olsen@bergen.kommune.no", null), 1L),
				new AttendanceRecorded(id, "d-1", "w-1", at, 1, "s-1", "4601", List.of("p-1", "p-2"), 3, 1L),
				new EvaluationInvited(id, "d-1", "w-1", at, 1, "s-1", "nn",
						List.of(new EvaluationInvited.Invitee("p-1", "c2VhbGVkLWZvci1wLTE", "c2VhbGVkLWNlcnQtcC0x"))),
				new DelegationAnswersGiven(id, "d-1", "w-1", at, 1, 1L,
						List.of(new DelegationAnswersGiven.GivenAnswer("hotel", null, false, List.of("yes")),
								new DelegationAnswersGiven.GivenAnswer("diet", "p-1", true,
										List.of("Nordmann tåler ikke nøtter"))),
						null),
				new PilotApplicationSubmitted(id, "a-1", at, 1, new Organisation("4601", "Bergen", "46", "Vestland"),
						new Contact("Kari Nordmann", "kari@bergen.kommune.no", "+47 55 00 00 00"), "Vi vil utvikle.",
						true),
				new PilotMunicipalitySelected(id, "a-1", at, 1, "4601"),
				new PilotApplicationDeclined(id, "a-2", at, 1, "5501", null),
				new PilotSelectionClosed(id, PilotSelectionClosed.SELECTION, at, 1, 12, 7),
				new NotificationFailed(id, "n-2", "w-1", "d-1", at, 1, "DELEGATION_CONFIRMATION",
						"delegation-confirmation/nb@1", "Adressen finnes ikke"),
				new MessageSentToRegistrants(id, "m-1", "w-1", at, 1, "s-1", List.of("CONFIRMED"),
						List.of("DELEGATES", "COORDINATORS"), 12, "Endret møtelenke"),
				new DataKeyIssued(id, "d-1", at, 1, "q83vEjRWeJq83vEjRWeJq83vEjRWeJq83vEjRWeJq80"),
				new DataKeyErased(id, "d-1", at, 1, "e-1"),
				new ErasureCompleted(id, "e-1", "d-1", "notification-service", at, 1));
	}

	/** Every event with personal data, as published: the personal fields sealed. */
	static List<DomainEvent> sealed() {
		return all().stream()
			.filter(PersonalData.class::isInstance)
			.map((event) -> (DomainEvent) ((PersonalData) event).sealedAs("v1.bm9uY2U.c2VhbGVk"))
			.toList();
	}

	static WorkshopScheduled workshopScheduled() {
		return new WorkshopScheduled(UUID.randomUUID(), "w-1", START.minusSeconds(86400 * 30), 1,
				"Verksted 1: Kulturskolen i kommunen", "Hva er kulturskolens rolle?", "Fremtidens kulturskole",
				WorkshopFormat.ONLINE, null, "nb", START.minusSeconds(86400 * 9), 2, 6, true,
				List.of(new SessionDetails("s-1", START, START.plusSeconds(9000), 60, "https://meet.example/abc")),
				List.of("KS", "Norsk kulturskoleråd"), "Kulturskoleledere, politikere og kommunale ledere", true);
	}

	static DelegationRegistered delegationRegistered() {
		return new DelegationRegistered(UUID.randomUUID(), "d-1", "w-1", START.minusSeconds(86400 * 20), 1, "s-1",
				SeatStatus.CONFIRMED, new Organisation("4601", "Bergen", "46", "Vestland"),
				new Contact("Kari Nordmann", "kari@bergen.kommune.no", null), 2, "Verksted 1", START,
				START.plusSeconds(9000), "nb", 1L);
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
