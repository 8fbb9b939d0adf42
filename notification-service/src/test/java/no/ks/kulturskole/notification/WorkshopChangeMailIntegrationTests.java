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
import no.ks.kulturskole.contracts.Topics;
import no.ks.kulturskole.contracts.registration.DelegationRegistered;
import no.ks.kulturskole.contracts.registration.ParticipantRegistered;
import no.ks.kulturskole.contracts.registration.RoleCategory;
import no.ks.kulturskole.contracts.registration.SeatStatus;
import no.ks.kulturskole.contracts.workshop.SessionDetails;
import no.ks.kulturskole.contracts.workshop.WorkshopCancelled;
import no.ks.kulturskole.contracts.workshop.WorkshopEvent;
import no.ks.kulturskole.contracts.workshop.WorkshopFormat;
import no.ks.kulturskole.contracts.workshop.WorkshopRescheduled;
import no.ks.kulturskole.contracts.workshop.WorkshopScheduled;
import org.bson.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A delegate's calendar follows the workshop: the meeting link from workshop.events, an
 * update with a higher SEQUENCE on reschedule, METHOD:CANCEL on cancellation, all under
 * the same UID.
 */
class WorkshopChangeMailIntegrationTests extends NotificationServiceIntegrationTest {

	private static final Duration PATIENCE = Duration.ofSeconds(30);

	private static final String MEETING_URL = "https://meet.example/kulturskole-123";

	@Autowired
	MongoTemplate mongo;

	@Test
	void aDelegatesCalendarEntryIsUpdatedOnRescheduleAndRemovedOnCancellation() throws Exception {
		String workshopId = UUID.randomUUID().toString();
		DelegationRegistered registered = aDelegationRegistered(workshopId, SeatStatus.CONFIRMED);
		String sessionId = registered.sessionId();
		publishWorkshop(new WorkshopScheduled(UUID.randomUUID(), workshopId, Instant.now(), 1,
				"Kulturskolen som lokalt ressurssenter", "Beskrivelse", "Program", WorkshopFormat.ONLINE, null, "nb",
				Instant.parse("2027-02-01T12:00:00Z"), 2, 6, true, List.of(new SessionDetails(sessionId,
						registered.sessionStartsAt(), registered.sessionEndsAt(), 30, MEETING_URL))));
		await().atMost(PATIENCE).until(() -> this.mongo.findById(workshopId, Document.class, "workshops") != null);
		ParticipantRegistered delegate = new ParticipantRegistered(UUID.randomUUID(), registered.delegationId(),
				workshopId, Instant.now(), 1, UUID.randomUUID().toString(), sessionId, "1804", "Ola Nordmann",
				"delegat-" + UUID.randomUUID().toString().substring(0, 8) + "@bodo.kommune.example", "Lærer",
				RoleCategory.KULTURSKOLE);

		register(registered, List.of(delegate));

		await().atMost(PATIENCE).until(() -> Mailbox.messagesTo(delegate.email()).size() == 1);
		VEvent confirmed = eventIn(Mailbox.messagesTo(delegate.email()).get(0), "REQUEST");
		assertThat(value(confirmed, Property.URL)).isEqualTo(MEETING_URL);
		assertThat(value(confirmed, Property.SEQUENCE)).isEqualTo("0");
		String uid = value(confirmed, Property.UID);

		WorkshopRescheduled rescheduled = new WorkshopRescheduled(UUID.randomUUID(), workshopId, Instant.now(), 1, 2,
				Instant.parse("2027-02-08T12:00:00Z"), List.of(new SessionDetails(sessionId,
						Instant.parse("2027-03-17T08:00:00Z"), Instant.parse("2027-03-17T10:30:00Z"), 30, MEETING_URL)),
				"Kollisjon med nasjonal konferanse");
		publishWorkshop(rescheduled);
		publishWorkshop(rescheduled);

		await().atMost(PATIENCE).until(() -> Mailbox.messagesTo(delegate.email()).size() == 2);
		MimeMessage update = Mailbox.messagesTo(delegate.email()).get(1);
		assertThat(update.getSubject()).isEqualTo("Nytt tidspunkt: Kulturskolen som lokalt ressurssenter");
		assertThat(Mailbox.text(update)).startsWith("Hei Ola Nordmann,")
			.contains("onsdag 17. mars 2027 kl. 09:00\u201311:30")
			.contains("Kollisjon med nasjonal konferanse");
		VEvent moved = eventIn(update, "REQUEST");
		assertThat(value(moved, Property.UID)).isEqualTo(uid);
		assertThat(value(moved, Property.SEQUENCE)).isEqualTo("2");
		assertThat(value(moved, Property.DTSTART)).isEqualTo("20270317T090000");

		publishWorkshop(new WorkshopCancelled(UUID.randomUUID(), workshopId, Instant.now(), 1, "For få påmeldte"));

		await().atMost(PATIENCE).until(() -> Mailbox.messagesTo(delegate.email()).size() == 3);
		MimeMessage cancellation = Mailbox.messagesTo(delegate.email()).get(2);
		assertThat(cancellation.getSubject()).isEqualTo("Avlyst: Kulturskolen som lokalt ressurssenter");
		assertThat(Mailbox.text(cancellation)).contains("er dessverre avlyst").contains("For få påmeldte");
		VEvent cancelled = eventIn(cancellation, "CANCEL");
		assertThat(value(cancelled, Property.UID)).isEqualTo(uid);
		assertThat(value(cancelled, Property.SEQUENCE)).isEqualTo("3");
		assertThat(cancelled.getProperty(Property.URL)).isEmpty();
		// the coordinator's confirmation, and the delegate's three: the duplicate
		// reschedule sent nothing
		assertThat(Mailbox.messagesTo(delegate.email())).hasSize(3);
	}

	@Test
	void aDelegationThatChoseNoLanguageIsWrittenToInTheWorkshopsLanguage() throws Exception {
		String workshopId = UUID.randomUUID().toString();
		DelegationRegistered template = aDelegationRegistered(workshopId, SeatStatus.CONFIRMED);
		DelegationRegistered registered = new DelegationRegistered(template.eventId(), template.delegationId(),
				workshopId, template.occurredAt(), 1, template.sessionId(), SeatStatus.CONFIRMED,
				template.organisation(), template.coordinator(), 1, template.workshopTitle(),
				template.sessionStartsAt(), template.sessionEndsAt(), null);
		publishWorkshop(new WorkshopScheduled(UUID.randomUUID(), workshopId, Instant.now(), 1,
				"Kulturskolen som lokalt ressurssenter", "Description", "Programme", WorkshopFormat.ONLINE, null, "en",
				Instant.parse("2027-02-01T12:00:00Z"), 1, null, false,
				List.of(new SessionDetails(registered.sessionId(), registered.sessionStartsAt(),
						registered.sessionEndsAt(), 30, MEETING_URL))));
		await().atMost(PATIENCE).until(() -> this.mongo.findById(workshopId, Document.class, "workshops") != null);
		ParticipantRegistered delegate = new ParticipantRegistered(UUID.randomUUID(), registered.delegationId(),
				workshopId, registered.occurredAt(), 1, UUID.randomUUID().toString(), registered.sessionId(), "1804",
				"Ola Nordmann", "delegat-" + UUID.randomUUID().toString().substring(0, 8) + "@bodo.kommune.example",
				"Teacher", RoleCategory.KULTURSKOLE);

		register(registered, List.of(delegate));

		await().atMost(PATIENCE).until(() -> Mailbox.messagesTo(delegate.email()).size() == 1);
		await().atMost(PATIENCE).until(() -> Mailbox.messagesTo(registered.coordinator().email()).size() == 1);
		assertThat(Mailbox.messagesTo(delegate.email()).get(0).getSubject())
			.isEqualTo("You are registered: Kulturskolen som lokalt ressurssenter");
		assertThat(Mailbox.messagesTo(registered.coordinator().email()).get(0).getSubject())
			.isEqualTo("Registration received: Kulturskolen som lokalt ressurssenter");
	}

	private static VEvent eventIn(MimeMessage mail, String method) throws Exception {
		Multipart multipart = (Multipart) mail.getContent();
		for (int i = 0; i < multipart.getCount(); i++) {
			BodyPart part = multipart.getBodyPart(i);
			if (part.getContentType().startsWith("text/calendar")) {
				assertThat(part.getContentType()).contains("method=" + method);
				try (InputStream in = part.getInputStream()) {
					Calendar calendar = new CalendarBuilder().build(in);
					assertThat(calendar.getProperty(Property.METHOD).map(Property::getValue)).hasValue(method);
					return calendar.<VEvent>getComponent(Component.VEVENT).orElseThrow();
				}
			}
		}
		throw new AssertionError("No calendar attachment");
	}

	private static String value(VEvent event, String property) {
		return event.getProperty(property).map(Property::getValue).orElse(null);
	}

}
