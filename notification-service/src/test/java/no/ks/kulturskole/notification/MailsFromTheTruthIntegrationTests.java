package no.ks.kulturskole.notification;

import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;

import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import no.ks.kulturskole.contracts.registration.Contact;
import no.ks.kulturskole.contracts.registration.DelegationCancelled;
import no.ks.kulturskole.contracts.registration.DelegationMoved;
import no.ks.kulturskole.contracts.registration.DelegationPromoted;
import no.ks.kulturskole.contracts.registration.DelegationRegistered;
import no.ks.kulturskole.contracts.registration.Organisation;
import no.ks.kulturskole.contracts.registration.ParticipantRegistered;
import no.ks.kulturskole.contracts.registration.RoleCategory;
import no.ks.kulturskole.contracts.registration.SeatStatus;
import no.ks.kulturskole.contracts.workshop.Material;
import no.ks.kulturskole.contracts.workshop.MaterialsPublished;
import no.ks.kulturskole.contracts.workshop.SessionAdded;
import no.ks.kulturskole.contracts.workshop.SessionDetails;
import no.ks.kulturskole.contracts.workshop.WorkshopCancelled;
import no.ks.kulturskole.contracts.workshop.WorkshopFormat;
import no.ks.kulturskole.contracts.workshop.WorkshopScheduled;
import no.ks.kulturskole.notification.mail.application.MailLog;
import no.ks.kulturskole.notification.mail.model.MailKind;
import no.ks.kulturskole.notification.mail.model.MailLogEntry;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The programme's own example: a workshop 09:00–11:30, full; an overflow session
 * 12:30–15:00 added the same day; the waiting delegation given a seat there. Every mail
 * and calendar entry it gets afterwards names the session it holds now, also when the
 * events come out of order across topics or late and twice. Workshops here are weeks from
 * the real now, apart from the other tests', so moving the clock sends only their own
 * scheduled mails.
 */
class MailsFromTheTruthIntegrationTests extends NotificationServiceIntegrationTest {

	private static final Duration PATIENCE = Duration.ofSeconds(30);

	private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

	private static final String OVERFLOW_TIME = "kl. 12:30\u201315:00";

	@Autowired
	MailLog mailLog;

	@Autowired
	MongoTemplate mongo;

	@AfterEach
	void backToNow() {
		this.clock.reset();
	}

	@Test
	void aWaitingDelegationPromotedIntoTheOverflowSessionIsToldTheOverflowTimesInEveryMail() throws Exception {
		Workshop workshop = scheduleFullWorkshop(60);
		Registration waiting = register(workshop, SeatStatus.WAITLISTED);
		publishWorkshop(new MaterialsPublished(UUID.randomUUID(), workshop.id(), Instant.now(), 1,
				List.of(new Material("Program", null)), List.of("Hvorfor er dere med?"), null));
		await().atMost(PATIENCE).until(() -> scheduled("MATERIALS", workshop.id(), workshop.sessionId()) != null);
		addOverflowSession(workshop);
		await().atMost(PATIENCE).until(() -> scheduled("MATERIALS", workshop.id(), workshop.overflowId()) != null);

		publishRegistration(new DelegationPromoted(UUID.randomUUID(), waiting.registered().delegationId(),
				workshop.id(), Instant.now(), 1, workshop.overflowId(), 1, 2L));

		MimeMessage promoted = awaitMail(waiting.delegate().email(), "Plass til dere: " + workshop.title());
		assertThat(Mailbox.text(promoted)).contains(OVERFLOW_TIME).doesNotContain("09:00");
		assertThat(startOf(calendarEventIn(promoted, "REQUEST"))).isEqualTo(local(workshop.overflowStart()));
		MimeMessage toCoordinator = awaitMail(waiting.registered().coordinator().email(),
				"Plass til dere: " + workshop.title());
		assertThat(Mailbox.text(toCoordinator)).contains(OVERFLOW_TIME);

		this.clock.setTo(workshop.overflowStart().minus(Duration.ofDays(7)));
		MimeMessage material = awaitMail(waiting.delegate().email(), "Forberedelse: " + workshop.title());
		assertThat(Mailbox.text(material)).contains(OVERFLOW_TIME).doesNotContain("09:00");

		// DONE means stored: let it reach SMTP before the clock jumps past its lease
		await().atMost(PATIENCE).until(() -> sent(workshop, MailKind.MATERIALS) == 1);
		this.clock.setTo(workshop.overflowStart().minus(Duration.ofDays(1)));
		MimeMessage reminder = awaitMail(waiting.delegate().email(), "Påminnelse: " + workshop.title() + " i morgen");
		assertThat(Mailbox.text(reminder)).contains(OVERFLOW_TIME).doesNotContain("09:00");
		assertThat(startOf(calendarEventIn(reminder, "REQUEST"))).isEqualTo(local(workshop.overflowStart()));
	}

	/**
	 * Invitations are iMIP meeting requests, so that Outlook moves the entry by itself:
	 * the move is an update of the same entry (same UID, higher SEQUENCE), and nothing of
	 * the old slot is left; the workshop's cancellation removes that same entry.
	 */
	@Test
	void aMovedDelegationsMeetingRequestMovesTheSameCalendarEntryAndTheCancellationRemovesIt() throws Exception {
		Workshop workshop = scheduleFullWorkshop(62);
		Registration seated = register(workshop, SeatStatus.CONFIRMED);
		MimeMessage confirmation = Mailbox.messagesTo(seated.delegate().email()).get(0);
		VEvent first = meetingRequestIn(confirmation, "REQUEST");
		addOverflowSession(workshop);

		publishRegistration(new DelegationMoved(UUID.randomUUID(), seated.registered().delegationId(), workshop.id(),
				Instant.now(), 1, workshop.sessionId(), workshop.overflowId(), SeatStatus.CONFIRMED, 1, 2L));

		MimeMessage moved = awaitMail(seated.delegate().email(), "Ny økt: " + workshop.title());
		assertThat(Mailbox.text(moved)).contains(OVERFLOW_TIME);
		VEvent update = meetingRequestIn(moved, "REQUEST");
		assertThat(startOf(update)).isEqualTo(local(workshop.overflowStart()));
		assertThat(uidOf(update)).isEqualTo(uidOf(first));
		assertThat(sequenceOf(update)).isGreaterThan(sequenceOf(first));
		assertThat(calendarMethodsIn(moved)).containsExactly("REQUEST");

		publishWorkshop(new WorkshopCancelled(UUID.randomUUID(), workshop.id(), Instant.now(), 1, "For få påmeldte"));
		MimeMessage cancelled = awaitMail(seated.delegate().email(), "Avlyst: " + workshop.title());
		VEvent removal = meetingRequestIn(cancelled, "CANCEL");
		assertThat(uidOf(removal)).isEqualTo(uidOf(first));
		assertThat(sequenceOf(removal)).isGreaterThan(sequenceOf(update));
	}

	/**
	 * {@code SessionAdded} comes on the workshop topic, the promotion into it on the
	 * registration topic: the promotion may be first. Its mail then waits for the session
	 * instead of guessing a time.
	 */
	@Test
	void aPromotionIntoASessionNotYetKnownIsMailedOnlyOnceTheSessionIsKnown() throws Exception {
		Workshop workshop = scheduleFullWorkshop(64);
		Registration waiting = register(workshop, SeatStatus.WAITLISTED);

		publishRegistration(new DelegationPromoted(UUID.randomUUID(), waiting.registered().delegationId(),
				workshop.id(), Instant.now(), 1, workshop.overflowId(), 1, 2L));
		await().atMost(PATIENCE).until(() -> {
			Document delegation = delegation(waiting.registered().delegationId());
			return "CONFIRMED".equals(delegation.getString("status")) && delegation.get("awaiting") != null;
		});
		assertThat(Mailbox.messagesTo(waiting.delegate().email())).extracting(Mailbox::subject)
			.containsExactly("På venteliste: " + workshop.title());

		addOverflowSession(workshop);

		MimeMessage promoted = awaitMail(waiting.delegate().email(), "Plass til dere: " + workshop.title());
		assertThat(Mailbox.text(promoted)).contains(OVERFLOW_TIME);
		assertThat(startOf(calendarEventIn(promoted, "REQUEST"))).isEqualTo(local(workshop.overflowStart()));
		await().atMost(PATIENCE).until(() -> delegation(waiting.registered().delegationId()).get("awaiting") == null);
	}

	/**
	 * A slow outbox relay and the one that took over can publish the same entries
	 * interleaved: the promotion may come after the cancellation that followed it.
	 */
	@Test
	void aLatePromotionAfterTheCancellationNeitherReconfirmsNorMailsNorReminds() throws Exception {
		Workshop workshop = scheduleFullWorkshop(66);
		Registration waiting = register(workshop, SeatStatus.WAITLISTED);
		DelegationPromoted promotion = new DelegationPromoted(UUID.randomUUID(), waiting.registered().delegationId(),
				workshop.id(), Instant.now(), 1, workshop.sessionId(), 1, 2L);
		publishRegistration(new DelegationCancelled(UUID.randomUUID(), waiting.registered().delegationId(),
				workshop.id(), Instant.now(), 1, workshop.sessionId(), SeatStatus.CONFIRMED, 1, "Avmeldt", 3L,
				DelegationCancelled.Cause.BY_COORDINATOR));
		awaitMail(waiting.delegate().email(), "Påmelding avmeldt: " + workshop.title());

		publishRegistration(promotion);
		// a later registration in the same partition: once it is mailed, the promotion
		// before it has been handled
		Registration later = register(workshop, SeatStatus.WAITLISTED);

		assertThat(delegation(waiting.registered().delegationId()).getString("status")).isEqualTo("CANCELLED");
		this.clock.setTo(workshop.start().minus(Duration.ofDays(1)));
		await().atMost(PATIENCE)
			.until(() -> "DONE".equals(scheduled("REMINDER", workshop.id(), workshop.sessionId()).getString("status")));
		assertThat(Mailbox.messagesTo(waiting.delegate().email())).extracting(Mailbox::subject)
			.containsExactly("På venteliste: " + workshop.title(), "Påmelding avmeldt: " + workshop.title());
		assertThat(this.mailLog.find(workshop.id(), waiting.registered().delegationId(), 20))
			.extracting(MailLogEntry::kind)
			.doesNotContain(MailKind.DELEGATION_PROMOTED, MailKind.REMINDER);
		assertThat(Mailbox.messagesTo(later.delegate().email())).hasSize(1);
	}

	@Test
	void aLateDuplicateOfTheRegistrationAfterThePromotionKeepsTheDelegationsSeat() throws Exception {
		Workshop workshop = scheduleFullWorkshop(67);
		Registration waiting = register(workshop, SeatStatus.WAITLISTED);
		publishRegistration(new DelegationPromoted(UUID.randomUUID(), waiting.registered().delegationId(),
				workshop.id(), Instant.now(), 1, workshop.sessionId(), 1, 2L));
		awaitMail(waiting.delegate().email(), "Plass til dere: " + workshop.title());

		publishRegistration(waiting.registered());
		// a later registration in the same partition: once it is mailed, the duplicate
		// before it has been handled
		register(workshop, SeatStatus.WAITLISTED);

		Document delegation = delegation(waiting.registered().delegationId());
		assertThat(delegation.getString("status")).isEqualTo("CONFIRMED");
		assertThat(delegation.getString("sessionId")).isEqualTo(workshop.sessionId());
		assertThat(delegation.getString("coordinatorEmail")).isEqualTo(waiting.registered().coordinator().email());
	}

	/**
	 * Registration cancels every delegation of a cancelled workshop; those events and
	 * {@code WorkshopCancelled} travel on different topics. Whichever comes first, each
	 * delegate gets the workshop's cancellation, once, and not a mail saying their
	 * delegation was cancelled.
	 */
	@Test
	void delegatesOfACancelledWorkshopGetTheWorkshopsCancellationOnceWhenTheirDelegationsCancellationComesFirst()
			throws Exception {
		Workshop workshop = scheduleFullWorkshop(68);
		Registration seated = register(workshop, SeatStatus.CONFIRMED);
		String reason = "Foredragsholderen er syk";

		publishRegistration(new DelegationCancelled(UUID.randomUUID(), seated.registered().delegationId(),
				workshop.id(), Instant.now(), 1, workshop.sessionId(), SeatStatus.CONFIRMED, 1, reason, 2L,
				DelegationCancelled.Cause.WORKSHOP_CANCELLED));
		MimeMessage cancelled = awaitMail(seated.delegate().email(), "Avlyst: " + workshop.title());
		assertThat(Mailbox.text(cancelled)).contains(reason);
		assertThat(calendarEventIn(cancelled, "CANCEL")).isNotNull();

		publishWorkshop(new WorkshopCancelled(UUID.randomUUID(), workshop.id(), Instant.now(), 1, reason));
		await().atMost(PATIENCE)
			.until(() -> "DROPPED"
				.equals(scheduled("REMINDER", workshop.id(), workshop.sessionId()).getString("status")));

		// one mail per key: had the workshop's event mailed again, it would be this one
		assertThat(this.mailLog.find(workshop.id(), seated.registered().delegationId(), 20))
			.extracting(MailLogEntry::kind)
			.containsOnlyOnce(MailKind.WORKSHOP_CANCELLED)
			.doesNotContain(MailKind.DELEGATION_CANCELLED);
		assertThat(Mailbox.messagesTo(seated.delegate().email())).extracting(Mailbox::subject)
			.containsExactly("Du er påmeldt: " + workshop.title(), "Avlyst: " + workshop.title());
	}

	// ---- fixtures

	/**
	 * One session 09:00–11:30 Oslo time {@code days} from now, room for one delegate:
	 * full once one delegation is confirmed.
	 */
	private Workshop scheduleFullWorkshop(int days) {
		LocalDate day = LocalDate.now(OSLO).plusDays(days);
		Instant start = day.atTime(LocalTime.of(9, 0)).atZone(OSLO).toInstant();
		Instant overflowStart = day.atTime(LocalTime.of(12, 30)).atZone(OSLO).toInstant();
		String workshopId = UUID.randomUUID().toString();
		String title = "Kulturskolen som ressurssenter " + workshopId.substring(0, 4);
		Workshop workshop = new Workshop(workshopId, "morgen-" + workshopId.substring(0, 8),
				"ekstra-" + workshopId.substring(0, 8), title, start, overflowStart);
		publishWorkshop(new WorkshopScheduled(UUID.randomUUID(), workshopId, Instant.now(), 1, title, "Beskrivelse",
				"Program", WorkshopFormat.ONLINE, null, "nb", start.minus(Duration.ofDays(10)), 1, null, false,
				List.of(new SessionDetails(workshop.sessionId(), start, start.plus(Duration.ofMinutes(150)), 1,
						"https://meet.example/morgen"))));
		await().atMost(PATIENCE).until(() -> this.mongo.findById(workshopId, Document.class, "workshops") != null);
		return workshop;
	}

	private void addOverflowSession(Workshop workshop) {
		publishWorkshop(new SessionAdded(UUID.randomUUID(), workshop.id(), Instant.now(), 1,
				new SessionDetails(workshop.overflowId(), workshop.overflowStart(),
						workshop.overflowStart().plus(Duration.ofMinutes(150)), 30, "https://meet.example/ekstra")));
	}

	private Registration register(Workshop workshop, SeatStatus status) {
		String delegationId = UUID.randomUUID().toString();
		DelegationRegistered registered = new DelegationRegistered(UUID.randomUUID(), delegationId, workshop.id(),
				Instant.now(), 1, workshop.sessionId(), status, new Organisation("1804", "Bodø", "18", "Nordland"),
				new Contact("Kari Nordmann", "koordinator-" + delegationId.substring(0, 8) + "@bodo.kommune.example",
						null),
				1, workshop.title(), workshop.start(), workshop.start().plus(Duration.ofMinutes(150)), "nb", 1L);
		ParticipantRegistered delegate = new ParticipantRegistered(UUID.randomUUID(), delegationId, workshop.id(),
				registered.occurredAt(), 1, UUID.randomUUID().toString(), workshop.sessionId(), "1804", "Ola Nordmann",
				"delegat-" + UUID.randomUUID().toString().substring(0, 8) + "@bodo.kommune.example", "Lærer",
				RoleCategory.KULTURSKOLE);
		register(registered, List.of(delegate));
		await().atMost(PATIENCE).until(() -> Mailbox.messagesTo(delegate.email()).size() == 1);
		return new Registration(registered, delegate);
	}

	private static MimeMessage awaitMail(String address, String subject) {
		return await().atMost(PATIENCE)
			.until(() -> Mailbox.messagesTo(address)
				.stream()
				.filter((mail) -> subject.equals(Mailbox.subject(mail)))
				.reduce((first, second) -> second), java.util.Optional::isPresent)
			.orElseThrow();
	}

	private long sent(Workshop workshop, MailKind kind) {
		return this.mailLog.find(workshop.id(), null, 100)
			.stream()
			.filter((entry) -> entry.kind() == kind && entry.sentAt() != null)
			.count();
	}

	private Document scheduled(String kind, String workshopId, String sessionId) {
		return this.mongo.findById(kind + ":" + workshopId + "/" + sessionId, Document.class, "scheduled_mails");
	}

	private Document delegation(String delegationId) {
		return this.mongo.findById(delegationId, Document.class, "delegations");
	}

	private static String local(Instant instant) {
		return DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss").format(instant.atZone(OSLO));
	}

	private static String startOf(VEvent event) {
		return event.getProperty(Property.DTSTART).map(Property::getValue).orElseThrow();
	}

	/**
	 * The iMIP part: a {@code text/calendar} alternative beside the text and the HTML,
	 * with the method in its content type and in the calendar.
	 */
	static VEvent meetingRequestIn(MimeMessage mail, String method) throws Exception {
		Multipart alternatives = alternativesIn(mail);
		assertThat(alternatives).as("multipart/alternative").isNotNull();
		List<String> types = new java.util.ArrayList<>();
		VEvent event = null;
		for (int i = 0; i < alternatives.getCount(); i++) {
			BodyPart part = alternatives.getBodyPart(i);
			types.add(part.getContentType().split(";")[0].trim().toLowerCase(java.util.Locale.ROOT));
			if (part.isMimeType("text/calendar")) {
				assertThat(part.getContentType()).containsIgnoringCase("method=" + method);
				try (InputStream in = part.getInputStream()) {
					Calendar calendar = new CalendarBuilder().build(in);
					assertThat(calendar.getProperty(Property.METHOD).map(Property::getValue)).hasValue(method);
					event = calendar.<VEvent>getComponent(Component.VEVENT).orElseThrow();
				}
			}
		}
		assertThat(types).containsExactly("text/plain", "text/html", "text/calendar");
		return event;
	}

	private static Multipart alternativesIn(jakarta.mail.Part part) throws Exception {
		if (part.getContent() instanceof Multipart multipart) {
			if (part.isMimeType("multipart/alternative")) {
				return multipart;
			}
			for (int i = 0; i < multipart.getCount(); i++) {
				Multipart found = alternativesIn(multipart.getBodyPart(i));
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

	private static List<String> calendarMethodsIn(MimeMessage mail) throws Exception {
		List<String> methods = new java.util.ArrayList<>();
		Multipart multipart = (Multipart) mail.getContent();
		for (int i = 0; i < multipart.getCount(); i++) {
			BodyPart part = multipart.getBodyPart(i);
			if (part.getContentType().startsWith("text/calendar")) {
				try (InputStream in = part.getInputStream()) {
					methods.add(new CalendarBuilder().build(in)
						.getProperty(Property.METHOD)
						.map(Property::getValue)
						.orElse(null));
				}
			}
		}
		return methods;
	}

	private static String uidOf(VEvent event) {
		return event.getProperty(Property.UID).map(Property::getValue).orElseThrow();
	}

	private static int sequenceOf(VEvent event) {
		return Integer.parseInt(event.getProperty(Property.SEQUENCE).map(Property::getValue).orElseThrow());
	}

	/** The calendar of this method in the mail, in whichever part carries it. */
	static VEvent calendarEventIn(MimeMessage mail, String method) throws Exception {
		Multipart multipart = (Multipart) mail.getContent();
		for (int i = 0; i < multipart.getCount(); i++) {
			BodyPart part = multipart.getBodyPart(i);
			if (part.getContentType().startsWith("text/calendar")) {
				try (InputStream in = part.getInputStream()) {
					Calendar calendar = new CalendarBuilder().build(in);
					if (calendar.getProperty(Property.METHOD).map(Property::getValue).orElse("").equals(method)) {
						return calendar.<VEvent>getComponent(Component.VEVENT).orElseThrow();
					}
				}
			}
		}
		throw new AssertionError("No calendar of method " + method);
	}

	private record Workshop(String id, String sessionId, String overflowId, String title, Instant start,
			Instant overflowStart) {
	}

	private record Registration(DelegationRegistered registered, ParticipantRegistered delegate) {
	}

}
