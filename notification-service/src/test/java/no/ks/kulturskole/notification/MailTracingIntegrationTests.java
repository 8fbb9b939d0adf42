package no.ks.kulturskole.notification;

import java.time.Duration;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import no.ks.kulturskole.contracts.Topics;
import no.ks.kulturskole.contracts.registration.DelegationRegistered;
import no.ks.kulturskole.contracts.registration.ManageLinkIssued;
import no.ks.kulturskole.contracts.registration.SeatStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The trace of the registration request (which registration-service's relay writes into
 * the records as {@code traceparent}) reaches the SMTP call: the sender thread's log line
 * for the e-mail carries the same trace id, and no address.
 */
@ExtendWith(OutputCaptureExtension.class)
class MailTracingIntegrationTests extends NotificationServiceIntegrationTest {

	@Test
	void theConfirmationIsSentInTheTraceOfTheRegistration(CapturedOutput output) {
		String traceId = hex(16);
		String traceparent = "00-" + traceId + "-" + hex(8) + "-01";
		DelegationRegistered event = aDelegationRegistered(SeatStatus.CONFIRMED);
		ManageLinkIssued link = new ManageLinkIssued(UUID.randomUUID(), event.delegationId(), event.workshopId(),
				event.occurredAt(), ManageLinkIssued.SCHEMA_VERSION,
				SEAL.seal("hemmelig-" + UUID.randomUUID(), event.delegationId()), ManageLinkIssued.Reason.REGISTERED,
				event.language());

		String correlationId = aCorrelationId();
		RegistrationEventsTopic.publishTo(Topics.REGISTRATION_EVENTS, event.workshopId(), "DelegationRegistered",
				event.eventId().toString(), correlationId, this.json.writeValueAsBytes(event), traceparent);
		RegistrationEventsTopic.publishTo(Topics.REGISTRATION_EVENTS, event.workshopId(), "ManageLinkIssued",
				link.eventId().toString(), correlationId, this.json.writeValueAsBytes(link), traceparent);

		await().atMost(Duration.ofSeconds(30)).until(() -> Mailbox.messagesTo(event.coordinator().email()).size() == 1);
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(Arrays.stream(output.getOut().split("\n"))
				.filter((line) -> line.contains("sent on attempt") && line.contains(event.workshopId())))
				.singleElement()
				.asString()
				.contains(traceId)
				.contains("mail-sender-")
				.doesNotContain(event.coordinator().email()));
	}

	private static String hex(int bytes) {
		byte[] random = new byte[bytes];
		ThreadLocalRandom.current().nextBytes(random);
		return HexFormat.of().formatHex(random);
	}

}
