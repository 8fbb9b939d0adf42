package no.ks.kulturskole.notification;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.mail.internet.MimeMessage;
import no.ks.kulturskole.contracts.Topics;
import no.ks.kulturskole.contracts.registration.Contact;
import no.ks.kulturskole.contracts.registration.DelegationRegistered;
import no.ks.kulturskole.contracts.registration.Organisation;
import no.ks.kulturskole.contracts.registration.ParticipantRegistered;
import no.ks.kulturskole.contracts.registration.PilotApplicationDeclined;
import no.ks.kulturskole.contracts.registration.PilotApplicationSubmitted;
import no.ks.kulturskole.contracts.registration.PilotEvent;
import no.ks.kulturskole.contracts.registration.PilotMunicipalitySelected;
import no.ks.kulturskole.contracts.registration.RoleCategory;
import no.ks.kulturskole.contracts.registration.SeatStatus;
import no.ks.kulturskole.notification.mail.application.MailLog;
import no.ks.kulturskole.notification.mail.model.MailKind;
import no.ks.kulturskole.notification.mail.model.MailLogEntry;
import no.ks.kulturskole.notification.mail.model.MailStatus;
import no.ks.kulturskole.testsupport.TestInfrastructure;
import no.ks.kulturskole.testsupport.TopicProbe;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class PilotAndFailureMailIntegrationTests extends NotificationServiceIntegrationTest {

	private static final Duration PATIENCE = Duration.ofSeconds(30);

	@Autowired
	MailLog mailLog;

	@Test
	void theContactOfASelectedMunicipalityIsToldSo() throws Exception {
		String applicationId = UUID.randomUUID().toString();
		String contact = "kontakt-" + applicationId.substring(0, 8) + "@bodo.kommune.example";
		publishPilot(new PilotApplicationSubmitted(UUID.randomUUID(), applicationId, Instant.now(), 1,
				new Organisation("1804", "Bodø", "18", "Nordland"), new Contact("Kari Nordmann", contact, null),
				"Vi vil utvikle kulturskolen som ressurssenter", true));
		PilotMunicipalitySelected selected = new PilotMunicipalitySelected(UUID.randomUUID(), applicationId,
				Instant.now(), 1, "1804");
		publishPilot(selected);
		publishPilot(selected);

		await().atMost(PATIENCE).until(() -> Mailbox.messagesTo(contact).size() == 1);
		MimeMessage mail = Mailbox.messagesTo(contact).get(0);
		assertThat(mail.getSubject()).isEqualTo("Valgt til piloten Kulturskole 3.0");
		assertThat(Mailbox.text(mail)).startsWith("Hei Kari Nordmann,")
			.contains("søknaden fra Bodø")
			.contains("kommunen er valgt ut til piloten");
		assertThat(this.mailLog.find("pilot-kulturskole-3.0", applicationId, 10)).singleElement().satisfies((entry) -> {
			assertThat(entry.kind()).isEqualTo(MailKind.PILOT_SELECTED);
			assertThat(entry.template()).startsWith("pilot-decision/nb@");
		});
	}

	@Test
	void theContactOfADeclinedApplicationGetsTheReason() throws Exception {
		String applicationId = UUID.randomUUID().toString();
		String contact = "kontakt-" + applicationId.substring(0, 8) + "@tromso.kommune.example";
		publishPilot(new PilotApplicationSubmitted(UUID.randomUUID(), applicationId, Instant.now(), 1,
				new Organisation("5501", "Tromsø", "55", "Troms"), new Contact("Per Olsen", contact, null),
				"Motivasjon", false));
		publishPilot(new PilotApplicationDeclined(UUID.randomUUID(), applicationId, Instant.now(), 1, "5501",
				"Vi har valgt kommuner med spredning over regionene"));

		await().atMost(PATIENCE).until(() -> Mailbox.messagesTo(contact).size() == 1);
		MimeMessage mail = Mailbox.messagesTo(contact).get(0);
		assertThat(mail.getSubject()).isEqualTo("Svar på søknaden til piloten Kulturskole 3.0");
		assertThat(Mailbox.text(mail)).contains("ikke plass til kommunen i piloten")
			.contains("Begrunnelse: Vi har valgt kommuner med spredning over regionene");
	}

	@Test
	void anAddressThatCanNeverWorkIsRecordedAsFailedAndPublishedAsNotificationFailed() {
		DelegationRegistered registered = aDelegationRegistered(SeatStatus.CONFIRMED);
		ParticipantRegistered broken = new ParticipantRegistered(UUID.randomUUID(), registered.delegationId(),
				registered.workshopId(), registered.occurredAt(), 1, UUID.randomUUID().toString(),
				registered.sessionId(), "1804", "Ola Nordmann", "ola nordmann@@bodo", "Lærer",
				RoleCategory.KULTURSKOLE);

		try (TopicProbe probe = new TopicProbe(TestInfrastructure.kafka().getBrokersAsString(),
				Topics.NOTIFICATION_EVENTS)) {
			register(registered, List.of(broken));

			await().atMost(PATIENCE)
				.untilAsserted(() -> assertThat(delegateMail(registered)).hasValueSatisfying((entry) -> {
					assertThat(entry.status()).isEqualTo(MailStatus.FAILED);
					assertThat(entry.attempts()).isEqualTo(1);
					assertThat(entry.lastError()).doesNotContain("nordmann");
				}));
			await().atMost(PATIENCE)
				.untilAsserted(() -> assertThat(probe.recordsOfType("NotificationFailed"))
					.filteredOn((record) -> record.value().contains(registered.delegationId()))
					.singleElement()
					.satisfies((record) -> assertThat(record.value()).contains("\"kind\":\"DELEGATE_CONFIRMATION\"")
						.contains("\"template\":\"delegate-confirmation/nb@")
						.doesNotContain("@@bodo")));
		}
		// the coordinator's mail is not held up by it
		await().atMost(PATIENCE).until(() -> Mailbox.messagesTo(registered.coordinator().email()).size() == 1);
	}

	private Optional<MailLogEntry> delegateMail(DelegationRegistered registered) {
		return this.mailLog.find(null, registered.delegationId(), 10)
			.stream()
			.filter((entry) -> entry.kind() == MailKind.DELEGATE_CONFIRMATION)
			.findFirst();
	}

	private void publishPilot(PilotEvent event) {
		RegistrationEventsTopic.publish(event.applicationId(), event.getClass().getSimpleName(),
				event.eventId().toString(), aCorrelationId(), this.json.writeValueAsBytes(event));
	}

}
