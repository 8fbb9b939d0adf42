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
import no.ks.kulturskole.contracts.registration.DelegationRegistered;
import no.ks.kulturskole.contracts.registration.ParticipantRegistered;
import no.ks.kulturskole.contracts.registration.RoleCategory;
import no.ks.kulturskole.contracts.registration.SeatStatus;
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
 * after them carry the new title and meeting link.
 */
class WorkshopDetailsMailIntegrationTests extends NotificationServiceIntegrationTest {

	private static final Duration PATIENCE = Duration.ofSeconds(30);

	private static final String OLD_LINK = "https://meet.example/kulturskole-gammel";

	private static final String NEW_LINK = "https://meet.example/kulturskole-ny";

	@Autowired
	MongoTemplate mongo;

	@Test
	void aDelegateRegisteredAfterNewDetailsGetsTheNewTitleAndMeetingLinkAndARedeliveryChangesNothing()
			throws Exception {
		String workshopId = UUID.randomUUID().toString();
		DelegationRegistered registered = aDelegationRegistered(workshopId, SeatStatus.CONFIRMED);
		publishWorkshop(new WorkshopScheduled(UUID.randomUUID(), workshopId, Instant.now(), 1,
				"Kulturskolen som lokalt ressurssenter", "Beskrivelse", "Program", WorkshopFormat.ONLINE, null, "nb",
				Instant.parse("2027-02-01T12:00:00Z"), 2, 6, true, List.of(new SessionDetails(registered.sessionId(),
						registered.sessionStartsAt(), registered.sessionEndsAt(), 30, OLD_LINK))));
		WorkshopDetailsChanged changed = new WorkshopDetailsChanged(UUID.randomUUID(), workshopId, Instant.now(),
				WorkshopDetailsChanged.SCHEMA_VERSION, "Kulturskolen i fremtidens kommune", "Ny beskrivelse",
				List.of("KS"), null, true, WorkshopFormat.ONLINE, null, "nb",
				List.of(new SessionDetails(registered.sessionId(), registered.sessionStartsAt(),
						registered.sessionEndsAt(), 30, NEW_LINK)));

		publishWorkshop(changed);
		publishWorkshop(changed);

		await().atMost(PATIENCE).until(() -> {
			Document stored = this.mongo.findById(workshopId, Document.class, "workshops");
			return stored != null && "Kulturskolen i fremtidens kommune".equals(stored.getString("title"));
		});
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
