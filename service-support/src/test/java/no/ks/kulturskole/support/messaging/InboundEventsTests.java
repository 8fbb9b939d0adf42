package no.ks.kulturskole.support.messaging;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import no.ks.kulturskole.contracts.DomainEvent;
import no.ks.kulturskole.contracts.notification.NotificationEvent;
import no.ks.kulturskole.contracts.notification.NotificationSent;
import no.ks.kulturskole.contracts.registration.ParticipantRemoved;
import no.ks.kulturskole.contracts.registration.RegistrationEvent;
import no.ks.kulturskole.support.correlation.CorrelationId;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;

import static org.assertj.core.api.Assertions.assertThat;

class InboundEventsTests {

	private final JsonMapper json = JsonMapper.builder().findAndAddModules().build();

	private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

	private final InboundEvents inbound = new InboundEvents(this.json, this.meters);

	private final List<DomainEvent> handled = new ArrayList<>();

	@Test
	void anEventIsReadAsItsTopicTypeWithItsCorrelationIdInTheLogContext() {
		NotificationSent sent = new NotificationSent(UUID.randomUUID(), "n-1", "w-1", "d-1",
				Instant.parse("2027-01-01T10:00:00Z"), 1, "DELEGATION_CONFIRMATION", "t@1");
		List<String> correlationIds = new ArrayList<>();

		this.inbound.handle(message(this.json.writeValueAsBytes(sent), "ce-type", "NotificationSent"),
				NotificationEvent.class, event -> {
					this.handled.add(event);
					correlationIds.add(CorrelationId.current().orElse(null));
				});

		assertThat(this.handled).containsExactly(sent);
		assertThat(correlationIds).containsExactly("corr-12345678");
		assertThat(CorrelationId.current()).isEmpty();
		assertThat(this.meters.get("platform.events.handled").tag("type", "NotificationSent").timer().count())
			.isEqualTo(1);
	}

	@Test
	void anEventGroupedUnderASealedSubInterfaceOfItsTopicIsHandled() {
		ParticipantRemoved removed = new ParticipantRemoved(UUID.randomUUID(), "d-1", "w-1",
				Instant.parse("2027-01-01T10:00:00Z"), 1, "p-1", "s-1");

		this.inbound.handle(message(this.json.writeValueAsBytes(removed), "ce_type", "ParticipantRemoved"),
				RegistrationEvent.class, this.handled::add);

		assertThat(this.handled).containsExactly(removed);
	}

	@Test
	void anEventTypeThisServiceDoesNotKnowIsSkippedInsteadOfFailing() {
		byte[] payload = "{\"type\":\"NotificationBounced\",\"eventId\":\"x\"}".getBytes(StandardCharsets.UTF_8);

		this.inbound.handle(message(payload, "ce_type", "NotificationBounced"), NotificationEvent.class,
				this.handled::add);

		assertThat(this.handled).isEmpty();
		assertThat(this.meters.get("platform.events.skipped").tag("type", "NotificationBounced").counter().count())
			.isEqualTo(1);
	}

	private static Message<byte[]> message(byte[] payload, String typeHeader, String type) {
		return MessageBuilder.withPayload(payload)
			.setHeader(typeHeader, type.getBytes(StandardCharsets.UTF_8))
			.setHeader("correlation_id", "corr-12345678".getBytes(StandardCharsets.UTF_8))
			.build();
	}

}
