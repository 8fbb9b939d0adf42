package no.ks.kulturskole.benchmarks;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.PushOptions;
import com.mongodb.client.model.Updates;
import com.mongodb.client.result.UpdateResult;
import no.ks.kulturskole.contracts.DomainEvent;
import no.ks.kulturskole.contracts.EventHeaders;
import no.ks.kulturskole.contracts.registration.Contact;
import no.ks.kulturskole.contracts.registration.DelegationRegistered;
import no.ks.kulturskole.contracts.registration.DelegationWaitlisted;
import no.ks.kulturskole.contracts.registration.ManageLinkIssued;
import no.ks.kulturskole.contracts.registration.Organisation;
import no.ks.kulturskole.contracts.registration.ParticipantRegistered;
import no.ks.kulturskole.contracts.registration.RoleCategory;
import no.ks.kulturskole.contracts.registration.SeatStatus;
import no.ks.kulturskole.reference.Municipality;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the design costs at the least: per delegation, one MongoDB {@code $push} of the
 * delegation and its seven outbox entries (DelegationRegistered, four
 * ParticipantRegistered, ManageLinkIssued, DelegationWaitlisted) into one per-workshop
 * document (its outbox bounded to the entries in flight, as the relay keeps it), then the
 * seven records produced to Kafka ({@code acks=all}, idempotent, keyed by workshop like
 * the real topic) and waited for. No decision, no reread: the ceiling the real seat path
 * is measured against.
 */
final class RawBaseline implements AutoCloseable {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String DATABASE = "benchmark-raw";

	private final MongoClient mongo;

	private final MongoCollection<Document> workshops;

	private final KafkaProducer<String, byte[]> producer;

	private final Admin admin;

	private volatile int concurrency = 16;

	private final String topic = "benchmark.raw-" + UUID.randomUUID().toString().substring(0, 8);

	RawBaseline(String mongoUri, String kafkaBootstrap) {
		this.mongo = MongoClients.create(mongoUri);
		this.workshops = this.mongo.getDatabase(DATABASE).getCollection("workshops");
		this.admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafkaBootstrap));
		try {
			// like the platform's domain topics: 3 partitions, replication 1
			this.admin.createTopics(List.of(new NewTopic(this.topic, 3, (short) 1))).all().get();
		}
		catch (Exception ex) {
			throw new IllegalStateException("Could not create " + this.topic, ex);
		}
		this.producer = new KafkaProducer<>(
				Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafkaBootstrap, ProducerConfig.ACKS_CONFIG, "all",
						ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true),
				new StringSerializer(), new ByteArraySerializer());
	}

	/** Registers every municipality once, {@code concurrency} at a time. */
	Result run(List<Municipality> municipalities, int concurrency) {
		this.concurrency = concurrency;
		String workshopId = "raw-" + UUID.randomUUID();
		this.workshops.insertOne(new Document("_id", workshopId).append("version", 0L)
			.append("title", "Rå grunnlinje")
			.append("sessions",
					List.of(new Document("sessionId", "s-1").append("capacity", 400),
							new Document("sessionId", "s-2").append("capacity", 400)))
			.append("delegations", List.of())
			.append("outbox", List.of()));
		List<Long> latencies = new ArrayList<>();
		Instant start = Instant.now();
		try (ExecutorService pool = Executors.newFixedThreadPool(concurrency)) {
			List<Future<Long>> timings = new ArrayList<>();
			for (Municipality municipality : municipalities) {
				timings.add(pool.submit(() -> registerOne(workshopId, municipality)));
			}
			for (Future<Long> timing : timings) {
				latencies.add(timing.get());
			}
		}
		catch (Exception ex) {
			throw new IllegalStateException("The raw baseline failed", ex);
		}
		Duration took = Duration.between(start, Instant.now());
		return new Result(concurrency, municipalities.size(), took, new Latencies(latencies));
	}

	private long registerOne(String workshopId, Municipality municipality) throws Exception {
		long began = System.nanoTime();
		String delegationId = UUID.randomUUID().toString();
		Instant now = Instant.now();
		Organisation organisation = new Organisation(municipality.number(), municipality.name(),
				municipality.countyNumber(), municipality.countyName());
		Contact coordinator = new Contact("Koordinator " + municipality.name(),
				Delegations.coordinatorEmail(municipality, "raw"), "+47 55 56 00 00");
		List<DomainEvent> events = new ArrayList<>();
		events.add(new DelegationRegistered(UUID.randomUUID(), delegationId, workshopId, now,
				DelegationRegistered.SCHEMA_VERSION, "s-1", SeatStatus.CONFIRMED, organisation, coordinator,
				Delegations.PARTICIPANTS, "Verksted 1: Kulturskolen i fremtidens kommune",
				Instant.parse("2027-03-10T08:00:00Z"), Instant.parse("2027-03-10T10:30:00Z"), "nb"));
		List<Document> participants = new ArrayList<>();
		List<String> recipients = Delegations.recipients(municipality, "raw");
		RoleCategory[] roles = { RoleCategory.KULTURSKOLE, RoleCategory.MUNICIPAL_LEADER, RoleCategory.SCHOOL,
				RoleCategory.POLITICIAN };
		for (int i = 0; i < Delegations.PARTICIPANTS; i++) {
			String participantId = UUID.randomUUID().toString();
			String name = "Deltaker " + (i + 1) + " " + municipality.name();
			String email = recipients.get(i + 1);
			events.add(new ParticipantRegistered(UUID.randomUUID(), delegationId, workshopId, now,
					ParticipantRegistered.SCHEMA_VERSION, participantId, "s-1", municipality.number(), name, email,
					"Kulturskolerektor", roles[i]));
			participants.add(new Document("participantId", participantId).append("name", name)
				.append("email", email)
				.append("roleTitle", "Kulturskolerektor")
				.append("roleCategory", roles[i].name()));
		}
		String sealed = HexFormat.of()
			.formatHex(UUID.randomUUID().toString().repeat(3).getBytes(StandardCharsets.UTF_8));
		events.add(new ManageLinkIssued(UUID.randomUUID(), delegationId, workshopId, now,
				ManageLinkIssued.SCHEMA_VERSION, sealed, ManageLinkIssued.Reason.REGISTERED, "nb"));
		events.add(new DelegationWaitlisted(UUID.randomUUID(), delegationId, workshopId, now,
				DelegationWaitlisted.SCHEMA_VERSION, "s-1", Delegations.PARTICIPANTS));

		List<Document> outbox = new ArrayList<>();
		List<byte[]> payloads = new ArrayList<>();
		for (DomainEvent event : events) {
			byte[] payload = JSON.writeValueAsBytes(event);
			payloads.add(payload);
			outbox.add(new Document("eventId", event.eventId().toString()).append("topic", "registration.events")
				.append("key", workshopId)
				.append("type", event.getClass().getSimpleName())
				.append("payload", new String(payload, StandardCharsets.UTF_8))
				.append("createdAt", now));
		}
		Document delegation = new Document("delegationId", delegationId)
			.append("organisation",
					new Document("number", municipality.number()).append("name", municipality.name())
						.append("countyNumber", municipality.countyNumber())
						.append("countyName", municipality.countyName()))
			.append("coordinator",
					new Document("name", coordinator.name()).append("email", coordinator.email())
						.append("phone", coordinator.phone()))
			.append("participants", participants)
			.append("sessionId", "s-1")
			.append("status", "CONFIRMED")
			.append("registeredAt", now)
			.append("language", "nb")
			.append("manageSecretHash", HexFormat.of().formatHex(new byte[32]));
		UpdateResult stored = this.workshops.updateOne(Filters.eq("_id", workshopId),
				Updates.combine(Updates.push("delegations", delegation), Updates.pushEach("outbox", outbox),
						Updates.inc("version", 1L)));
		if (stored.getModifiedCount() != 1) {
			throw new IllegalStateException("The raw $push changed nothing");
		}
		List<Future<RecordMetadata>> sent = new ArrayList<>();
		for (int i = 0; i < events.size(); i++) {
			ProducerRecord<String, byte[]> record = new ProducerRecord<>(this.topic, workshopId, payloads.get(i));
			record.headers().add(EventHeaders.TYPE, events.get(i).getClass().getSimpleName().getBytes());
			sent.add(this.producer.send(record));
		}
		for (Future<RecordMetadata> ack : sent) {
			ack.get();
		}
		return (System.nanoTime() - began) / 1_000_000;
	}

	@Override
	public void close() {
		this.producer.close();
		try {
			this.admin.deleteTopics(List.of(this.topic)).all().get();
		}
		catch (Exception ex) {
			// a leftover benchmark topic harms nothing
		}
		this.admin.close();
		this.mongo.getDatabase(DATABASE).drop();
		this.mongo.close();
	}

	record Result(int concurrency, int delegations, Duration took, Latencies latencies) {

		double perSecond() {
			return this.delegations * 1000.0 / Math.max(1, this.took.toMillis());
		}

	}

}
