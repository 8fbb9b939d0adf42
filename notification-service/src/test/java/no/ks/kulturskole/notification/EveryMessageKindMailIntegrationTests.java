package no.ks.kulturskole.notification;

import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
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
import no.ks.kulturskole.contracts.workshop.WorkshopDetailsChanged;
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
					Map.entry(MailKind.WORKSHOP_DETAILS_CHANGED, "Endret: "),
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
					Map.entry(MailKind.WORKSHOP_DETAILS_CHANGED, "Endra: "),
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
					Map.entry(MailKind.WORKSHOP_DETAILS_CHANGED, "Changed: "),
					Map.entry(MailKind.DELEGATION_CANCELLED, "Registration cancelled: "),
					Map.entry(MailKind.WORKSHOP_CANCELLED, "Cancelled: ")));

	/**
	 * One phrase per kind and language, as the templates word it, that only that kind's
	 * body has: proof that the body, not only the subject, is the right one in the right
	 * language.
	 */
	private static final Map<String, Map<MailKind, String>> PHRASES = Map.of("nb",
			Map.ofEntries(
					Map.entry(MailKind.DELEGATION_CONFIRMATION, "Vi har mottatt påmeldingen av delegasjonen fra Bodø"),
					Map.entry(MailKind.DELEGATE_CONFIRMATION, "som en del av delegasjonen fra Bodø"),
					Map.entry(MailKind.DELEGATION_PROMOTED, "det har blitt plass til delegasjonen din på verkstedet"),
					Map.entry(MailKind.MANAGE_LINK, "Her er den nye lenken. Den gamle virker ikke lenger:"),
					Map.entry(MailKind.DELEGATE_ADDED, "du er lagt til i delegasjonen fra Bodø"),
					Map.entry(MailKind.PARTICIPANT_REMOVED, "og er ikke lenger påmeldt"),
					Map.entry(MailKind.DELEGATION_MOVED, "er flyttet til en annen økt av verkstedet"),
					Map.entry(MailKind.DEADLINE_APPROACHING,
							"Delegasjonen har 1 deltakere, men må ha minst 3. Legg til 2 til."),
					Map.entry(MailKind.MATERIALS, "Her er forberedelsesmateriellet."),
					Map.entry(MailKind.REMINDER, "vi minner om verkstedet"),
					Map.entry(MailKind.WORKSHOP_RESCHEDULED, "Kalenderoppføringen din er oppdatert i vedlegget."),
					Map.entry(MailKind.WORKSHOP_DETAILS_CHANGED, "Ny møtelenke:"),
					Map.entry(MailKind.DELEGATION_CANCELLED, "delegasjonen din er meldt av verkstedet"),
					Map.entry(MailKind.WORKSHOP_CANCELLED, "Vedlegget fjerner oppføringen fra kalenderen din.")),
			"nn",
			Map.ofEntries(
					Map.entry(MailKind.DELEGATION_CONFIRMATION, "Vi har fått påmeldinga av delegasjonen frå Bodø"),
					Map.entry(MailKind.DELEGATE_CONFIRMATION, "som ein del av delegasjonen frå Bodø"),
					Map.entry(MailKind.DELEGATION_PROMOTED, "det har blitt plass til delegasjonen din på verkstaden"),
					Map.entry(MailKind.MANAGE_LINK, "Her er den nye lenkja. Den gamle verkar ikkje lenger:"),
					Map.entry(MailKind.DELEGATE_ADDED, "du er lagd til i delegasjonen frå Bodø"),
					Map.entry(MailKind.PARTICIPANT_REMOVED, "og er ikkje lenger påmeld"),
					Map.entry(MailKind.DELEGATION_MOVED, "er flytta til ei anna økt av verkstaden"),
					Map.entry(MailKind.DEADLINE_APPROACHING,
							"Delegasjonen har 1 deltakarar, men må ha minst 3. Legg til 2 til."),
					Map.entry(MailKind.MATERIALS, "Her er førebuingsmateriellet."),
					Map.entry(MailKind.REMINDER, "vi minner om verkstaden"),
					Map.entry(MailKind.WORKSHOP_RESCHEDULED, "Kalenderoppføringa di er oppdatert i vedlegget."),
					Map.entry(MailKind.WORKSHOP_DETAILS_CHANGED, "Ny møtelenkje:"),
					Map.entry(MailKind.DELEGATION_CANCELLED, "delegasjonen din er meld av verkstaden"),
					Map.entry(MailKind.WORKSHOP_CANCELLED, "Vedlegget fjernar oppføringa frå kalenderen din.")),
			"en",
			Map.ofEntries(
					Map.entry(MailKind.DELEGATION_CONFIRMATION,
							"We have received the registration of the delegation from Bodø"),
					Map.entry(MailKind.DELEGATE_CONFIRMATION, "as part of the delegation from Bodø"),
					Map.entry(MailKind.DELEGATION_PROMOTED, "there is now room for your delegation at the workshop"),
					Map.entry(MailKind.MANAGE_LINK, "Here is the new link. The old one no longer works:"),
					Map.entry(MailKind.DELEGATE_ADDED, "you have been added to the delegation from Bodø"),
					Map.entry(MailKind.PARTICIPANT_REMOVED, "and are no longer registered"),
					Map.entry(MailKind.DELEGATION_MOVED, "has been moved to another session of the workshop"),
					Map.entry(MailKind.DEADLINE_APPROACHING,
							"The delegation has 1 participants but needs at least 3. Please add 2 more."),
					Map.entry(MailKind.MATERIALS, "Here is the preparation material."),
					Map.entry(MailKind.REMINDER, "this is a reminder of the workshop"),
					Map.entry(MailKind.WORKSHOP_RESCHEDULED, "Your calendar entry is updated in the attachment."),
					Map.entry(MailKind.WORKSHOP_DETAILS_CHANGED, "New meeting link:"),
					Map.entry(MailKind.DELEGATION_CANCELLED, "your delegation's registration for the workshop"),
					Map.entry(MailKind.WORKSHOP_CANCELLED, "The attachment removes the entry from your calendar.")));

	/** A confirmed delegate's confirmation. */
	private static final Map<String, String> CONFIRMED = Map.of("nb", "Du er påmeldt: ", "nn", "Du er påmeld: ", "en",
			"You are registered: ");

	private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

	private static final DateTimeFormatter LOCAL_TIME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");

	/**
	 * The calendar UID seen first for each person and session: every later entry for the
	 * same person and session must carry it, or calendars would keep stale copies.
	 */
	private final Map<String, String> uids = new HashMap<>();

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
		Session first = new Session("s1-" + workshopId.substring(0, 8), start);
		Session second = new Session("s2-" + workshopId.substring(0, 8), start.plus(Duration.ofHours(4)));
		Instant deadline = start.minus(Duration.ofDays(10));
		publishWorkshop(new WorkshopScheduled(UUID.randomUUID(), workshopId, Instant.now(), 1, TITLE, "Om verkstedet",
				"Program", WorkshopFormat.ONLINE, null, "nb", deadline, 3, null, false,
				List.of(first.details(), second.details())));
		await().atMost(PATIENCE).until(() -> this.mongo.findById(workshopId, Document.class, "workshops") != null);

		// registered on the waiting list (no seat, so no calendar entry), then promoted
		DelegationRegistered waitlisted = registration(workshopId, first, SeatStatus.WAITLISTED, language);
		ParticipantRegistered anna = delegate(waitlisted, "Anna");
		register(waitlisted, List.of(anna));
		publishRegistration(new DelegationWaitlisted(UUID.randomUUID(), waitlisted.delegationId(), workshopId,
				Instant.now(), 1, first.id(), 1));
		String coordinator = waitlisted.coordinator().email();
		expect(coordinator, MailKind.DELEGATION_CONFIRMATION, language, "delegation-confirmation", 0);
		expect(anna.email(), MailKind.DELEGATE_CONFIRMATION, language, "delegate-confirmation", 0);
		publishRegistration(new DelegationPromoted(UUID.randomUUID(), waitlisted.delegationId(), workshopId,
				Instant.now(), 1, first.id(), 1));
		expect(anna.email(), MailKind.DELEGATION_PROMOTED, language, "delegation-promoted", 1, request(first, 0));
		expect(coordinator, MailKind.DELEGATION_PROMOTED, language, "delegation-promoted", 1);

		// a new manage link
		publishManageLink(waitlisted, "ny-" + UUID.randomUUID(), ManageLinkIssued.Reason.REQUESTED, aCorrelationId());
		expect(coordinator, MailKind.MANAGE_LINK, language, "manage-link", 2);

		// added, replaced, removed: a removal outranks the entry it removes by one
		ParticipantRegistered bjorn = delegate(waitlisted, "Bjørn");
		publishRegistration(bjorn);
		expect(bjorn.email(), MailKind.DELEGATE_ADDED, language, "delegate-added", 0, request(first, 0));
		String cecilie = "cecilie-" + UUID.randomUUID().toString().substring(0, 8) + "@bodo.kommune.example";
		publishRegistration(new ParticipantReplaced(UUID.randomUUID(), waitlisted.delegationId(), workshopId,
				Instant.now(), 1, anna.participantId(), UUID.randomUUID().toString(), first.id(), "1804", "Cecilie",
				cecilie, "Ordfører", RoleCategory.POLITICIAN));
		expect(anna.email(), MailKind.PARTICIPANT_REMOVED, language, "participant-removed", 2, cancel(first, 1));
		expect(cecilie, MailKind.DELEGATE_ADDED, language, "delegate-added", 0, request(first, 0));
		publishRegistration(new ParticipantRemoved(UUID.randomUUID(), waitlisted.delegationId(), workshopId,
				Instant.now(), 1, bjorn.participantId(), first.id()));
		expect(bjorn.email(), MailKind.PARTICIPANT_REMOVED, language, "participant-removed", 1, cancel(first, 1));

		// moved to the second session: the same entry, updated (a move raises its
		// sequence)
		publishRegistration(new DelegationMoved(UUID.randomUUID(), waitlisted.delegationId(), workshopId, Instant.now(),
				1, first.id(), second.id(), SeatStatus.CONFIRMED, 1));
		expect(cecilie, MailKind.DELEGATION_MOVED, language, "delegation-moved", 1, request(second, 1));
		expect(coordinator, MailKind.DELEGATION_MOVED, language, "delegation-moved", 3);

		// a second delegation, which stays to the end
		DelegationRegistered confirmed = registration(workshopId, second, SeatStatus.CONFIRMED, language);
		ParticipantRegistered david = delegate(confirmed, "David");
		register(confirmed, List.of(david));
		expectWithSubject(david.email(), MailKind.DELEGATE_CONFIRMATION, language, "delegate-confirmation", 0,
				CONFIRMED.get(language), request(second, 0));

		// the deadline warning: one delegate where three are required
		this.clock.setTo(deadline.minus(Duration.ofDays(3)));
		expect(coordinator, MailKind.DEADLINE_APPROACHING, language, "deadline-approaching", 4);

		// material at T−7 and reminder at T−1 of the second session
		publishWorkshop(new MaterialsPublished(UUID.randomUUID(), workshopId, Instant.now(), 1,
				List.of(new Material("Rapport", "https://example.org/rapport.pdf")), List.of("Hva er viktigst?"),
				null));
		await().atMost(PATIENCE)
			.until(() -> this.mongo.findById("MATERIALS:" + workshopId + "/" + second.id(), Document.class,
					"scheduled_mails") != null);
		this.clock.setTo(second.start().minus(Duration.ofDays(7)));
		MimeMessage material = expect(cecilie, MailKind.MATERIALS, language, "materials-released", 2);
		assertThat(Mailbox.text(material)).contains("Rapport \u2014 https://example.org/rapport.pdf")
			.contains("Hva er viktigst?");
		expect(david.email(), MailKind.MATERIALS, language, "materials-released", 1);
		this.clock.setTo(second.start().minus(Duration.ofDays(1)));
		MimeMessage reminder = expect(cecilie, MailKind.REMINDER, language, "session-reminder", 3, request(second, 1));
		assertThat(Mailbox.text(reminder)).contains(second.meetingUrl());
		expect(david.email(), MailKind.REMINDER, language, "session-reminder", 2, request(second, 0));
		this.clock.reset();

		// rescheduled (revision 1), given new meeting links, the first delegation
		// cancelled, then the workshop cancelled
		Session firstLater = first.later(Duration.ofDays(1));
		Session secondLater = second.later(Duration.ofDays(1));
		publishWorkshop(new WorkshopRescheduled(UUID.randomUUID(), workshopId, Instant.now(), 1, 1, deadline,
				List.of(firstLater.details(), secondLater.details()), "Sykdom"));
		expect(cecilie, MailKind.WORKSHOP_RESCHEDULED, language, "workshop-rescheduled", 4, request(secondLater, 2));
		expect(david.email(), MailKind.WORKSHOP_RESCHEDULED, language, "workshop-rescheduled", 3,
				request(secondLater, 1));

		// new meeting links: a details change raises SEQUENCE above the reschedule's
		Session firstRelinked = firstLater.relinked();
		Session secondRelinked = secondLater.relinked();
		publishWorkshop(new WorkshopDetailsChanged(UUID.randomUUID(), workshopId, Instant.now(),
				WorkshopDetailsChanged.SCHEMA_VERSION, TITLE, "Om verkstedet", List.of("KS"), null, true,
				WorkshopFormat.ONLINE, null, "nb", List.of(firstRelinked.details(), secondRelinked.details())));
		MimeMessage relinked = expect(cecilie, MailKind.WORKSHOP_DETAILS_CHANGED, language, "workshop-details-changed",
				5, request(secondRelinked, 3));
		assertThat(Mailbox.text(relinked)).contains(secondRelinked.meetingUrl());
		expect(david.email(), MailKind.WORKSHOP_DETAILS_CHANGED, language, "workshop-details-changed", 4,
				request(secondRelinked, 2));
		publishRegistration(new DelegationCancelled(UUID.randomUUID(), waitlisted.delegationId(), workshopId,
				Instant.now(), 1, second.id(), SeatStatus.CONFIRMED, 1, null));
		expect(cecilie, MailKind.DELEGATION_CANCELLED, language, "delegation-cancelled", 6, cancel(secondRelinked, 4));
		publishWorkshop(new WorkshopCancelled(UUID.randomUUID(), workshopId, Instant.now(), 1, "For få påmeldte"));
		expect(david.email(), MailKind.WORKSHOP_CANCELLED, language, "workshop-cancelled", 5,
				cancel(secondRelinked, 3));

		// David, confirmed in the second session, had exactly these
		assertThat(Mailbox.messagesTo(david.email())).extracting(Mailbox::subject)
			.containsExactly(CONFIRMED.get(language) + TITLE, SUBJECTS.get(language).get(MailKind.MATERIALS) + TITLE,
					SUBJECTS.get(language).get(MailKind.REMINDER) + TITLE + reminderSuffix(language),
					SUBJECTS.get(language).get(MailKind.WORKSHOP_RESCHEDULED) + TITLE,
					SUBJECTS.get(language).get(MailKind.WORKSHOP_DETAILS_CHANGED) + TITLE,
					SUBJECTS.get(language).get(MailKind.WORKSHOP_CANCELLED) + TITLE);
		// the delegation already cancelled is not told again
		assertThat(Mailbox.messagesTo(cecilie)).hasSize(7);
		// one calendar entry per person and workshop: Anna's, Bjørn's and Cecilie's in
		// the
		// first session, Cecilie's (the same entry, moved) and David's in the second
		assertThat(this.uids).hasSize(5);
		assertThat(this.uids.get(cecilie + "/" + second.id())).isEqualTo(this.uids.get(cecilie + "/" + first.id()));
		assertThat(this.uids.values().stream().distinct()).hasSize(4)
			.allSatisfy((uid) -> assertThat(uid).endsWith("@kulturskole.ks.no"));
	}

	/**
	 * Waits for the {@code index}th mail to {@code address}, and checks its subject, both
	 * bodies, the template the e-mail log names, and each calendar attachment against
	 * {@code calendars} (none if none are given).
	 */
	private MimeMessage expect(String address, MailKind kind, String language, String template, int index,
			Invite... calendars) throws Exception {
		return expectWithSubject(address, kind, language, template, index, SUBJECTS.get(language).get(kind), calendars);
	}

	private MimeMessage expectWithSubject(String address, MailKind kind, String language, String template, int index,
			String subjectPrefix, Invite... calendars) throws Exception {
		await().atMost(PATIENCE).until(() -> Mailbox.messagesTo(address).size() > index);
		MimeMessage mail = Mailbox.messagesTo(address).get(index);
		assertThat(mail.getSubject())
			.isEqualTo(subjectPrefix + TITLE + ((kind == MailKind.REMINDER) ? reminderSuffix(language) : ""));
		assertThat(Mailbox.text(mail)).contains(TITLE)
			.contains(PHRASES.get(language).get(kind))
			.doesNotContain(phrasesInOtherLanguages(language, kind))
			.doesNotContain("[(")
			.doesNotContain("${");
		assertThat(Mailbox.html(mail)).contains("lang=\"" + language + "\"").doesNotContain("th:");
		String id = mail.getHeader("X-Kulturskole-Notification-Id")[0];
		MailLogEntry logged = this.mailLog.find(null, null, 500)
			.stream()
			.filter((entry) -> entry.id().equals(id))
			.findFirst()
			.orElseThrow();
		assertThat(logged.kind()).isEqualTo(kind);
		assertThat(logged.template()).startsWith(template + "/" + language + "@");
		assertCalendars(mail, address, calendars);
		return mail;
	}

	/**
	 * Reads every calendar attachment with ical4j, in the order the mail carries them:
	 * METHOD (also in the part's content type), Europe/Oslo times with the zone defined
	 * in a VTIMEZONE, SEQUENCE, the UID of this person in this session, and the meeting
	 * link only in an entry that keeps the seat.
	 */
	private void assertCalendars(MimeMessage mail, String person, Invite... expected) throws Exception {
		List<BodyPart> parts = calendarParts(mail);
		assertThat(parts).hasSameSizeAs(expected);
		for (int i = 0; i < expected.length; i++) {
			Invite invite = expected[i];
			assertThat(parts.get(i).getContentType()).contains("method=" + invite.method());
			Calendar calendar;
			try (InputStream in = parts.get(i).getInputStream()) {
				calendar = new CalendarBuilder().build(in);
			}
			assertThat(calendar.getProperty(Property.METHOD).map(Property::getValue)).hasValue(invite.method());
			assertThat(calendar.<VTimeZone>getComponent(Component.VTIMEZONE)
				.flatMap((zone) -> zone.<Property>getProperty(Property.TZID))
				.map(Property::getValue)).hasValue(OSLO.getId());
			VEvent event = calendar.<VEvent>getComponent(Component.VEVENT).orElseThrow();
			assertOsloTime(event, Property.DTSTART, invite.session().start());
			assertOsloTime(event, Property.DTEND, invite.session().end());
			assertThat(event.getProperty(Property.SEQUENCE).map(Property::getValue))
				.hasValue(String.valueOf(invite.sequence()));
			String uid = event.getProperty(Property.UID).map(Property::getValue).orElseThrow();
			String seenBefore = this.uids.putIfAbsent(person + "/" + invite.session().id(), uid);
			if (seenBefore != null) {
				assertThat(uid).as("UID of %s in %s", person, invite.session().id()).isEqualTo(seenBefore);
			}
			assertThat(event.getProperty(Property.URL).map(Property::getValue)).isEqualTo(
					"REQUEST".equals(invite.method()) ? Optional.of(invite.session().meetingUrl()) : Optional.empty());
		}
	}

	private static void assertOsloTime(VEvent event, String name, Instant expected) {
		Property property = event.getProperty(name).orElseThrow();
		assertThat(property.getValue()).as(name).isEqualTo(LOCAL_TIME.format(expected.atZone(OSLO)));
		assertThat(property.<Parameter>getParameter(Parameter.TZID).map(Parameter::getValue)).as(name + " TZID")
			.hasValue(OSLO.getId());
	}

	private static List<BodyPart> calendarParts(MimeMessage mail) throws Exception {
		List<BodyPart> parts = new ArrayList<>();
		Multipart multipart = (Multipart) mail.getContent();
		for (int i = 0; i < multipart.getCount(); i++) {
			BodyPart part = multipart.getBodyPart(i);
			if (part.getContentType().startsWith("text/calendar")) {
				parts.add(part);
			}
		}
		return parts;
	}

	private static String[] phrasesInOtherLanguages(String language, MailKind kind) {
		return PHRASES.entrySet()
			.stream()
			.filter((entry) -> !entry.getKey().equals(language))
			.map((entry) -> entry.getValue().get(kind))
			.toArray(String[]::new);
	}

	private static String reminderSuffix(String language) {
		return switch (language) {
			case "nb" -> " i morgen";
			case "nn" -> " i morgon";
			default -> " tomorrow";
		};
	}

	private static Invite request(Session session, int sequence) {
		return new Invite("REQUEST", session, sequence);
	}

	private static Invite cancel(Session session, int sequence) {
		return new Invite("CANCEL", session, sequence);
	}

	private static DelegationRegistered registration(String workshopId, Session session, SeatStatus status,
			String language) {
		String delegationId = UUID.randomUUID().toString();
		return new DelegationRegistered(UUID.randomUUID(), delegationId, workshopId, Instant.now(), 1, session.id(),
				status, new Organisation("1804", "Bodø", "18", "Nordland"), new Contact("Kari Nordmann",
						"koordinator-" + delegationId.substring(0, 8) + "@bodo.kommune.example", null),
				1, TITLE, session.start(), session.end(), language);
	}

	private static ParticipantRegistered delegate(DelegationRegistered registered, String name) {
		return new ParticipantRegistered(
				UUID.randomUUID(), registered.delegationId(), registered.workshopId(), Instant.now(), 1,
				UUID.randomUUID().toString(), registered.sessionId(), "1804", name, name.toLowerCase().replace('ø', 'o')
						+ "-" + UUID.randomUUID().toString().substring(0, 8) + "@bodo.kommune.example",
				"Lærer", RoleCategory.KULTURSKOLE);
	}

	/** A session of two and a half hours, with a meeting link of its own. */
	private record Session(String id, Instant start, String meetingUrl) {

		Session(String id, Instant start) {
			this(id, start, "https://meet.example/" + id);
		}

		Instant end() {
			return this.start.plus(Duration.ofMinutes(150));
		}

		Session later(Duration by) {
			return new Session(this.id, this.start.plus(by), this.meetingUrl);
		}

		Session relinked() {
			return new Session(this.id, this.start, this.meetingUrl + "-ny");
		}

		SessionDetails details() {
			return new SessionDetails(this.id, this.start, end(), 30, meetingUrl());
		}

	}

	/** A calendar entry as a mail should carry it. */
	private record Invite(String method, Session session, int sequence) {

	}

}
