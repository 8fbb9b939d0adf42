package no.ks.kulturskole.notification;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import no.ks.kulturskole.contracts.registration.Contact;
import no.ks.kulturskole.contracts.registration.DelegationCancelled;
import no.ks.kulturskole.contracts.registration.DelegationMoved;
import no.ks.kulturskole.contracts.registration.DelegationPromoted;
import no.ks.kulturskole.contracts.registration.DelegationRegistered;
import no.ks.kulturskole.contracts.registration.DelegationWaitlisted;
import no.ks.kulturskole.contracts.registration.ManageLinkIssued;
import no.ks.kulturskole.contracts.registration.Organisation;
import no.ks.kulturskole.contracts.registration.ParticipantRegistered;
import no.ks.kulturskole.contracts.registration.ParticipantRemoved;
import no.ks.kulturskole.contracts.registration.ParticipantReplaced;
import no.ks.kulturskole.contracts.registration.RoleCategory;
import no.ks.kulturskole.contracts.registration.SeatStatus;
import no.ks.kulturskole.contracts.workshop.Material;
import no.ks.kulturskole.contracts.workshop.MaterialsPublished;
import no.ks.kulturskole.contracts.workshop.SessionDetails;
import no.ks.kulturskole.contracts.workshop.WorkshopCancelled;
import no.ks.kulturskole.contracts.workshop.WorkshopFormat;
import no.ks.kulturskole.contracts.workshop.WorkshopRescheduled;
import no.ks.kulturskole.contracts.workshop.WorkshopScheduled;
import no.ks.kulturskole.notification.mail.application.MailLog;
import no.ks.kulturskole.notification.mail.model.MailKind;
import no.ks.kulturskole.notification.mail.model.MailLogEntry;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * One delegation's whole life, in each of the three languages, through Kafka to
 * GreenMail: every message kind a delegation can get arrives in its language, as HTML and
 * plain text, made from the template the log names, with calendar attachments where the
 * kind has them.
 */
class EveryMessageKindMailIntegrationTests extends NotificationServiceIntegrationTest {

	private static final Duration PATIENCE = Duration.ofSeconds(30);

	private static final String TITLE = "Kulturskolen som lokalt ressurssenter";

	/** Subject prefixes per language, in the order of {@link MailKind}s used below. */
	private static final Map<String, Map<MailKind, String>> SUBJECTS = Map.of("nb",
			Map.ofEntries(Map.entry(MailKind.DELEGATION_CONFIRMATION, "På venteliste: "),
					Map.entry(MailKind.DELEGATE_CONFIRMATION, "På venteliste: "),
					Map.entry(MailKind.DELEGATION_PROMOTED, "Plass til dere: "),
					Map.entry(MailKind.MANAGE_LINK, "Ny lenke til påmeldingen: "),
					Map.entry(MailKind.DELEGATE_ADDED, "Du er lagt til i delegasjonen: "),
					Map.entry(MailKind.PARTICIPANT_REMOVED, "Du er ikke lenger påmeldt: "),
					Map.entry(MailKind.DELEGATION_MOVED, "Ny økt: "),
					Map.entry(MailKind.DEADLINE_APPROACHING, "Påmeldingsfristen nærmer seg: "),
					Map.entry(MailKind.MATERIALS, "Forberedelse: "), Map.entry(MailKind.REMINDER, "Påminnelse: "),
					Map.entry(MailKind.WORKSHOP_RESCHEDULED, "Nytt tidspunkt: "),
					Map.entry(MailKind.DELEGATION_CANCELLED, "Påmelding avmeldt: "),
					Map.entry(MailKind.WORKSHOP_CANCELLED, "Avlyst: ")),
			"nn",
			Map.ofEntries(Map.entry(MailKind.DELEGATION_CONFIRMATION, "På venteliste: "),
					Map.entry(MailKind.DELEGATE_CONFIRMATION, "På venteliste: "),
					Map.entry(MailKind.DELEGATION_PROMOTED, "Plass til dykk: "),
					Map.entry(MailKind.MANAGE_LINK, "Ny lenkje til påmeldinga: "),
					Map.entry(MailKind.DELEGATE_ADDED, "Du er lagd til i delegasjonen: "),
					Map.entry(MailKind.PARTICIPANT_REMOVED, "Du er ikkje lenger påmeld: "),
					Map.entry(MailKind.DELEGATION_MOVED, "Ny økt: "),
					Map.entry(MailKind.DEADLINE_APPROACHING, "Påmeldingsfristen nærmar seg: "),
					Map.entry(MailKind.MATERIALS, "Førebuing: "), Map.entry(MailKind.REMINDER, "Påminning: "),
					Map.entry(MailKind.WORKSHOP_RESCHEDULED, "Nytt tidspunkt: "),
					Map.entry(MailKind.DELEGATION_CANCELLED, "Påmelding avmeld: "),
					Map.entry(MailKind.WORKSHOP_CANCELLED, "Avlyst: ")),
			"en",
			Map.ofEntries(Map.entry(MailKind.DELEGATION_CONFIRMATION, "Waiting list: "),
					Map.entry(MailKind.DELEGATE_CONFIRMATION, "On the waiting list: "),
					Map.entry(MailKind.DELEGATION_PROMOTED, "A seat for you: "),
					Map.entry(MailKind.MANAGE_LINK, "New link to your registration: "),
					Map.entry(MailKind.DELEGATE_ADDED, "You have been added to the delegation: "),
					Map.entry(MailKind.PARTICIPANT_REMOVED, "You are no longer registered: "),
					Map.entry(MailKind.DELEGATION_MOVED, "New session: "),
					Map.entry(MailKind.DEADLINE_APPROACHING, "Registration deadline approaching: "),
					Map.entry(MailKind.MATERIALS, "Preparation: "), Map.entry(MailKind.REMINDER, "Reminder: "),
					Map.entry(MailKind.WORKSHOP_RESCHEDULED, "New time: "),
					Map.entry(MailKind.DELEGATION_CANCELLED, "Registration cancelled: "),
					Map.entry(MailKind.WORKSHOP_CANCELLED, "Cancelled: ")));

	/** A confirmed delegate's confirmation. */
	private static final Map<String, String> CONFIRMED = Map.of("nb", "Du er påmeldt: ", "nn", "Du er påmeld: ", "en",
			"You are registered: ");

	@Autowired
	MailLog mailLog;

	@Autowired
	MongoTemplate mongo;

	@AfterEach
	void backToNow() {
		this.clock.reset();
	}

	@ParameterizedTest
	@ValueSource(strings = { "nb", "nn", "en" })
	void everyMessageKindArrivesInTheDelegationsLanguage(String language) throws Exception {
		// far enough ahead that other tests' scheduled mails are never due, and apart
		// per language
		long days = switch (language) {
			case "nb" -> 60;
			case "nn" -> 70;
			default -> 80;
		};
		Instant start = Instant.now().plus(Duration.ofDays(days)).truncatedTo(ChronoUnit.HOURS);
		String workshopId = UUID.randomUUID().toString();
		String first = "s1-" + workshopId.substring(0, 8);
		String second = "s2-" + workshopId.substring(0, 8);
		Instant deadline = start.minus(Duration.ofDays(10));
		publishWorkshop(new WorkshopScheduled(UUID.randomUUID(), workshopId, Instant.now(), 1, TITLE, "Om verkstedet",
				"Program", WorkshopFormat.ONLINE, null, "nb", deadline, 3, null, false,
				List.of(session(first, start), session(second, start.plus(Duration.ofHours(4))))));
		await().atMost(PATIENCE).until(() -> this.mongo.findById(workshopId, Document.class, "workshops") != null);

		// registered on the waiting list, then promoted
		DelegationRegistered waitlisted = registration(workshopId, first, SeatStatus.WAITLISTED, start, language);
		ParticipantRegistered anna = delegate(waitlisted, "Anna");
		register(waitlisted, List.of(anna));
		publishRegistration(new DelegationWaitlisted(UUID.randomUUID(), waitlisted.delegationId(), workshopId,
				Instant.now(), 1, first, 1));
		String coordinator = waitlisted.coordinator().email();
		expect(coordinator, MailKind.DELEGATION_CONFIRMATION, language, "delegation-confirmation", 0);
		expect(anna.email(), MailKind.DELEGATE_CONFIRMATION, language, "delegate-confirmation", 0);
		publishRegistration(new DelegationPromoted(UUID.randomUUID(), waitlisted.delegationId(), workshopId,
				Instant.now(), 1, first, 1));
		assertThat(
				calendarMethods(expect(anna.email(), MailKind.DELEGATION_PROMOTED, language, "delegation-promoted", 1)))
			.containsExactly("REQUEST");
		expect(coordinator, MailKind.DELEGATION_PROMOTED, language, "delegation-promoted", 1);

		// a new manage link
		publishManageLink(waitlisted, "ny-" + UUID.randomUUID(), ManageLinkIssued.Reason.REQUESTED, aCorrelationId());
		expect(coordinator, MailKind.MANAGE_LINK, language, "manage-link", 2);

		// added, replaced, removed
		ParticipantRegistered bjorn = delegate(waitlisted, "Bjørn");
		publishRegistration(bjorn);
		assertThat(calendarMethods(expect(bjorn.email(), MailKind.DELEGATE_ADDED, language, "delegate-added", 0)))
			.containsExactly("REQUEST");
		String cecilie = "cecilie-" + UUID.randomUUID().toString().substring(0, 8) + "@bodo.kommune.example";
		publishRegistration(new ParticipantReplaced(UUID.randomUUID(), waitlisted.delegationId(), workshopId,
				Instant.now(), 1, anna.participantId(), UUID.randomUUID().toString(), first, "1804", "Cecilie", cecilie,
				"Ordfører", RoleCategory.POLITICIAN));
		assertThat(
				calendarMethods(expect(anna.email(), MailKind.PARTICIPANT_REMOVED, language, "participant-removed", 2)))
			.containsExactly("CANCEL");
		expect(cecilie, MailKind.DELEGATE_ADDED, language, "delegate-added", 0);
		publishRegistration(new ParticipantRemoved(UUID.randomUUID(), waitlisted.delegationId(), workshopId,
				Instant.now(), 1, bjorn.participantId(), first));
		expect(bjorn.email(), MailKind.PARTICIPANT_REMOVED, language, "participant-removed", 1);

		// moved to the second session: new entry and removal of the old one in one mail
		publishRegistration(new DelegationMoved(UUID.randomUUID(), waitlisted.delegationId(), workshopId, Instant.now(),
				1, first, second, SeatStatus.CONFIRMED, 1));
		assertThat(calendarMethods(expect(cecilie, MailKind.DELEGATION_MOVED, language, "delegation-moved", 1)))
			.containsExactlyInAnyOrder("REQUEST", "CANCEL");
		expect(coordinator, MailKind.DELEGATION_MOVED, language, "delegation-moved", 3);

		// a second delegation, which stays to the end
		DelegationRegistered confirmed = registration(workshopId, second, SeatStatus.CONFIRMED, start, language);
		ParticipantRegistered david = delegate(confirmed, "David");
		register(confirmed, List.of(david));
		expect(david.email(), MailKind.DELEGATE_CONFIRMATION, language, "delegate-confirmation", 0,
				CONFIRMED.get(language));

		// the deadline warning: one delegate where three are required
		this.clock.setTo(deadline.minus(Duration.ofDays(3)));
		expect(coordinator, MailKind.DEADLINE_APPROACHING, language, "deadline-approaching", 4);

		// material at T−7 and reminder at T−1 of the second session
		publishWorkshop(new MaterialsPublished(UUID.randomUUID(), workshopId, Instant.now(), 1,
				List.of(new Material("Rapport", "https://example.org/rapport.pdf")), List.of("Hva er viktigst?"),
				null));
		Instant secondStart = start.plus(Duration.ofHours(4));
		await().atMost(PATIENCE)
			.until(() -> this.mongo.findById("MATERIALS:" + workshopId + "/" + second, Document.class,
					"scheduled_mails") != null);
		this.clock.setTo(secondStart.minus(Duration.ofDays(7)));
		MimeMessage material = expect(cecilie, MailKind.MATERIALS, language, "materials-released", 2);
		assertThat(Mailbox.text(material)).contains("Rapport \u2014 https://example.org/rapport.pdf")
			.contains("Hva er viktigst?");
		this.clock.setTo(secondStart.minus(Duration.ofDays(1)));
		MimeMessage reminder = expect(cecilie, MailKind.REMINDER, language, "session-reminder", 3);
		assertThat(Mailbox.text(reminder)).contains("https://meet.example/" + second);
		assertThat(calendarMethods(reminder)).containsExactly("REQUEST");
		this.clock.reset();

		// rescheduled, the first delegation cancelled, then the workshop cancelled
		publishWorkshop(new WorkshopRescheduled(UUID.randomUUID(), workshopId, Instant.now(), 1, 1, deadline, List
			.of(session(first, start.plus(Duration.ofDays(1))), session(second, secondStart.plus(Duration.ofDays(1)))),
				"Sykdom"));
		expect(cecilie, MailKind.WORKSHOP_RESCHEDULED, language, "workshop-rescheduled", 4);
		publishRegistration(new DelegationCancelled(UUID.randomUUID(), waitlisted.delegationId(), workshopId,
				Instant.now(), 1, second, SeatStatus.CONFIRMED, 1, null));
		assertThat(calendarMethods(expect(cecilie, MailKind.DELEGATION_CANCELLED, language, "delegation-cancelled", 5)))
			.containsExactly("CANCEL");
		publishWorkshop(new WorkshopCancelled(UUID.randomUUID(), workshopId, Instant.now(), 1, "For få påmeldte"));
		await().atMost(PATIENCE).until(() -> Mailbox.messagesTo(david.email()).size() >= 5);
		// David, confirmed in the second session, had material, reminder and the new time
		// before
		assertThat(Mailbox.messagesTo(david.email())).extracting(Mailbox::subject)
			.containsExactly(CONFIRMED.get(language) + TITLE, SUBJECTS.get(language).get(MailKind.MATERIALS) + TITLE,
					SUBJECTS.get(language).get(MailKind.REMINDER) + TITLE + reminderSuffix(language),
					SUBJECTS.get(language).get(MailKind.WORKSHOP_RESCHEDULED) + TITLE,
					SUBJECTS.get(language).get(MailKind.WORKSHOP_CANCELLED) + TITLE);

		assertThat(
				calendarMethods(expect(david.email(), MailKind.WORKSHOP_CANCELLED, language, "workshop-cancelled", 4)))
			.containsExactly("CANCEL");
		// the delegation already cancelled is not told again
		assertThat(Mailbox.messagesTo(cecilie)).hasSize(6);
	}

	/**
	 * Waits for the {@code index}th mail to {@code address}, and checks its subject, both
	 * bodies and the template the e-mail log names.
	 */
	private MimeMessage expect(String address, MailKind kind, String language, String template, int index)
			throws Exception {
		return expect(address, kind, language, template, index, SUBJECTS.get(language).get(kind));
	}

	private MimeMessage expect(String address, MailKind kind, String language, String template, int index,
			String subjectPrefix) throws Exception {
		await().atMost(PATIENCE).until(() -> Mailbox.messagesTo(address).size() > index);
		MimeMessage mail = Mailbox.messagesTo(address).get(index);
		assertThat(mail.getSubject())
			.isEqualTo(subjectPrefix + TITLE + ((kind == MailKind.REMINDER) ? reminderSuffix(language) : ""));
		assertThat(Mailbox.text(mail)).contains(TITLE).doesNotContain("[(").doesNotContain("${");
		assertThat(Mailbox.html(mail)).contains("lang=\"" + language + "\"").doesNotContain("th:");
		String id = mail.getHeader("X-Kulturskole-Notification-Id")[0];
		MailLogEntry logged = this.mailLog.find(null, null, 500)
			.stream()
			.filter((entry) -> entry.id().equals(id))
			.findFirst()
			.orElseThrow();
		assertThat(logged.kind()).isEqualTo(kind);
		assertThat(logged.template()).startsWith(template + "/" + language + "@");
		return mail;
	}

	private static String reminderSuffix(String language) {
		return switch (language) {
			case "nb" -> " i morgen";
			case "nn" -> " i morgon";
			default -> " tomorrow";
		};
	}

	private static SessionDetails session(String sessionId, Instant start) {
		return new SessionDetails(sessionId, start, start.plus(Duration.ofMinutes(150)), 30,
				"https://meet.example/" + sessionId);
	}

	private static DelegationRegistered registration(String workshopId, String sessionId, SeatStatus status,
			Instant start, String language) {
		String delegationId = UUID.randomUUID().toString();
		return new DelegationRegistered(UUID.randomUUID(), delegationId, workshopId, Instant.now(), 1, sessionId,
				status, new Organisation("1804", "Bodø", "18", "Nordland"), new Contact("Kari Nordmann",
						"koordinator-" + delegationId.substring(0, 8) + "@bodo.kommune.example", null),
				1, TITLE, start, start.plus(Duration.ofMinutes(150)), language);
	}

	private static ParticipantRegistered delegate(DelegationRegistered registered, String name) {
		return new ParticipantRegistered(
				UUID.randomUUID(), registered.delegationId(), registered.workshopId(), Instant.now(), 1,
				UUID.randomUUID().toString(), registered.sessionId(), "1804", name, name.toLowerCase().replace('ø', 'o')
						+ "-" + UUID.randomUUID().toString().substring(0, 8) + "@bodo.kommune.example",
				"Lærer", RoleCategory.KULTURSKOLE);
	}

	/** The METHOD of each calendar attachment, read with ical4j. */
	private static List<String> calendarMethods(MimeMessage mail) throws Exception {
		List<String> methods = new ArrayList<>();
		Multipart multipart = (Multipart) mail.getContent();
		for (int i = 0; i < multipart.getCount(); i++) {
			BodyPart part = multipart.getBodyPart(i);
			if (part.getContentType().startsWith("text/calendar")) {
				Calendar calendar = new CalendarBuilder().build(part.getInputStream());
				methods.add(calendar.getProperty(Property.METHOD).map(Property::getValue).orElse(null));
			}
		}
		return methods;
	}

}
