package no.ks.kulturskole.registration.delegation.infrastructure;

import java.util.List;
import java.util.UUID;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import no.ks.kulturskole.support.outbox.OutboxEntries;
import no.ks.kulturskole.testsupport.TestInfrastructure;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.data.mongodb.core.MongoTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An erased delegation's key announcement that still waits in its workshop's outbox is
 * taken out, and nothing else is: the erased key must not go out after its erasure.
 */
class KeyAnnouncementWithdrawalTests {

	@Test
	void onlyTheErasedDelegationsKeyAnnouncementLeavesTheOutbox() {
		try (MongoClient client = MongoClients.create(TestInfrastructure.mongoUri())) {
			MongoTemplate mongo = new MongoTemplate(client, "withdrawal-" + UUID.randomUUID());
			MongoWorkshopRegistrationsStore store = new MongoWorkshopRegistrationsStore(mongo,
					new OutboxEntries(JsonMapper.builder().build()));
			String workshopId = UUID.randomUUID().toString();
			mongo.getCollection(MongoWorkshopRegistrationsStore.COLLECTION)
				.insertOne(new Document("_id", workshopId).append("version", 3L)
					.append("outbox", List.of(entry("DataKeyIssued", "d-1"), entry("DataKeyIssued", "d-2"),
							entry("DelegationRegistered", "d-1"))));

			store.withdrawKeyAnnouncement(workshopId, "d-1");

			Document after = mongo.findById(workshopId, Document.class, MongoWorkshopRegistrationsStore.COLLECTION);
			assertThat(after.getList("outbox", Document.class))
				.extracting((entry) -> entry.getString("type") + " " + entry.getString("aggregateId"))
				.containsExactly("DataKeyIssued d-2", "DelegationRegistered d-1");
			assertThat(after.getLong("version")).isEqualTo(3L);
		}
	}

	private static Document entry(String type, String aggregateId) {
		return new Document("eventId", UUID.randomUUID().toString()).append("type", type)
			.append("aggregateId", aggregateId)
			.append("payload", "{}");
	}

}
