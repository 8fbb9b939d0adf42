package no.ks.kulturskole.notification;

import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
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
import no.ks.kulturskole.contracts.registration.DelegationCancelled;
import no.ks.kulturskole.contracts.registration.DelegationRegistered;
import no.ks.kulturskole.contracts.registration.ParticipantRegistered;
import no.ks.kulturskole.contracts.registration.RoleCategory;
import no.ks.kulturskole.contracts.registration.SeatStatus;
import no.ks.kulturskole.contracts.workshop.SessionAdded;
import no.ks.kulturskole.contracts.workshop.SessionDetails;
import no.ks.kulturskole.contracts.workshop.WorkshopDetailsChanged;
import no.ks.kulturskole.contracts.workshop.WorkshopFormat;
import no.ks.kulturskole.contracts.workshop.WorkshopScheduled;
import org.bson.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A workshop's new details reach the replica, so the mails and calendar entries sent
 * after them carry the new title and meeting link; delegates already registered are told
 * of a change that matters to them, once per change.
 */
class WorkshopDetailsMailIntegrationTests extends NotificationServiceIntegrationTest {

	private static final Duration PATIENCE = Duration.ofSeconds(30);

	private static final String OLD_LINK = "https://meet.example/kulturskole-gammel";

	private static final String NEW_LINK = "https://meet.example/kulturskole-ny";

	private static final String TITLE = "Kulturskolen som lokalt ressurssenter";

	@Autowired
	MongoTemplate mongo;

	@Test
	void aDelegateRegisteredAfterNewDetailsGetsTheNewTitleAndMeetingLinkAndNeitherARedeliveryNorALateCopyOfTheScheduleChangesThem()
			throws Exception {
		String workshopId = UUID.randomUUID().toString();
		DelegationRegistered registered = aDelegationRegistered(workshopId, SeatStatus.CONFIRMED);
		WorkshopScheduled scheduled = new WorkshopScheduled(UUID.randomUUID(), workshopId, Instant.now(), 1,
				"Kulturskolen som lokalt ressurssenter", "Beskrivelse", "Program", WorkshopFormat.ONLINE, null, "nb",
				Instant.parse("2027-02-01T12:00:00Z"), 2, 6, true, List.of(new SessionDetails(registered.sessionId(),
						registered.sessionStartsAt(), registered.sessionEndsAt(), 30, OLD_LINK)));
		publishWorkshop(scheduled);
		WorkshopDetailsChanged changed = new WorkshopDetailsChanged(UUID.randomUUID(), workshopId, Instant.now(),
				WorkshopDetailsChanged.SCHEMA_VERSION, "Kulturskolen i fremtidens kommune", "Ny beskrivelse",
				List.of("KS"), null, true, WorkshopFormat.ONLINE, null, "nb",
				List.of(new SessionDetails(registered.sessionId(), registered.sessionStartsAt(),
						registered.sessionEndsAt(), 30, NEW_LINK)));

		publishWorkshop(changed);
		publishWorkshop(changed);
		// the relay publishes at least once: a copy of the schedule after the change
		publishWorkshop(scheduled);
		// a later event of the same workshop, same partition: once it is in, the copy
		// before it has been handled
		SessionDetails added = new SessionDetails(UUID.randomUUID().toString(),
				registered.sessionStartsAt().plus(Duration.ofDays(7)),
				registered.sessionEndsAt().plus(Duration.ofDays(7)), 30, NEW_LINK);
		publishWorkshop(
				new SessionAdded(UUID.randomUUID(), workshopId, Instant.now(), SessionAdded.SCHEMA_VERSION, added));

		await().atMost(PATIENCE).until(() -> {
			Document stored = this.mongo.findById(workshopId, Document.class, "workshops");
			return stored != null && stored.get("sessions", Document.class).containsKey(added.sessionId());
		});
		assertThat(this.mongo.findById(workshopId, Document.class, "workshops").getString("title"))
			.as("the schedule's copy does not write the old title back")
			.isEqualTo("Kulturskolen i fremtidens kommune");
		Document stored = this.mongo.findById(workshopId, Document.class, "workshops");
		Document session = stored.get("sessions", Document.class).get(registered.sessionId(), Document.class);
		assertThat(session.getString("meetingUrl")).isEqualTo(NEW_LINK);
		assertThat(session.getDate("startsAt").toInstant()).isEqualTo(registered.sessionStartsAt());
		assertThat(stored.get("revision", Number.class).intValue()).isZero();
		assertThat(stored.getBoolean("cancelled")).isFalse();
		ParticipantRegistered delegate = new ParticipantRegistered(UUID.randomUUID(), registered.delegationId(),
				workshopId, Instant.now(), 1, UUID.randomUUID().toString(), registered.sessionId(), "1804",
				"Ola Nordmann", "delegat-" + UUID.randomUUID().toString().substring(0, 8) + "@bodo.kommune.example",
				"Lærer", RoleCategory.KULTURSKOLE);

		register(registered, List.of(delegate));

		await().atMost(PATIENCE).until(() -> Mailbox.messagesTo(delegate.email()).size() == 1);
		MimeMessage confirmation = Mailbox.messagesTo(delegate.email()).get(0);
		assertThat(confirmation.getSubject()).isEqualTo("Du er påmeldt: Kulturskolen i fremtidens kommune");
		VEvent entry = eventIn(confirmation);
		assertThat(entry.getProperty(Property.URL).map(Property::getValue)).hasValue(NEW_LINK);
		assertThat(entry.getProperty(Property.SUMMARY).map(Property::getValue))
			.hasValue("Kulturskolen i fremtidens kommune");
	}

	@Test
	void delegatesAreToldOfANewMeetingLinkOnceAndOnlyConfirmedOnesGetTheLinkAndAnUpdatedInvitation() throws Exception {
		String workshopId = UUID.randomUUID().toString();
		DelegationRegistered confirmed = aDelegationRegistered(workshopId, SeatStatus.CONFIRMED);
		DelegationRegistered waitlisted = aDelegationRegistered(workshopId, SeatStatus.WAITLISTED);
		DelegationRegistered cancelled = aDelegationRegistered(workshopId, SeatStatus.CONFIRMED);
		String sessionId = confirmed.sessionId();
		SessionDetails oldSession = new SessionDetails(sessionId, confirmed.sessionStartsAt(),
				confirmed.sessionEndsAt(), 30, OLD_LINK);
		SessionDetails newSession = new SessionDetails(sessionId, confirmed.sessionStartsAt(),
				confirmed.sessionEndsAt(), 30, NEW_LINK);
		publishWorkshop(new WorkshopScheduled(UUID.randomUUID(), workshopId, Instant.now(), 1, TITLE, "Beskrivelse",
				"Program", WorkshopFormat.ONLINE, null, "nb", Instant.parse("2027-02-01T12:00:00Z"), 2, 6, true,
				List.of(oldSession)));
		await().atMost(PATIENCE).until(() -> this.mongo.findById(workshopId, Document.class, "workshops") != null);
		ParticipantRegistered ola = delegate(confirmed, "Ola");
		ParticipantRegistered kari = delegate(waitlisted, "Kari");
		ParticipantRegistered per = delegate(cancelled, "Per");
		register(confirmed, List.of(ola));
		register(waitlisted, List.of(kari));
		register(cancelled, List.of(per));
		await().atMost(PATIENCE).until(() -> Mailbox.messagesTo(ola.email()).size() == 1);
		await().atMost(PATIENCE).until(() -> Mailbox.messagesTo(kari.email()).size() == 1);
		await().atMost(PATIENCE).until(() -> Mailbox.messagesTo(per.email()).size() == 1);
		VEvent first = eventIn(Mailbox.messagesTo(ola.email()).get(0));
		publishRegistration(new DelegationCancelled(UUID.randomUUID(), cancelled.delegationId(), workshopId,
				Instant.now(), 1, sessionId, SeatStatus.CONFIRMED, 2, null));
		await().atMost(PATIENCE).until(() -> Mailbox.messagesTo(per.email()).size() == 2);
		WorkshopDetailsChanged newLink = detailsChanged(workshopId, TITLE, "Beskrivelse", newSession);

		publishWorkshop(newLink);
		publishWorkshop(newLink);
		publishWorkshop(detailsChanged(workshopId, TITLE, "En helt ny beskrivelse", newSession));
		publishWorkshop(
				detailsChanged(workshopId, "Kulturskolen i fremtidens kommune", "En helt ny beskrivelse", newSession));

		// the renaming comes last on the partition: once it has arrived, the redelivery
		// and the description-only change have been handled without a mail
		await().atMost(PATIENCE).until(() -> Mailbox.messagesTo(ola.email()).size() == 3);
		await().atMost(PATIENCE).until(() -> Mailbox.messagesTo(kari.email()).size() == 3);
		MimeMessage linkNotice = Mailbox.messagesTo(ola.email()).get(1);
		assertThat(linkNotice.getSubject()).isEqualTo("Endret: " + TITLE);
		assertThat(Mailbox.text(linkNotice)).startsWith("Hei Ola,")
			.contains("er endret")
			.contains("Ny møtelenke:")
			.contains(NEW_LINK)
			.doesNotContain("Ny tittel");
		assertThat(Mailbox.html(linkNotice)).contains(NEW_LINK);
		VEvent updated = eventIn(linkNotice);
		assertThat(value(updated, Property.UID)).isEqualTo(value(first, Property.UID));
		assertThat(Integer.parseInt(value(updated, Property.SEQUENCE)))
			.isGreaterThan(Integer.parseInt(value(first, Property.SEQUENCE)));
		assertThat(value(updated, Property.URL)).isEqualTo(NEW_LINK);
		MimeMessage renamed = Mailbox.messagesTo(ola.email()).get(2);
		assertThat(renamed.getSubject()).isEqualTo("Endret: Kulturskolen i fremtidens kommune");
		assertThat(Mailbox.text(renamed)).contains("Ny tittel").contains(TITLE).doesNotContain("Ny møtelenke");
		VEvent renamedEntry = eventIn(renamed);
		assertThat(Integer.parseInt(value(renamedEntry, Property.SEQUENCE)))
			.isGreaterThan(Integer.parseInt(value(updated, Property.SEQUENCE)));
		assertThat(value(renamedEntry, Property.SUMMARY)).isEqualTo("Kulturskolen i fremtidens kommune");

		MimeMessage waitlistedNotice = Mailbox.messagesTo(kari.email()).get(1);
		assertThat(waitlistedNotice.getSubject()).isEqualTo("Endret: " + TITLE);
		assertThat(Mailbox.text(waitlistedNotice)).contains("Møtelenken er endret")
			.contains("står fortsatt på venteliste")
			.doesNotContain(NEW_LINK)
			.doesNotContain(OLD_LINK);
		assertThat(Mailbox.html(waitlistedNotice)).doesNotContain(NEW_LINK).doesNotContain(OLD_LINK);
		assertThat(calendarParts(waitlistedNotice)).isZero();
		assertThat(Mailbox.messagesTo(per.email())).hasSize(2);
		assertThat(Mailbox.messagesTo(ola.email())).hasSize(3);
		assertThat(Mailbox.messagesTo(kari.email())).hasSize(3);
	}

	private static WorkshopDetailsChanged detailsChanged(String workshopId, String title, String description,
			SessionDetails session) {
		return new WorkshopDetailsChanged(UUID.randomUUID(), workshopId, Instant.now(),
				WorkshopDetailsChanged.SCHEMA_VERSION, title, description, List.of("KS"), null, true,
				WorkshopFormat.ONLINE, null, "nb", List.of(session));
	}

	private static ParticipantRegistered delegate(DelegationRegistered registered, String name) {
		return new ParticipantRegistered(UUID.randomUUID(), registered.delegationId(), registered.workshopId(),
				Instant.now(), 1, UUID.randomUUID().toString(), registered.sessionId(), "1804", name,
				name.toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8) + "@bodo.kommune.example",
				"Lærer", RoleCategory.KULTURSKOLE);
	}

	private static int calendarParts(MimeMessage mail) throws Exception {
		Multipart multipart = (Multipart) mail.getContent();
		int count = 0;
		for (int i = 0; i < multipart.getCount(); i++) {
			if (multipart.getBodyPart(i).getContentType().startsWith("text/calendar")) {
				count++;
			}
		}
		return count;
	}

	private static String value(VEvent event, String property) {
		return event.getProperty(property).map(Property::getValue).orElse(null);
	}

	private static VEvent eventIn(MimeMessage mail) throws Exception {
		Multipart multipart = (Multipart) mail.getContent();
		for (int i = 0; i < multipart.getCount(); i++) {
			BodyPart part = multipart.getBodyPart(i);
			if (part.getContentType().startsWith("text/calendar")) {
				try (InputStream in = part.getInputStream()) {
					Calendar calendar = new CalendarBuilder().build(in);
					return calendar.<VEvent>getComponent(Component.VEVENT).orElseThrow();
				}
			}
		}
		throw new AssertionError("No calendar attachment");
	}

}
