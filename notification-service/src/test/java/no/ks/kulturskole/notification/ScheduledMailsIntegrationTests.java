package no.ks.kulturskole.notification;

import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
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
import no.ks.kulturskole.contracts.workshop.WorkshopRescheduled;
import no.ks.kulturskole.contracts.workshop.WorkshopScheduled;
import no.ks.kulturskole.notification.confirmation.application.ScheduledMails;
import no.ks.kulturskole.notification.mail.application.MailLog;
import no.ks.kulturskole.notification.mail.model.MailKind;
import no.ks.kulturskole.notification.mail.model.MailLogEntry;
import no.ks.kulturskole.notification.mail.model.MailStatus;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

/**
 * The T−7 preparation material, the T−1 reminder and the deadline warning, with the
 * service's clock moved forward: each goes out at its instant and not a second before,
 * moves when the workshop is rescheduled, and is not sent once the workshop is cancelled.
 * Workshops here start a few weeks from the real now, so moving the clock does not make
 * other tests' mails (in 2027) due.
 */
class ScheduledMailsIntegrationTests extends NotificationServiceIntegrationTest {

	private static final Duration PATIENCE = Duration.ofSeconds(30);

	private static final String MEETING_URL = "https://meet.example/verksted-42";

	@Autowired
	ScheduledMails scheduledMails;

	@Autowired
	MailLog mailLog;

	@Autowired
	MongoTemplate mongo;

	@AfterEach
	void backToNow() {
		this.clock.reset();
	}

	@Test
	void materialAndReminderGoOutAtTheirInstantsAndMoveWithAReschedule() throws Exception {
		Instant start = Instant.now().plus(Duration.ofDays(20)).truncatedTo(ChronoUnit.HOURS);
		Workshop workshop = scheduleWorkshop(start, 1, false);
		Registration registration = register(workshop, SeatStatus.CONFIRMED, RoleCategory.KULTURSKOLE);
		publishWorkshop(new MaterialsPublished(UUID.randomUUID(), workshop.id(), Instant.now(), 1,
				List.of(new Material("Kulturskolen som ressurssenter", "https://example.org/rapport.pdf")),
				List.of("Hva betyr et lokalt ressurssenter hos dere?"), null));
		await().atMost(PATIENCE).until(() -> item("MATERIALS", workshop) != null);

		Instant newStart = start.plus(Duration.ofDays(2));
		publishWorkshop(new WorkshopRescheduled(UUID.randomUUID(), workshop.id(), Instant.now(), 1, 1,
				workshop.deadline(), List.of(new SessionDetails(workshop.sessionId(), newStart,
						newStart.plus(Duration.ofMinutes(150)), 30, MEETING_URL)),
				"Kollisjon med nasjonal konferanse"));
		await().atMost(PATIENCE)
			.until(() -> dueAt(item("REMINDER", workshop)).equals(newStart.minus(Duration.ofDays(1)))
					&& dueAt(item("MATERIALS", workshop)).equals(newStart.minus(Duration.ofDays(7))));

		// the old T−7 and one second before the new one: nothing
		atInstantNothingIsSent(start.minus(Duration.ofDays(7)), workshop, MailKind.MATERIALS);
		atInstantNothingIsSent(newStart.minus(Duration.ofDays(7)).minusSeconds(1), workshop, MailKind.MATERIALS);

		this.clock.setTo(newStart.minus(Duration.ofDays(7)));
		await().atMost(PATIENCE).until(() -> sentOfKind(workshop, MailKind.MATERIALS).size() == 1);
		MimeMessage material = lastMailTo(registration.delegate().email());
		assertThat(material.getSubject()).isEqualTo("Forberedelse: " + workshop.title());
		assertThat(Mailbox.text(material))
			.contains("Kulturskolen som ressurssenter \u2014 https://example.org/rapport.pdf")
			.contains("Hva betyr et lokalt ressurssenter hos dere?");

		// the old T−1 and one second before the new one: nothing
		atInstantNothingIsSent(start.minus(Duration.ofDays(1)), workshop, MailKind.REMINDER);
		atInstantNothingIsSent(newStart.minus(Duration.ofDays(1)).minusSeconds(1), workshop, MailKind.REMINDER);

		this.clock.setTo(newStart.minus(Duration.ofDays(1)));
		await().atMost(PATIENCE).until(() -> sentOfKind(workshop, MailKind.REMINDER).size() == 1);
		MimeMessage reminder = lastMailTo(registration.delegate().email());
		assertThat(reminder.getSubject()).isEqualTo("Påminnelse: " + workshop.title() + " i morgen");
		assertThat(Mailbox.text(reminder)).contains("Møtelenke: " + MEETING_URL);
		VEvent event = calendarEventIn(reminder, "REQUEST");
		assertThat(event.getProperty(Property.SEQUENCE).map(Property::getValue)).hasValue("1");
		assertThat(event.getProperty(Property.URL).map(Property::getValue)).hasValue(MEETING_URL);
		assertThat(event.getProperty(Property.DTSTART).map(Property::getValue)).hasValue(
				DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss").format(newStart.atZone(ZoneId.of("Europe/Oslo"))));

		// the coordinator is no delegate: neither mail goes to them
		assertThat(Mailbox.messagesTo(registration.registered().coordinator().email())).extracting(Mailbox::subject)
			.noneMatch((subject) -> subject.startsWith("Forberedelse") || subject.startsWith("Påminnelse"));
	}

	@Test
	void aDelegateWhoGetsASeatAfterTheMaterialWasReleasedGetsItAtOnce() throws Exception {
		Instant start = Instant.now().plus(Duration.ofDays(25)).truncatedTo(ChronoUnit.HOURS);
		Workshop workshop = scheduleWorkshop(start, 1, false);
		Registration registration = register(workshop, SeatStatus.CONFIRMED, RoleCategory.KULTURSKOLE);
		publishWorkshop(new MaterialsPublished(UUID.randomUUID(), workshop.id(), Instant.now(), 1,
				List.of(new Material("Program", "https://example.org/program")), List.of(), null));
		await().atMost(PATIENCE).until(() -> item("MATERIALS", workshop) != null);
		this.clock.setTo(start.minus(Duration.ofDays(5)));
		await().atMost(PATIENCE).until(() -> Mailbox.messagesTo(registration.delegate().email()).size() == 2);

		ParticipantRegistered latecomer = aDelegate(registration.registered(), RoleCategory.SCHOOL);
		publishRegistration(latecomer);

		await().atMost(PATIENCE).until(() -> Mailbox.messagesTo(latecomer.email()).size() == 2);
		// two mails at once go out on parallel senders: in either order
		assertThat(Mailbox.messagesTo(latecomer.email())).extracting(Mailbox::subject)
			.containsExactlyInAnyOrder("Du er lagt til i delegasjonen: " + workshop.title(),
					"Forberedelse: " + workshop.title());
		assertThat(Mailbox.messagesTo(latecomer.email()))
			.filteredOn((mail) -> Mailbox.subject(mail).equals("Forberedelse: " + workshop.title()))
			.singleElement()
			.satisfies((mail) -> assertThat(Mailbox.text(mail)).contains("Program \u2014 https://example.org/program"));
	}

	@Test
	void aWaitingDelegationMovedIntoAnOverflowSessionGetsItsTimesAndLaterItsMaterial() throws Exception {
		Instant start = Instant.now().plus(Duration.ofDays(35)).truncatedTo(ChronoUnit.HOURS);
		Workshop workshop = scheduleWorkshop(start, 1, false);
		publishWorkshop(new MaterialsPublished(UUID.randomUUID(), workshop.id(), Instant.now(), 1,
				List.of(new Material("Program", null)), List.of("Hvorfor er dere med?"), null));
		await().atMost(PATIENCE).until(() -> item("MATERIALS", workshop) != null);
		Registration waiting = register(workshop, SeatStatus.WAITLISTED, RoleCategory.KULTURSKOLE);
		Instant overflowStart = start.plus(Duration.ofHours(4));
		String overflow = "overflow-" + workshop.id().substring(0, 8);
		publishWorkshop(new SessionAdded(UUID.randomUUID(), workshop.id(), Instant.now(), 1,
				new SessionDetails(overflow, overflowStart, overflowStart.plus(Duration.ofMinutes(150)), 30,
						"https://meet.example/ekstra")));
		await().atMost(PATIENCE)
			.until(() -> this.mongo.findById("MATERIALS:" + workshop.id() + "/" + overflow, Document.class,
					"scheduled_mails") != null);

		publishRegistration(new DelegationMoved(UUID.randomUUID(), waiting.registered().delegationId(), workshop.id(),
				Instant.now(), 1, workshop.sessionId(), overflow, SeatStatus.CONFIRMED, 1));

		await().atMost(PATIENCE).until(() -> Mailbox.messagesTo(waiting.delegate().email()).size() == 2);
		MimeMessage moved = Mailbox.messagesTo(waiting.delegate().email()).get(1);
		assertThat(moved.getSubject()).isEqualTo("Ny økt: " + workshop.title());
		VEvent event = calendarEventIn(moved, "REQUEST");
		assertThat(event.getProperty(Property.DTSTART).map(Property::getValue))
			.hasValue(DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss")
				.format(overflowStart.atZone(ZoneId.of("Europe/Oslo"))));
		assertThat(event.getProperty(Property.URL).map(Property::getValue)).hasValue("https://meet.example/ekstra");

		this.clock.setTo(overflowStart.minus(Duration.ofDays(7)));
		await().atMost(PATIENCE).until(() -> Mailbox.messagesTo(waiting.delegate().email()).size() == 3);
		assertThat(Mailbox.messagesTo(waiting.delegate().email()).get(2).getSubject())
			.isEqualTo("Forberedelse: " + workshop.title());
	}

	/**
	 * The material and the reminder (with the meeting link) are for delegates with a
	 * seat; a waitlisted delegation gets them when it is promoted, not before.
	 */
	@Test
	void aWaitlistedDelegateGetsNeitherTheMaterialNorTheReminderWithTheMeetingLink() throws Exception {
		Instant start = Instant.now().plus(Duration.ofDays(45)).truncatedTo(ChronoUnit.HOURS);
		Workshop workshop = scheduleWorkshop(start, 1, false);
		Registration seated = register(workshop, SeatStatus.CONFIRMED, RoleCategory.KULTURSKOLE);
		Registration waiting = register(workshop, SeatStatus.WAITLISTED, RoleCategory.KULTURSKOLE);
		publishWorkshop(new MaterialsPublished(UUID.randomUUID(), workshop.id(), Instant.now(), 1,
				List.of(new Material("Program", "https://example.org/program")), List.of(), null));
		await().atMost(PATIENCE).until(() -> item("MATERIALS", workshop) != null);

		this.clock.setTo(start.minus(Duration.ofDays(7)));
		await().atMost(PATIENCE).until(() -> "DONE".equals(item("MATERIALS", workshop).getString("status")));
		// DONE means the material mail is stored; let it reach SMTP before the clock
		// jumps
		// six days, past its lease (the retrier would take it over mid-send)
		await().atMost(PATIENCE).until(() -> Mailbox.messagesTo(seated.delegate().email()).size() == 2);
		this.clock.setTo(start.minus(Duration.ofDays(1)));
		await().atMost(PATIENCE).until(() -> "DONE".equals(item("REMINDER", workshop).getString("status")));

		// one item goes to every delegation of the session in the same round: the seated
		// delegate having both proves the waiting one was passed over, not yet to come
		await().atMost(PATIENCE).until(() -> Mailbox.messagesTo(seated.delegate().email()).size() == 3);
		assertThat(Mailbox.messagesTo(seated.delegate().email())).extracting(Mailbox::subject)
			.containsExactly("Du er påmeldt: " + workshop.title(), "Forberedelse: " + workshop.title(),
					"Påminnelse: " + workshop.title() + " i morgen");
		assertThat(Mailbox.text(lastMailTo(seated.delegate().email()))).contains("Møtelenke: " + MEETING_URL);
		assertThat(Mailbox.messagesTo(waiting.delegate().email())).singleElement().satisfies((mail) -> {
			assertThat(mail.getSubject()).isEqualTo("På venteliste: " + workshop.title());
			assertThat(Mailbox.text(mail)).doesNotContain(MEETING_URL);
			assertThat(Mailbox.html(mail)).doesNotContain(MEETING_URL);
		});
		assertThat(this.mailLog.find(workshop.id(), waiting.registered().delegationId(), 10))
			.extracting(MailLogEntry::kind)
			.containsExactlyInAnyOrder(MailKind.DELEGATION_CONFIRMATION, MailKind.DELEGATE_CONFIRMATION);

		// promoted the day before: a seat now, so both at once, the link included
		publishRegistration(new DelegationPromoted(UUID.randomUUID(), waiting.registered().delegationId(),
				workshop.id(), Instant.now(), 1, workshop.sessionId(), 1));
		await().atMost(PATIENCE).until(() -> Mailbox.messagesTo(waiting.delegate().email()).size() == 4);
		assertThat(Mailbox.messagesTo(waiting.delegate().email())).extracting(Mailbox::subject)
			.containsExactlyInAnyOrder("På venteliste: " + workshop.title(), "Plass til dere: " + workshop.title(),
					"Forberedelse: " + workshop.title(), "Påminnelse: " + workshop.title() + " i morgen");
		assertThat(Mailbox.messagesTo(waiting.delegate().email()))
			.filteredOn((mail) -> Mailbox.subject(mail).startsWith("Påminnelse"))
			.singleElement()
			.satisfies((mail) -> assertThat(Mailbox.text(mail)).contains("Møtelenke: " + MEETING_URL));
	}

	@Test
	void nothingScheduledIsSentAfterTheWorkshopIsCancelled() throws Exception {
		Instant start = Instant.now().plus(Duration.ofDays(30)).truncatedTo(ChronoUnit.HOURS);
		Workshop workshop = scheduleWorkshop(start, 1, false);
		Registration registration = register(workshop, SeatStatus.CONFIRMED, RoleCategory.KULTURSKOLE);
		publishWorkshop(new MaterialsPublished(UUID.randomUUID(), workshop.id(), Instant.now(), 1,
				List.of(new Material("Program", null)), List.of(), null));
		await().atMost(PATIENCE).until(() -> item("MATERIALS", workshop) != null);

		publishWorkshop(new WorkshopCancelled(UUID.randomUUID(), workshop.id(), Instant.now(), 1, "For få påmeldte"));
		await().atMost(PATIENCE)
			.until(() -> "DROPPED".equals(item("MATERIALS", workshop).getString("status"))
					&& "DROPPED".equals(item("REMINDER", workshop).getString("status")));
		// the cancellation notice must be out before the clock jumps: a jump of weeks
		// would outlast the lease of an attempt still in flight, and the retrier would
		// send it a second time
		await().atMost(PATIENCE)
			.until(() -> sentOfKind(workshop, MailKind.WORKSHOP_CANCELLED).size() == 1
					&& Mailbox.messagesTo(registration.delegate().email()).size() == 2);

		atInstantNothingIsSent(start.minus(Duration.ofDays(7)), workshop, MailKind.MATERIALS);
		atInstantNothingIsSent(start.minus(Duration.ofHours(1)), workshop, MailKind.REMINDER);
		assertThat(Mailbox.messagesTo(registration.delegate().email())).extracting(Mailbox::subject)
			.containsExactly("Du er påmeldt: " + workshop.title(), "Avlyst: " + workshop.title());
	}

	@Test
	void coordinatorsOfDelegationsBreakingTheRulesAreWarnedBeforeTheDeadline() throws Exception {
		Instant start = Instant.now().plus(Duration.ofDays(40)).truncatedTo(ChronoUnit.HOURS);
		Workshop workshop = scheduleWorkshop(start, 2, true);
		Registration lacking = register(workshop, SeatStatus.CONFIRMED, RoleCategory.KULTURSKOLE);
		Registration fine = register(workshop, SeatStatus.CONFIRMED, RoleCategory.POLITICIAN);
		// added later: the delegation meets the rules once this one is in
		ParticipantRegistered second = aDelegate(fine.registered(), RoleCategory.KULTURSKOLE);
		publishRegistration(second);
		await().atMost(PATIENCE).until(() -> Mailbox.messagesTo(second.email()).size() == 1);
		await().atMost(PATIENCE).until(() -> item("DEADLINE", workshop) != null);
		Instant warning = workshop.deadline().minus(Duration.ofDays(3));
		assertThat(dueAt(item("DEADLINE", workshop))).isEqualTo(warning);

		atInstantNothingIsSent(warning.minusSeconds(1), workshop, MailKind.DEADLINE_APPROACHING);

		this.clock.setTo(warning);
		await().atMost(PATIENCE).until(() -> "DONE".equals(item("DEADLINE", workshop).getString("status")));
		await().atMost(PATIENCE).until(() -> sentOfKind(workshop, MailKind.DEADLINE_APPROACHING).size() == 1);
		MimeMessage mail = lastMailTo(lacking.registered().coordinator().email());
		assertThat(mail.getSubject()).isEqualTo("Påmeldingsfristen nærmer seg: " + workshop.title());
		assertThat(Mailbox.text(mail)).contains("Delegasjonen har 1 deltakere, men må ha minst 2. Legg til 1 til.")
			.contains("Minst én deltaker må komme fra utenfor kulturskolen");
		assertThat(Mailbox.messagesTo(fine.registered().coordinator().email())).extracting(Mailbox::subject)
			.noneMatch((subject) -> subject.startsWith("Påmeldingsfristen"));
	}

	/**
	 * After an outage the service finds mailings long due: material and reminder for a
	 * session that has started, a warning for a deadline gone. None goes out late; each
	 * is in the e-mail log as skipped, with why, for staff to see.
	 */
	@Test
	void mailingsWhoseMomentHasPassedAreSkippedAndShownAsSuchNotSentLate() throws Exception {
		Instant start = Instant.now().plus(Duration.ofDays(50)).truncatedTo(ChronoUnit.HOURS);
		Workshop workshop = scheduleWorkshop(start, 2, false);
		Registration registration = register(workshop, SeatStatus.CONFIRMED, RoleCategory.KULTURSKOLE);
		publishWorkshop(new MaterialsPublished(UUID.randomUUID(), workshop.id(), Instant.now(), 1,
				List.of(new Material("Program", null)), List.of(), null));
		await().atMost(PATIENCE).until(() -> item("MATERIALS", workshop) != null);

		this.clock.setTo(start.plus(Duration.ofMinutes(30)));
		await().atMost(PATIENCE)
			.until(() -> List.of("MATERIALS", "REMINDER", "DEADLINE")
				.stream()
				.allMatch((kind) -> "DONE".equals(item(kind, workshop).getString("status"))));

		List<MailLogEntry> log = this.mailLog.find(workshop.id(), registration.registered().delegationId(), 20);
		assertThat(log)
			.filteredOn((entry) -> entry.kind() != MailKind.DELEGATION_CONFIRMATION
					&& entry.kind() != MailKind.DELEGATE_CONFIRMATION)
			.extracting(MailLogEntry::kind, MailLogEntry::status)
			.containsExactlyInAnyOrder(tuple(MailKind.MATERIALS, MailStatus.SKIPPED),
					tuple(MailKind.REMINDER, MailStatus.SKIPPED),
					tuple(MailKind.DEADLINE_APPROACHING, MailStatus.SKIPPED));
		assertThat(log).filteredOn((entry) -> entry.status() == MailStatus.SKIPPED).allSatisfy((entry) -> {
			assertThat(entry.sentAt()).isNull();
			assertThat(entry.lastError()).containsAnyOf("Økten hadde startet", "Påmeldingsfristen var passert");
		});
		assertThat(Mailbox.messagesTo(registration.delegate().email())).extracting(Mailbox::subject)
			.containsExactly("Du er påmeldt: " + workshop.title());
	}

	/** Sends what is due at {@code instant} and checks that nothing of this kind went. */
	private void atInstantNothingIsSent(Instant instant, Workshop workshop, MailKind kind) {
		this.clock.setTo(instant);
		this.scheduledMails.sendDue();
		assertThat(this.mailLog.find(workshop.id(), null, 100)).extracting(MailLogEntry::kind).doesNotContain(kind);
	}

	private List<MailLogEntry> sentOfKind(Workshop workshop, MailKind kind) {
		return this.mailLog.find(workshop.id(), null, 100)
			.stream()
			.filter((entry) -> entry.kind() == kind)
			.filter((entry) -> entry.sentAt() != null)
			.toList();
	}

	private Document item(String kind, Workshop workshop) {
		String sessionId = "DEADLINE".equals(kind) ? "alle" : workshop.sessionId();
		return this.mongo.findById(kind + ":" + workshop.id() + "/" + sessionId, Document.class, "scheduled_mails");
	}

	private static Instant dueAt(Document item) {
		return (item != null) ? ((java.util.Date) item.get("dueAt")).toInstant() : Instant.EPOCH;
	}

	private static MimeMessage lastMailTo(String address) {
		List<MimeMessage> messages = Mailbox.messagesTo(address);
		return messages.get(messages.size() - 1);
	}

	private Workshop scheduleWorkshop(Instant start, int minDelegationSize, boolean outsideRoleRequired) {
		String workshopId = UUID.randomUUID().toString();
		String sessionId = "session-" + workshopId.substring(0, 8);
		Instant deadline = start.minus(Duration.ofDays(10));
		String title = "Kulturskolen i samfunnet " + workshopId.substring(0, 4);
		publishWorkshop(new WorkshopScheduled(UUID.randomUUID(), workshopId, Instant.now(), 1, title, "Beskrivelse",
				"Program", WorkshopFormat.ONLINE, null, "nb", deadline, minDelegationSize, null, outsideRoleRequired,
				List.of(new SessionDetails(sessionId, start, start.plus(Duration.ofMinutes(150)), 30, MEETING_URL))));
		await().atMost(PATIENCE).until(() -> this.mongo.findById(workshopId, Document.class, "workshops") != null);
		return new Workshop(workshopId, sessionId, title, start, deadline);
	}

	private Registration register(Workshop workshop, SeatStatus status, RoleCategory role) {
		String delegationId = UUID.randomUUID().toString();
		DelegationRegistered registered = new DelegationRegistered(UUID.randomUUID(), delegationId, workshop.id(),
				Instant.now(), 1, workshop.sessionId(), status, new Organisation("1804", "Bodø", "18", "Nordland"),
				new Contact("Kari Nordmann", "koordinator-" + delegationId.substring(0, 8) + "@bodo.kommune.example",
						null),
				1, workshop.title(), workshop.start(), workshop.start().plus(Duration.ofMinutes(150)), "nb");
		ParticipantRegistered delegate = aDelegate(registered, role);
		register(registered, List.of(delegate));
		await().atMost(PATIENCE).until(() -> Mailbox.messagesTo(delegate.email()).size() == 1);
		return new Registration(registered, delegate);
	}

	private static ParticipantRegistered aDelegate(DelegationRegistered registered, RoleCategory role) {
		return new ParticipantRegistered(UUID.randomUUID(), registered.delegationId(), registered.workshopId(),
				registered.occurredAt(), 1, UUID.randomUUID().toString(), registered.sessionId(), "1804",
				"Ola Nordmann", "delegat-" + UUID.randomUUID().toString().substring(0, 8) + "@bodo.kommune.example",
				"Lærer", role);
	}

	private static VEvent calendarEventIn(MimeMessage mail, String method) throws Exception {
		Multipart multipart = (Multipart) mail.getContent();
		for (int i = 0; i < multipart.getCount(); i++) {
			BodyPart part = multipart.getBodyPart(i);
			if (part.getContentType().startsWith("text/calendar")) {
				try (InputStream in = part.getInputStream()) {
					Calendar calendar = new CalendarBuilder().build(in);
					assertThat(calendar.getProperty(Property.METHOD).map(Property::getValue)).hasValue(method);
					return calendar.<VEvent>getComponent(Component.VEVENT).orElseThrow();
				}
			}
		}
		throw new AssertionError("No calendar attachment");
	}

	private record Workshop(String id, String sessionId, String title, Instant start, Instant deadline) {
	}

	private record Registration(DelegationRegistered registered, ParticipantRegistered delegate) {
	}

}
