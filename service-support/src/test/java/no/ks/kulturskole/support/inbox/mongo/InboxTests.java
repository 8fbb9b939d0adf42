package no.ks.kulturskole.support.inbox.mongo;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.result.UpdateResult;
import no.ks.kulturskole.support.inbox.AppliedEvents;
import no.ks.kulturskole.testsupport.TestInfrastructure;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The inbox's fragments against the MongoDB-compatible server: a duplicate changes
 * nothing, an older event does not move state backwards, and the applied ids stay
 * bounded, each in the one update that changes the state.
 */
class InboxTests {

	private static final String COLLECTION = "inbox_tests";

	private static final Inbox INBOX = Inbox.DEFAULT;

	private static MongoClient client;

	private static MongoTemplate mongo;

	@BeforeAll
	static void connect() {
		client = MongoClients.create(TestInfrastructure.mongoUri());
		mongo = new MongoTemplate(client, "inbox");
	}

	@AfterAll
	static void disconnect() {
		client.close();
	}

	@Test
	void anEventAppliedTwiceCountsOnce() {
		String id = UUID.randomUUID().toString();
		mongo.insert(new Document("_id", id).append("count", 0), COLLECTION);

		assertThat(count(id, "e-1")).isEqualTo(1);
		assertThat(count(id, "e-1")).isZero();
		assertThat(count(id, "e-2")).isEqualTo(1);

		Document stored = stored(id);
		assertThat(stored.getInteger("count")).isEqualTo(2);
		assertThat(stored.getList(INBOX.appliedField(), String.class)).containsExactly("e-1", "e-2");
	}

	@Test
	void theAppliedIdsStayBoundedAndKeepTheNewest() {
		String id = UUID.randomUUID().toString();
		mongo.insert(new Document("_id", id).append("count", 0), COLLECTION);

		for (int i = 0; i < AppliedEvents.REMEMBERED + 3; i++) {
			count(id, "e-" + i);
		}

		List<String> applied = stored(id).getList(INBOX.appliedField(), String.class);
		assertThat(applied).hasSize(AppliedEvents.REMEMBERED).doesNotContain("e-2").contains("e-3");
		assertThat(applied.getLast()).isEqualTo("e-" + (AppliedEvents.REMEMBERED + 2));
	}

	@Test
	void aLateEventDoesNotMoveStateBackwardsAndARedeliveryReappliesTheSame() {
		String id = UUID.randomUUID().toString();

		assertThat(place(id, "CONFIRMED", 2)).isPresent();
		assertThat(place(id, "CANCELLED", 3)).isPresent();
		// the late promotion: the guarded upsert's insert collides with the stored _id
		assertThat(place(id, "CONFIRMED", 2)).isEmpty();
		assertThat(stored(id).getString("status")).isEqualTo("CANCELLED");
		// the same sequence again: harmless
		assertThat(place(id, "CANCELLED", 3)).isPresent();
		assertThat(stored(id).get(INBOX.sequenceField(), Number.class).longValue()).isEqualTo(3);
	}

	@Test
	void anEventWithoutSequenceIsAppliedAsItComes() {
		String id = UUID.randomUUID().toString();

		assertThat(place(id, "CONFIRMED", 5)).isPresent();
		assertThat(place(id, "WAITLISTED", 0)).isPresent();

		assertThat(stored(id).getString("status")).isEqualTo("WAITLISTED");
		assertThat(stored(id).get(INBOX.sequenceField(), Number.class).longValue()).isEqualTo(5);
	}

	@Test
	void aChangeOncePerSequenceAppliesOnlyToAStrictlyLaterOne() {
		String id = UUID.randomUUID().toString();
		mongo.insert(new Document("_id", id).append("changes", 0), COLLECTION);

		assertThat(changeOnce(id, 1)).isTrue();
		assertThat(changeOnce(id, 1)).isFalse();
		assertThat(changeOnce(id, 3)).isTrue();
		assertThat(changeOnce(id, 2)).isFalse();

		assertThat(stored(id).getInteger("changes")).isEqualTo(2);
	}

	@Test
	void anUpsertOnceCreatesTheDocumentAndIgnoresTheSameEventAgain() {
		String id = UUID.randomUUID().toString();

		assertThat(addOnce(id, "p-1", "e-1")).isPresent();
		mongo.updateFirst(Query.query(Inbox.byId(id)), new Update().pull("participants", "p-1"), COLLECTION);
		// the republished registration after the removal: already applied, stays removed
		assertThat(addOnce(id, "p-1", "e-1")).isEmpty();
		assertThat(addOnce(id, "p-2", "e-2")).isPresent();

		assertThat(stored(id).getList("participants", String.class)).containsExactly("p-2");
	}

	private static Optional<UpdateResult> addOnce(String id, String participant, String eventId) {
		Update update = INBOX.markApplied(new Update().addToSet("participants", participant), eventId);
		return INBOX.once(id, eventId, (guarded) -> mongo.upsert(guarded, update, COLLECTION));
	}

	private static long count(String id, String eventId) {
		Query notYet = Query.query(INBOX.notAppliedYet(Inbox.byId(id), eventId));
		return mongo.updateFirst(notYet, INBOX.markApplied(new Update().inc("count", 1), eventId), COLLECTION)
			.getModifiedCount();
	}

	private static Optional<UpdateResult> place(String id, String status, long sequence) {
		Update update = INBOX.markSequence(new Update().set("status", status), sequence);
		return INBOX.unlessNewer(id, sequence, (guarded) -> mongo.upsert(guarded, update, COLLECTION));
	}

	private static boolean changeOnce(String id, long sequence) {
		Query older = Query.query(INBOX.olderThan(Inbox.byId(id), sequence));
		return mongo.updateFirst(older, INBOX.markSequence(new Update().inc("changes", 1), sequence), COLLECTION)
			.getModifiedCount() == 1;
	}

	private static Document stored(String id) {
		return mongo.findById(id, Document.class, COLLECTION);
	}

}
