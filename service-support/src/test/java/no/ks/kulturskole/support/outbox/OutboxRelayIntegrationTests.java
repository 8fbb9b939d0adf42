package no.ks.kulturskole.support.outbox;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;

import no.ks.kulturskole.contracts.Topics;
import no.ks.kulturskole.contracts.workshop.SessionDetails;
import no.ks.kulturskole.contracts.workshop.WorkshopFormat;
import no.ks.kulturskole.contracts.workshop.WorkshopScheduled;
import no.ks.kulturskole.support.correlation.CorrelationId;
import no.ks.kulturskole.testsupport.CallerTokens;
import no.ks.kulturskole.testsupport.TestInfrastructure;
import no.ks.kulturskole.testsupport.TopicProbe;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import no.ks.kulturskole.support.health.MongoPingHealthIndicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@SpringBootTest(properties = { "spring.config.import=classpath:platform-defaults.yml",
		"spring.application.name=support-test", "platform.outbox.collections=aggregates" })
class OutboxRelayIntegrationTests {

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
	MongoPingHealthIndicator mongoHealth;

	@Autowired
	no.ks.kulturskole.support.messaging.EventPublisher publisher;

	@AfterEach
	void clearCorrelation() {
		CorrelationId.clear();
	}

	@Test
	void pendingEventsArePublishedOnceWithTheirHeadersAndThenLeaveTheDocument() {
		String workshopId = UUID.randomUUID().toString();
		CorrelationId.set("test-correlation-" + workshopId.substring(0, 8));
		WorkshopScheduled event = new WorkshopScheduled(UUID.randomUUID(), workshopId, Instant.now(), 1, "Verksted",
				null, null, WorkshopFormat.ONLINE, null, "nb", Instant.now().plusSeconds(3600), 2, null, false,
				List.of(new SessionDetails("s-1", Instant.now().plusSeconds(7200), Instant.now().plusSeconds(9000), 60,
						null)));
		OutboxEntry entry = this.outboxEntries.of(event);
		this.mongo.insert(new Document("_id", workshopId).append("outbox", List.of(toDocument(entry))), "aggregates");

		try (TopicProbe probe = new TopicProbe(TestInfrastructure.kafka().getBrokersAsString(),
				Topics.WORKSHOP_EVENTS)) {
			await().atMost(Duration.ofSeconds(30))
				.untilAsserted(() -> assertThat(probe.recordsOfType("WorkshopScheduled"))
					.anySatisfy(record -> assertThat(record.key()).isEqualTo(workshopId)));
			await().atMost(Duration.ofSeconds(10))
				.until(() -> this.mongo
					.findOne(Query.query(Criteria.where("_id").is(workshopId)), Document.class, "aggregates")
					.getList("outbox", Document.class)
					.isEmpty());

			List<TopicProbe.PublishedRecord> published = probe.records()
				.stream()
				.filter(record -> workshopId.equals(record.key()))
				.toList();
			assertThat(published).hasSize(1);
			assertThat(published.get(0).eventId()).isEqualTo(event.eventId().toString());
			assertThat(published.get(0).correlationId()).isEqualTo(entry.correlationId()).isNotNull();
			assertThat(published.get(0).value()).contains("\"type\":\"WorkshopScheduled\"");
		}
	}

	@Test
	void twoRelaysPollingTheSameDocumentsAtOnceEachPublishAnEventOnlyOnce() throws Exception {
		List<String> workshopIds = new java.util.ArrayList<>();
		for (int i = 0; i < 20; i++) {
			String workshopId = UUID.randomUUID().toString();
			workshopIds.add(workshopId);
			OutboxEntry entry = this.outboxEntries.of(new WorkshopScheduled(UUID.randomUUID(), workshopId,
					Instant.now(), 1, "Verksted " + i, null, null, WorkshopFormat.ONLINE, null, "nb",
					Instant.now().plusSeconds(3600), 2, null, false, List.of(new SessionDetails("s-1",
							Instant.now().plusSeconds(7200), Instant.now().plusSeconds(9000), 60, null))));
			this.mongo.insert(new Document("_id", workshopId).append("outbox", List.of(toDocument(entry))),
					"contended");
		}
		OutboxRelay first = new OutboxRelay(this.mongo, this.publisher, List.of("contended"), 100,
				new io.micrometer.core.instrument.simple.SimpleMeterRegistry());
		OutboxRelay second = new OutboxRelay(this.mongo, this.publisher, List.of("contended"), 100,
				new io.micrometer.core.instrument.simple.SimpleMeterRegistry());

		java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
		java.util.concurrent.Future<Integer> byFirst = pool.submit(first::relayPending);
		java.util.concurrent.Future<Integer> bySecond = pool.submit(second::relayPending);
		int published = byFirst.get() + bySecond.get();
		pool.shutdown();

		assertThat(published).isEqualTo(20);
		try (TopicProbe probe = new TopicProbe(TestInfrastructure.kafka().getBrokersAsString(),
				Topics.WORKSHOP_EVENTS)) {
			await().atMost(Duration.ofSeconds(30))
				.untilAsserted(() -> assertThat(
						probe.records().stream().map(TopicProbe.PublishedRecord::key).filter(workshopIds::contains))
					.hasSize(20)
					.doesNotHaveDuplicates());
		}
	}

	@Test
	void aDocumentWithHundredsOfPendingEventsIsRelayedInItsOrderEachOnce() {
		String workshopId = UUID.randomUUID().toString();
		List<Document> entries = new java.util.ArrayList<>();
		List<String> eventIds = new java.util.ArrayList<>();
		for (int i = 0; i < 700; i++) {
			OutboxEntry entry = this.outboxEntries.of(new WorkshopScheduled(UUID.randomUUID(), workshopId,
					Instant.now(), 1, "Verksted " + i, null, null, WorkshopFormat.ONLINE, null, "nb",
					Instant.now().plusSeconds(3600), 2, null, false, List.of(new SessionDetails("s-1",
							Instant.now().plusSeconds(7200), Instant.now().plusSeconds(9000), 60, null))));
			entries.add(toDocument(entry));
			eventIds.add(entry.eventId());
		}
		this.mongo.insert(new Document("_id", workshopId).append("outbox", entries), "rush");
		OutboxRelay relay = new OutboxRelay(this.mongo, this.publisher, List.of("rush"), 100,
				new io.micrometer.core.instrument.simple.SimpleMeterRegistry());

		int published = relay.relayPending();

		assertThat(published).isEqualTo(700);
		assertThat(this.mongo.findOne(Query.query(Criteria.where("_id").is(workshopId)), Document.class, "rush")
			.getList("outbox", Document.class)).isEmpty();
		try (TopicProbe probe = new TopicProbe(TestInfrastructure.kafka().getBrokersAsString(),
				Topics.WORKSHOP_EVENTS)) {
			await().atMost(Duration.ofSeconds(30))
				.untilAsserted(() -> assertThat(probe.records()
					.stream()
					.filter(record -> workshopId.equals(record.key()))
					.map(TopicProbe.PublishedRecord::eventId)).containsExactlyElementsOf(eventIds));
		}
	}

	@Test
	void aDocumentItsWriterNamesIsPublishedAtOnceWithoutSearchingTheCollection() {
		io.micrometer.core.instrument.simple.SimpleMeterRegistry meters = new io.micrometer.core.instrument.simple.SimpleMeterRegistry();
		OutboxRelay relay = new OutboxRelay(this.mongo, this.publisher, List.of("named"), 100, meters);
		relay.hearWritesOf(this.outboxEntries);
		String named = UUID.randomUUID().toString();
		String unnamed = UUID.randomUUID().toString();
		this.mongo.insert(new Document("_id", named).append("outbox",
				List.of(toDocument(this.outboxEntries.of(scheduled(named))))), "named");
		this.mongo.insert(new Document("_id", unnamed).append("outbox",
				List.of(toDocument(this.outboxEntries.of(scheduled(unnamed))))), "named");

		this.outboxEntries.written("named", named);
		this.outboxEntries.written("elsewhere", unnamed);

		assertThat(relay.hasWritten()).isTrue();
		assertThat(relay.relayWritten()).isEqualTo(1);
		assertThat(relay.hasWritten()).isFalse();
		assertThat(outboxOf("named", named)).isEmpty();
		// nobody named it: it waits for the sweep, which finds it
		assertThat(outboxOf("named", unnamed)).hasSize(1);
		assertThat(relay.relayPending()).isEqualTo(1);
		assertThat(outboxOf("named", unnamed)).isEmpty();
		// operations see what a sweep found waiting, and that the next found nothing
		assertThat(meters.get("platform.outbox.backlog").gauge().value()).isEqualTo(1);
		relay.relayPending();
		assertThat(meters.get("platform.outbox.backlog").gauge().value()).isZero();
	}

	@Test
	void aNamedDocumentAnotherInstanceHoldsIsTriedAgainLater() {
		OutboxRelay relay = new OutboxRelay(this.mongo, this.publisher, List.of("held"), 100,
				new io.micrometer.core.instrument.simple.SimpleMeterRegistry());
		relay.hearWritesOf(this.outboxEntries);
		String workshopId = UUID.randomUUID().toString();
		this.mongo.insert(new Document("_id", workshopId).append("outbox",
				List.of(toDocument(this.outboxEntries.of(scheduled(workshopId))))), "held");
		Document lease = lease("held", workshopId, Instant.now().plusSeconds(30), 1L);
		this.mongo.insert(lease, OutboxLeases.LEASES);

		this.outboxEntries.written("held", workshopId);

		assertThat(relay.relayWritten()).isZero();
		assertThat(relay.relayPending()).isZero();
		assertThat(relay.hasWritten()).isTrue();
		assertThat(outboxOf("held", workshopId)).hasSize(1);
		// the other instance died: its lease runs out, and this one takes the document
		// over
		this.mongo.updateFirst(Query.query(Criteria.where("_id").is(lease.get("_id"))),
				new org.springframework.data.mongodb.core.query.Update().set(OutboxLeases.UNTIL,
						java.util.Date.from(Instant.now().minusSeconds(1))),
				OutboxLeases.LEASES);
		assertThat(relay.relayWritten()).isEqualTo(1);
		assertThat(outboxOf("held", workshopId)).isEmpty();
		// of the lease, the aggregate keeps only the fencing number of the takeover, and
		// the lease is given back with the next number
		assertThat(this.mongo.findOne(Query.query(Criteria.where("_id").is(workshopId)), Document.class, "held"))
			.containsOnlyKeys("_id", "outbox", FencedDocuments.AGGREGATE_FENCE)
			.containsEntry(FencedDocuments.AGGREGATE_FENCE, 2L);
		assertThat(this.mongo.findOne(Query.query(Criteria.where("_id").is(lease.get("_id"))), Document.class,
				OutboxLeases.LEASES))
			.containsEntry(OutboxLeases.FENCE, 2L)
			.containsEntry(OutboxLeases.RELEASED, true);
	}

	@Test
	void manyDocumentsTheirWritersNameAreRelayedInAFewRoundTripsNotSeveralEach() {
		List<String> mails = new ArrayList<>();
		for (int i = 0; i < 30; i++) {
			String id = UUID.randomUUID().toString();
			mails.add(id);
			this.mongo.insert(
					new Document("_id", id).append("outbox", List.of(toDocument(this.outboxEntries.of(scheduled(id))))),
					"mails");
		}
		AtomicInteger commands = new AtomicInteger();
		CommandListener counting = new CommandListener() {
			@Override
			public void commandStarted(CommandStartedEvent event) {
				commands.incrementAndGet();
			}
		};
		try (MongoClient client = MongoClients.create(MongoClientSettings.builder()
			.applyConnectionString(new ConnectionString(TestInfrastructure.mongoUri()))
			.addCommandListener(counting)
			.build())) {
			MongoTemplate counted = new MongoTemplate(client, this.mongo.getDb().getName());
			OutboxRelay relay = new OutboxRelay(counted, this.publisher, List.of("mails"), 100,
					new io.micrometer.core.instrument.simple.SimpleMeterRegistry());
			relay.hearWritesOf(this.outboxEntries);
			mails.forEach((id) -> this.outboxEntries.written("mails", id));

			assertThat(relay.relayWritten()).isEqualTo(30);

			// the leases read and inserted, the entries read, pulled, the leases given
			// back: five round trips for the thirty (five each, a hundred and fifty,
			// before)
			assertThat(commands.get()).isLessThanOrEqualTo(5);
		}
		mails.forEach((id) -> assertThat(outboxOf("mails", id)).isEmpty());
		assertThat(this.mongo.find(Query.query(Criteria.where("_id").regex("^mails/")), Document.class,
				OutboxLeases.LEASES))
			.hasSize(30)
			.allSatisfy((lease) -> assertThat(lease).containsEntry(OutboxLeases.RELEASED, true));
		try (TopicProbe probe = new TopicProbe(TestInfrastructure.kafka().getBrokersAsString(),
				Topics.WORKSHOP_EVENTS)) {
			await().atMost(Duration.ofSeconds(30))
				.untilAsserted(() -> assertThat(probe.records()
					.stream()
					.map(TopicProbe.PublishedRecord::key)
					.filter(mails::contains)
					.distinct()).hasSize(30));
		}
	}

	@Test
	void inAGroupADocumentAnotherInstanceHoldsWaitsAndOneWhoseHolderDiedIsTakenOverBehindItsFence() {
		OutboxRelay relay = new OutboxRelay(this.mongo, this.publisher, List.of("group"), 100,
				new io.micrometer.core.instrument.simple.SimpleMeterRegistry());
		relay.hearWritesOf(this.outboxEntries);
		String free = UUID.randomUUID().toString();
		String held = UUID.randomUUID().toString();
		String abandoned = UUID.randomUUID().toString();
		for (String id : List.of(free, held, abandoned)) {
			this.mongo.insert(
					new Document("_id", id).append("outbox", List.of(toDocument(this.outboxEntries.of(scheduled(id))))),
					"group");
		}
		// another instance holds one; another died holding the other, its lease ran out
		this.mongo.insert(lease("group", held, Instant.now().plusSeconds(30), 1L), OutboxLeases.LEASES);
		this.mongo.insert(lease("group", abandoned, Instant.now().minusSeconds(1), 4L), OutboxLeases.LEASES);
		List.of(free, held, abandoned).forEach((id) -> this.outboxEntries.written("group", id));

		assertThat(relay.relayWritten()).isEqualTo(2);

		assertThat(outboxOf("group", free)).isEmpty();
		assertThat(outboxOf("group", abandoned)).isEmpty();
		assertThat(outboxOf("group", held)).hasSize(1);
		// tried again at the next call
		assertThat(relay.hasWritten()).isTrue();
		// taken over: the aggregate fenced off the dead holder before anything was sent
		assertThat(this.mongo.findOne(Query.query(Criteria.where("_id").is(abandoned)), Document.class, "group"))
			.containsEntry(FencedDocuments.AGGREGATE_FENCE, 5L);
		assertThat(this.mongo.findOne(Query.query(Criteria.where("_id").is(OutboxLeases.leaseId("group", abandoned))),
				Document.class, OutboxLeases.LEASES))
			.containsEntry(OutboxLeases.FENCE, 5L)
			.containsEntry(OutboxLeases.RELEASED, true);
		assertThat(this.mongo.findOne(Query.query(Criteria.where("_id").is(OutboxLeases.leaseId("group", held))),
				Document.class, OutboxLeases.LEASES))
			.containsEntry(OutboxLeases.OWNER, "another instance")
			.containsEntry(OutboxLeases.FENCE, 1L);
	}

	private static Document lease(String collection, String id, Instant until, long fence) {
		return new Document("_id", OutboxLeases.leaseId(collection, id)).append(OutboxLeases.OWNER, "another instance")
			.append(OutboxLeases.UNTIL, java.util.Date.from(until))
			.append(OutboxLeases.FENCE, fence)
			.append(OutboxLeases.RELEASED, false);
	}

	private WorkshopScheduled scheduled(String workshopId) {
		return new WorkshopScheduled(UUID.randomUUID(), workshopId, Instant.now(), 1, "Verksted", null, null,
				WorkshopFormat.ONLINE, null, "nb", Instant.now().plusSeconds(3600), 2, null, false,
				List.of(new SessionDetails("s-1", Instant.now().plusSeconds(7200), Instant.now().plusSeconds(9000), 60,
						null)));
	}

	private List<Document> outboxOf(String collection, String id) {
		return this.mongo.findOne(Query.query(Criteria.where("_id").is(id)), Document.class, collection)
			.getList("outbox", Document.class);
	}

	@Test
	void mongoHealthIsUpOnTheEmbeddedServer() {
		assertThat(this.mongoHealth.health(true).getStatus()).isEqualTo(Status.UP);
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
