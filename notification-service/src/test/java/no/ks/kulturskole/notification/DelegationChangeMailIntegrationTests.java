package no.ks.kulturskole.notification;

import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import no.ks.kulturskole.contracts.registration.DelegationCancelled;
import no.ks.kulturskole.contracts.registration.DelegationPromoted;
import no.ks.kulturskole.contracts.registration.DelegationRegistered;
import no.ks.kulturskole.contracts.registration.ParticipantRegistered;
import no.ks.kulturskole.contracts.registration.ParticipantReplaced;
import no.ks.kulturskole.contracts.registration.RegistrationEvent;
import no.ks.kulturskole.contracts.registration.RoleCategory;
import no.ks.kulturskole.contracts.registration.SeatStatus;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The delegates concerned hear of every change to their delegation. */
class DelegationChangeMailIntegrationTests extends NotificationServiceIntegrationTest {

	private static final Duration PATIENCE = Duration.ofSeconds(30);

	@Test
	void whenAWaitlistedDelegationIsPromotedEveryDelegateGetsSeatAndInvitation() throws Exception {
		DelegationRegistered registered = aDelegationRegistered(SeatStatus.WAITLISTED);
		ParticipantRegistered delegate = aDelegate(registered, "Ola Nordmann");
		register(registered, List.of(delegate));
		await().atMost(PATIENCE).until(() -> Mailbox.messagesTo(delegate.email()).size() == 1);
		assertThat(calendarMethods(Mailbox.messagesTo(delegate.email()).get(0))).isEmpty();

		DelegationPromoted promoted = new DelegationPromoted(UUID.randomUUID(), registered.delegationId(),
				registered.workshopId(), Instant.now(), 1, registered.sessionId(), 1);
		publishEvent(promoted);
		publishEvent(promoted);

		await().atMost(PATIENCE).until(() -> Mailbox.messagesTo(delegate.email()).size() == 2);
		MimeMessage mail = Mailbox.messagesTo(delegate.email()).get(1);
		assertThat(mail.getSubject()).isEqualTo("Plass til dere: Kulturskolen som lokalt ressurssenter");
		assertThat(Mailbox.text(mail)).startsWith("Hei Ola Nordmann,").contains("Plassen din er nå bekreftet");
		assertThat(calendarMethods(mail)).containsExactly("REQUEST");
		assertThat(Mailbox.messagesTo(delegate.email())).hasSize(2);
	}

	@Test
	void whenAConfirmedDelegationIsCancelledEveryDelegateLosesTheCalendarEntry() throws Exception {
		DelegationRegistered registered = aDelegationRegistered(SeatStatus.CONFIRMED);
		ParticipantRegistered first = aDelegate(registered, "Ola Nordmann");
		ParticipantRegistered second = aDelegate(registered, "Eva Hansen");
		register(registered, List.of(first, second));
		await().atMost(PATIENCE).until(() -> Mailbox.messagesTo(second.email()).size() == 1);

		publishEvent(new DelegationCancelled(UUID.randomUUID(), registered.delegationId(), registered.workshopId(),
				Instant.now(), 1, registered.sessionId(), SeatStatus.CONFIRMED, 2, "Kommunen har endret planer"));

		for (ParticipantRegistered delegate : List.of(first, second)) {
			await().atMost(PATIENCE).until(() -> Mailbox.messagesTo(delegate.email()).size() == 2);
			MimeMessage mail = Mailbox.messagesTo(delegate.email()).get(1);
			assertThat(mail.getSubject()).isEqualTo("Påmelding avmeldt: Kulturskolen som lokalt ressurssenter");
			assertThat(Mailbox.text(mail)).contains("Kommunen har endret planer");
			assertThat(calendarMethods(mail)).containsExactly("CANCEL");
		}
	}

	@Test
	void aReplacedDelegateIsToldAndTheNewcomerGetsTheirOwnConfirmation() throws Exception {
		DelegationRegistered registered = aDelegationRegistered(SeatStatus.CONFIRMED);
		ParticipantRegistered leaving = aDelegate(registered, "Ola Nordmann");
		register(registered, List.of(leaving));
		await().atMost(PATIENCE).until(() -> Mailbox.messagesTo(leaving.email()).size() == 1);

		String newcomerEmail = replacedByEvaHansen(registered, leaving);

		await().atMost(PATIENCE).until(() -> Mailbox.messagesTo(leaving.email()).size() == 2);
		MimeMessage goodbye = Mailbox.messagesTo(leaving.email()).get(1);
		assertThat(goodbye.getSubject()).isEqualTo("Du er ikke lenger påmeldt: Kulturskolen som lokalt ressurssenter");
		assertThat(calendarMethods(goodbye)).containsExactly("CANCEL");
		await().atMost(PATIENCE).until(() -> Mailbox.messagesTo(newcomerEmail).size() == 1);
		MimeMessage welcome = Mailbox.messagesTo(newcomerEmail).get(0);
		assertThat(welcome.getSubject())
			.isEqualTo("Du er lagt til i delegasjonen: Kulturskolen som lokalt ressurssenter");
		assertThat(Mailbox.text(welcome)).startsWith("Hei Eva Hansen,").contains("Din rolle: Rektor");
		assertThat(calendarMethods(welcome)).containsExactly("REQUEST");
	}

	/**
	 * The inbox (issue 18): the relay republishes the replaced delegate's registration
	 * after the replacement; remembered by its id, it does not bring them back, so the
	 * cancellation goes to the newcomer only.
	 */
	@Test
	void aRegistrationRepublishedAfterTheReplacementDoesNotBringTheDelegateBack() throws Exception {
		DelegationRegistered registered = aDelegationRegistered(SeatStatus.CONFIRMED);
		ParticipantRegistered leaving = aDelegate(registered, "Ola Nordmann");
		register(registered, List.of(leaving));
		await().atMost(PATIENCE).until(() -> Mailbox.messagesTo(leaving.email()).size() == 1);
		String newcomerEmail = replacedByEvaHansen(registered, leaving);
		await().atMost(PATIENCE).until(() -> Mailbox.messagesTo(newcomerEmail).size() == 1);
		await().atMost(PATIENCE).until(() -> Mailbox.messagesTo(leaving.email()).size() == 2);

		publishEvent(leaving);
		publishEvent(new DelegationCancelled(UUID.randomUUID(), registered.delegationId(), registered.workshopId(),
				Instant.now(), 1, registered.sessionId(), SeatStatus.CONFIRMED, 1, "Kommunen har endret planer"));

		await().atMost(PATIENCE).until(() -> Mailbox.messagesTo(newcomerEmail).size() == 2);
		assertThat(Mailbox.messagesTo(newcomerEmail).get(1).getSubject())
			.isEqualTo("Påmelding avmeldt: Kulturskolen som lokalt ressurssenter");
		// the confirmation and the goodbye, nothing after (the senders work in parallel:
		// a cancellation to them would follow the newcomer's closely)
		await().during(Duration.ofSeconds(2))
			.atMost(PATIENCE)
			.until(() -> Mailbox.messagesTo(leaving.email()).size() == 2);
	}

	/** Publishes the replacement of {@code leaving}; the newcomer's address. */
	private String replacedByEvaHansen(DelegationRegistered registered, ParticipantRegistered leaving) {
		String newcomerEmail = "ny-" + UUID.randomUUID().toString().substring(0, 8) + "@bodo.kommune.example";
		publishEvent(new ParticipantReplaced(UUID.randomUUID(), registered.delegationId(), registered.workshopId(),
				Instant.now(), 1, leaving.participantId(), UUID.randomUUID().toString(), registered.sessionId(), "1804",
				"Eva Hansen", newcomerEmail, "Rektor", RoleCategory.KULTURSKOLE));
		return newcomerEmail;
	}

	private static ParticipantRegistered aDelegate(DelegationRegistered registered, String name) {
		return new ParticipantRegistered(UUID.randomUUID(), registered.delegationId(), registered.workshopId(),
				Instant.now(), 1, UUID.randomUUID().toString(), registered.sessionId(), "1804", name,
				"delegat-" + UUID.randomUUID().toString().substring(0, 8) + "@bodo.kommune.example", "Lærer",
				RoleCategory.KULTURSKOLE);
	}

	private void publishEvent(RegistrationEvent event) {
		String workshopId = switch (event) {
			case ParticipantRegistered e -> e.workshopId();
			case DelegationPromoted e -> e.workshopId();
			case DelegationCancelled e -> e.workshopId();
			case ParticipantReplaced e -> e.workshopId();
			default -> throw new IllegalArgumentException(event.getClass().getSimpleName());
		};
		RegistrationEventsTopic.publish(workshopId, event.getClass().getSimpleName(), event.eventId().toString(),
				aCorrelationId(), this.json.writeValueAsBytes(event));
	}

	/** The METHOD of each calendar attachment, read with ical4j. */
	private static List<String> calendarMethods(MimeMessage mail) throws Exception {
		List<String> methods = new ArrayList<>();
		Multipart multipart = (Multipart) mail.getContent();
		for (int i = 0; i < multipart.getCount(); i++) {
			BodyPart part = multipart.getBodyPart(i);
			if (part.getContentType().startsWith("text/calendar")) {
				try (InputStream in = part.getInputStream()) {
					Calendar calendar = new CalendarBuilder().build(in);
					methods.add(calendar.getProperty(Property.METHOD).map(Property::getValue).orElse(null));
				}
			}
		}
		return methods;
	}

}
