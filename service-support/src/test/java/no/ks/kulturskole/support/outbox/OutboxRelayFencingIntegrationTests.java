package no.ks.kulturskole.support.outbox;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import no.ks.kulturskole.contracts.Topics;
import no.ks.kulturskole.contracts.workshop.SessionDetails;
import no.ks.kulturskole.contracts.workshop.WorkshopFormat;
import no.ks.kulturskole.contracts.workshop.WorkshopScheduled;
import no.ks.kulturskole.support.messaging.EventPublisher;
import no.ks.kulturskole.support.messaging.Publication;
import no.ks.kulturskole.testsupport.MutableClock;
import no.ks.kulturskole.testsupport.CallerTokens;
import no.ks.kulturskole.testsupport.TestInfrastructure;
import no.ks.kulturskole.testsupport.TopicProbe;
import org.apache.kafka.clients.admin.NewTopic;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two instances relaying the same documents, one of them stalled past its lease; and an
 * entry the broker refuses for good. Real broker, real (embedded) MongoDB; the clock of
 * the leases is moved by the test instead of waited for.
 */
@SpringBootTest(properties = { "spring.config.import=classpath:platform-defaults.yml",
		"spring.application.name=support-test", "platform.outbox.collections=aggregates" })
class OutboxRelayFencingIntegrationTests {

	private static final Duration LEASE = Duration.ofSeconds(30);

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		TestInfrastructure.registerKafkaAndMongo(registry);
		CallerTokens.trustedBy(registry);
	}

	@Autowired
	MongoTemplate mongo;

	@Autowired
	OutboxEntries outboxEntries;

	@Autowired
	EventPublisher publisher;

	private final ExecutorService pool = Executors.newFixedThreadPool(2);

	@AfterEach
	void stopThePool() {
		this.pool.shutdownNow();
	}

	@Test
	void aRelayWhoseLeaseWasTakenOverStopsAndRemovesNothingWhileEveryEventStillGoesOutFirstInItsOrder()
			throws Exception {
		String workshopId = UUID.randomUUID().toString();
		List<String> eventIds = insertDocument("takeover", workshopId, 6);
		MutableClock clock = new MutableClock(Instant.now());
		PausingPublisher stalled = new PausingPublisher(this.publisher, 1);
		PausingPublisher successor = new PausingPublisher(this.publisher, 1);
		OutboxRelay first = relay("takeover", stalled, clock);
		OutboxRelay second = relay("takeover", successor, clock);

		// the first publishes its first chunk and then stalls longer than its lease
		Future<Integer> byFirst = this.pool.submit(first::relayPending);
		stalled.awaitPause();
		clock.advance(LEASE.plusSeconds(1));
		// the second takes the document over, publishes its first chunk and is held too
		Future<Integer> bySecond = this.pool.submit(second::relayPending);
		successor.awaitPause();

		// the first wakes up: it finds its lease gone, sends no more and removes nothing
		stalled.resume();
		assertThat(byFirst.get()).isEqualTo(2);
		assertThat(stalled.calls()).isEqualTo(1);
		assertThat(outboxOf("takeover", workshopId)).extracting((entry) -> entry.getString("eventId"))
			.containsExactlyElementsOf(eventIds);

		successor.resume();
		assertThat(bySecond.get()).isEqualTo(6);
		assertThat(outboxOf("takeover", workshopId)).isEmpty();

		try (TopicProbe probe = new TopicProbe(TestInfrastructure.kafka().getBrokersAsString(),
				Topics.WORKSHOP_EVENTS)) {
			await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
				List<String> published = probe.records()
					.stream()
					.filter((record) -> workshopId.equals(record.key()))
					.map(TopicProbe.PublishedRecord::eventId)
					.toList();
				// each event's first copy in the document's order; only the two the
				// stalled
				// one sent before its lease ran out come twice (at least once, as
				// documented)
				assertThat(published.stream().distinct().toList()).containsExactlyElementsOf(eventIds);
				assertThat(copiesOf(published)).containsEntry(eventIds.get(0), 2L)
					.containsEntry(eventIds.get(1), 2L)
					.containsEntry(eventIds.get(2), 1L)
					.containsEntry(eventIds.get(5), 1L);
			});
		}
	}

	@Test
	void aRelayThatFinishedPublishingAfterItsLeaseWasTakenOverIsFencedOffFromPullingTheEntries() throws Exception {
		String workshopId = UUID.randomUUID().toString();
		List<String> eventIds = insertDocument("fenced", workshopId, 3);
		MutableClock clock = new MutableClock(Instant.now());
		// the stalled one has sent everything and stalls before it removes what it sent
		PausingPublisher stalled = new PausingPublisher(this.publisher, 1);
		PausingPublisher successor = new PausingPublisher(this.publisher, 1);
		OutboxRelay first = relay("fenced", stalled, clock);
		OutboxRelay second = relay("fenced", successor, clock);

		Future<Integer> byFirst = this.pool.submit(first::relayPending);
		stalled.awaitPause();
		clock.advance(LEASE.plusSeconds(1));
		Future<Integer> bySecond = this.pool.submit(second::relayPending);
		successor.awaitPause();
		stalled.resume();
		byFirst.get();

		// the fence: the holder's entries are still there for it to remove
		assertThat(outboxOf("fenced", workshopId)).extracting((entry) -> entry.getString("eventId"))
			.containsExactlyElementsOf(eventIds);
		assertThat(leaseOf("fenced", workshopId)).containsEntry(OutboxLeases.FENCE, 2L)
			.containsEntry(OutboxLeases.RELEASED, false);
		successor.resume();
		assertThat(bySecond.get()).isEqualTo(3);
		assertThat(outboxOf("fenced", workshopId)).isEmpty();
		assertThat(leaseOf("fenced", workshopId)).containsEntry(OutboxLeases.RELEASED, true);
	}

	@Test
	void aLongPublishRenewsItsLeaseSoAnotherInstanceCannotTakeTheDocumentMeanwhile() {
		String workshopId = UUID.randomUUID().toString();
		List<String> eventIds = insertDocument("renewed", workshopId, 4);
		MutableClock clock = new MutableClock(Instant.now());
		Instant claimedAt = clock.instant();
		OutboxRelay second = relay("renewed", this.publisher, clock);
		AtomicInteger calls = new AtomicInteger();
		List<Integer> takenBySecond = new ArrayList<>();
		List<Instant> claimedUntil = new ArrayList<>();
		EventPublisher slow = (entries) -> {
			Publication publication = this.publisher.publishAll(entries);
			if (calls.incrementAndGet() == 1) {
				// the first chunk took most of the lease's time
				clock.advance(LEASE.minusSeconds(1));
			}
			else {
				// past the first lease: only its renewal before this chunk keeps it
				clock.advance(Duration.ofSeconds(2));
				claimedUntil.add(leaseUntil("renewed", workshopId));
				takenBySecond.add(second.relayPending());
			}
			return publication;
		};
		OutboxRelay first = relay("renewed", slow, clock);

		assertThat(first.relayPending()).isEqualTo(4);

		assertThat(calls).hasValue(2);
		assertThat(claimedUntil).singleElement().satisfies((until) -> assertThat(until).isAfter(clock.instant()));
		assertThat(clock.instant()).isAfter(claimedAt.plus(LEASE));
		assertThat(takenBySecond).containsExactly(0);
		assertThat(outboxOf("renewed", workshopId)).isEmpty();
		try (TopicProbe probe = new TopicProbe(TestInfrastructure.kafka().getBrokersAsString(),
				Topics.WORKSHOP_EVENTS)) {
			await().atMost(Duration.ofSeconds(30))
				.untilAsserted(() -> assertThat(probe.records()
					.stream()
					.filter((record) -> workshopId.equals(record.key()))
					.map(TopicProbe.PublishedRecord::eventId)).containsExactlyElementsOf(eventIds));
		}
	}

	@Test
	void anEntryTheBrokerRefusesForGoodIsParkedAndCountedAndTheEntriesBehindItStillGoOut() {
		String poisonTopic = "outbox.poison-" + UUID.randomUUID().toString().substring(0, 8);
		TestInfrastructure.kafka()
			.addTopics(new NewTopic(poisonTopic, 3, (short) 1).configs(Map.of("max.message.bytes", "2048")));
		String workshopId = UUID.randomUUID().toString();
		String behindId = UUID.randomUUID().toString();
		OutboxEntry before = this.outboxEntries.of(scheduled(workshopId, 0));
		OutboxEntry poison = new OutboxEntry(UUID.randomUUID().toString(), poisonTopic, workshopId, "WorkshopScheduled",
				1, workshopId, Instant.now(), null, "{\"text\":\"" + "x".repeat(8_000) + "\"}", null);
		OutboxEntry after = this.outboxEntries.of(scheduled(workshopId, 1));
		OutboxEntry otherDocument = this.outboxEntries.of(scheduled(behindId, 0));
		this.mongo.insert(new Document("_id", workshopId).append("outbox",
				List.of(toDocument(before), toDocument(poison), toDocument(after))), "poisoned");
		this.mongo.insert(new Document("_id", behindId).append("outbox", List.of(toDocument(otherDocument))),
				"poisoned");
		SimpleMeterRegistry meters = new SimpleMeterRegistry();
		OutboxRelay relay = new OutboxRelay(this.mongo, this.publisher, List.of("poisoned"), 100, meters);

		assertThat(relay.relayPending()).isEqualTo(3);

		assertThat(outboxOf("poisoned", workshopId)).isEmpty();
		assertThat(outboxOf("poisoned", behindId)).isEmpty();
		assertThat(meters.counter("platform.outbox.parked").count()).isEqualTo(1);
		Document parked = this.mongo.findOne(Query.query(Criteria.where("_id").is(poison.eventId())), Document.class,
				OutboxRelay.PARKED);
		assertThat(parked).isNotNull();
		assertThat(parked.getString("collection")).isEqualTo("poisoned");
		assertThat(parked.getString("reason")).endsWith("RecordTooLargeException");
		assertThat(parked.get("entry", Document.class).getString("topic")).isEqualTo(poisonTopic);
		try (TopicProbe probe = new TopicProbe(TestInfrastructure.kafka().getBrokersAsString(),
				Topics.WORKSHOP_EVENTS)) {
			await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
				List<TopicProbe.PublishedRecord> records = probe.records();
				// the one behind the refused entry may come twice: it was in flight with
				// it,
				// and is sent again after the parking (at least once)
				assertThat(records.stream()
					.filter((record) -> workshopId.equals(record.key()))
					.map(TopicProbe.PublishedRecord::eventId)
					.distinct()).containsExactly(before.eventId(), after.eventId());
				// the other document's entry was sent together with them (the relay
				// publishes small documents in one go) and is sent again with its
				// document
				// after the parking: it too may come twice
				assertThat(records.stream()
					.filter((record) -> behindId.equals(record.key()))
					.map(TopicProbe.PublishedRecord::eventId)
					.distinct()).containsExactly(otherDocument.eventId());
			});
		}
	}

	@Test
	void whenTheBrokerFailsARecordWhileTakingTheOnesBehindItTheirFirstCopiesStillFollowTheDocumentOrder() {
		String workshopId = UUID.randomUUID().toString();
		List<String> eventIds = insertDocument("flaky", workshopId, 6);
		FlakyBroker broker = new FlakyBroker().downFor(1).failingOnce(eventIds.get(3));
		OutboxRelay relay = new OutboxRelay(this.mongo, broker, List.of("flaky"), 100, new SimpleMeterRegistry());

		for (int round = 0; round < 5 && !outboxOf("flaky", workshopId).isEmpty(); round++) {
			relay.relayPending();
		}

		assertThat(outboxOf("flaky", workshopId)).isEmpty();
		assertThat(broker.firstCopies()).containsExactlyElementsOf(eventIds);
	}

	private OutboxRelay relay(String collection, EventPublisher publisher, MutableClock clock) {
		return new OutboxRelay(this.mongo, publisher, List.of(collection), 100, new SimpleMeterRegistry(), LEASE, 2,
				clock);
	}

	private List<String> insertDocument(String collection, String workshopId, int events) {
		List<Document> entries = new ArrayList<>();
		List<String> eventIds = new ArrayList<>();
		for (int i = 0; i < events; i++) {
			OutboxEntry entry = this.outboxEntries.of(scheduled(workshopId, i));
			entries.add(toDocument(entry));
			eventIds.add(entry.eventId());
		}
		this.mongo.insert(new Document("_id", workshopId).append("outbox", entries), collection);
		return eventIds;
	}

	private static Map<String, Long> copiesOf(List<String> published) {
		return published.stream().collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
	}

	private List<Document> outboxOf(String collection, String id) {
		return document(collection, id).getList("outbox", Document.class);
	}

	private Document leaseOf(String collection, String id) {
		return this.mongo.findOne(Query.query(Criteria.where("_id").is(OutboxLeases.leaseId(collection, id))),
				Document.class, OutboxLeases.LEASES);
	}

	private Instant leaseUntil(String collection, String id) {
		return leaseOf(collection, id).getDate(OutboxLeases.UNTIL).toInstant();
	}

	private Document document(String collection, String id) {
		return this.mongo.findOne(Query.query(Criteria.where("_id").is(id)), Document.class, collection);
	}

	private static WorkshopScheduled scheduled(String workshopId, int number) {
		return new WorkshopScheduled(UUID.randomUUID(), workshopId, Instant.now(), 1, "Verksted " + number, null, null,
				WorkshopFormat.ONLINE, null, "nb", Instant.now().plusSeconds(3600), 2, null, false,
				List.of(new SessionDetails("s-1", Instant.now().plusSeconds(7200), Instant.now().plusSeconds(9000), 60,
						null)));
	}

	private Document toDocument(OutboxEntry entry) {
		Document document = new Document();
		this.mongo.getConverter().write(entry, document);
		document.remove("_class");
		return document;
	}

	@SpringBootApplication
	static class TestApplication {

	}

}
