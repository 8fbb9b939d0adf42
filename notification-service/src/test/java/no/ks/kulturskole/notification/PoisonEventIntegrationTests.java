package no.ks.kulturskole.notification;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.bson.Document;
import no.ks.kulturskole.support.secret.SecretSeal;
import no.ks.kulturskole.support.privacy.DataKeys;
import no.ks.kulturskole.contracts.privacy.DataKeyIssued;
import no.ks.kulturskole.contracts.Topics;
import java.time.Instant;

import no.ks.kulturskole.contracts.registration.DelegationRegistered;
import no.ks.kulturskole.contracts.registration.SeatStatus;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * DESIGN §5: a poison event goes to a dead-letter topic and does not stop the consumer.
 * The poison here is a record of a known type that cannot be read, as a bug in a producer
 * would write it.
 */
class PoisonEventIntegrationTests extends NotificationServiceIntegrationTest {

	private static final Duration PATIENCE = Duration.ofSeconds(60);

	@Test
	void anUnreadableEventIsDeadLetteredAndTheEventsBehindItInItsPartitionAreStillHandled() {
		String workshopId = UUID.randomUUID().toString();
		RegistrationEventsTopic.publish(workshopId, "DelegationRegistered", UUID.randomUUID().toString(),
				aCorrelationId(),
				"{\"type\":\"DelegationRegistered\",\"delegationId\":".getBytes(StandardCharsets.UTF_8));
		// same key, same partition: it can only be handled once the poison is out of the
		// way
		DelegationRegistered behindIt = aDelegationRegistered(workshopId, SeatStatus.CONFIRMED);
		publish(behindIt, aCorrelationId());

		await().atMost(PATIENCE).until(() -> Mailbox.messagesTo(behindIt.coordinator().email()).size() == 1);
		assertThat(RegistrationEventsTopic.deadLetterKeys()).containsOnlyOnce(workshopId);
	}

	@Test
	void anUnreadableDataKeyIsDeadLetteredAndTheKeysOfItsPollAreStillApplied(@Autowired MongoTemplate mongo) {
		String ownerId = UUID.randomUUID().toString();
		RegistrationEventsTopic.publishTo(Topics.PRIVACY_KEYS, ownerId, "DataKeyIssued", UUID.randomUUID().toString(),
				aCorrelationId(), "{\"type\":\"DataKeyIssued\",\"ownerId\":".getBytes(StandardCharsets.UTF_8));
		// same key, same partition, most likely the same poll
		String key = SecretSeal.generateKey();
		RegistrationEventsTopic.publishTo(Topics.PRIVACY_KEYS, ownerId, "DataKeyIssued", UUID.randomUUID().toString(),
				aCorrelationId(), this.json.writeValueAsBytes(new DataKeyIssued(UUID.randomUUID(), ownerId,
						Instant.now(), DataKeyIssued.SCHEMA_VERSION, key)));

		await().atMost(PATIENCE)
			.untilAsserted(() -> assertThat(mongo.findById(ownerId, Document.class, DataKeys.COLLECTION)).isNotNull()
				.containsEntry("key", key));
		await().atMost(PATIENCE)
			.untilAsserted(() -> assertThat(
					RegistrationEventsTopic.deadLetterKeys("error." + Topics.PRIVACY_KEYS + ".notification-service"))
				.containsOnlyOnce(ownerId));
	}

}
