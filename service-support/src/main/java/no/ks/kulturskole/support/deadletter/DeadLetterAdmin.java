package no.ks.kulturskole.support.deadletter;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import no.ks.kulturskole.support.problem.ConflictingState;
import no.ks.kulturskole.support.problem.NotFound;
import no.ks.kulturskole.web.deadletter.DeadLetter;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.kafka.support.KafkaHeaders;

/**
 * Lists the records in a service's dead-letter topics and re-drives one to its original
 * topic. Re-driving is recorded first (one document per dead letter in
 * {@value #REDRIVEN}, inserted under a unique id), so the same dead letter is not
 * re-driven twice by accident, also from two instances at once; the consumers are
 * idempotent, so a re-driven event that did apply in the meantime changes nothing.
 */
public class DeadLetterAdmin {

	private static final Logger log = LoggerFactory.getLogger(DeadLetterAdmin.class);

	static final String REDRIVEN = "dead_letters_redriven";

	/** The newest records shown per dead-letter topic: they are for people to read. */
	static final int NEWEST = 200;

	private static final Duration READ_TIMEOUT = Duration.ofSeconds(10);

	private final List<String> topics;

	private final Map<String, Object> consumerSettings;

	private final DeadLetterPublisher publisher;

	private final MongoTemplate mongo;

	private final Clock clock;

	/**
	 * @param topics the service's dead-letter topics
	 * @param consumerSettings the binder's consumer settings
	 * ({@code KafkaClientSettings#consumer()})
	 */
	public DeadLetterAdmin(List<String> topics, Map<String, Object> consumerSettings, DeadLetterPublisher publisher,
			MongoTemplate mongo, Clock clock) {
		this.topics = List.copyOf(topics);
		this.consumerSettings = Map.copyOf(consumerSettings);
		this.publisher = publisher;
		this.mongo = mongo;
		this.clock = clock;
	}

	public List<String> topics() {
		return this.topics;
	}

	/** The newest dead letters of every topic of this service, newest first per topic. */
	public List<DeadLetter> list() {
		List<DeadLetter> all = new ArrayList<>();
		try (KafkaConsumer<byte[], byte[]> consumer = consumer()) {
			for (String topic : this.topics) {
				all.addAll(read(consumer, new TopicPartition(topic, 0), null).reversed());
			}
		}
		return all;
	}

	/**
	 * Publishes the dead letter at that position to its original topic, as it came (key,
	 * value, its own headers without the {@code kafka_dlt-*} ones).
	 * @throws NotFound for a topic that is not one of this service's dead-letter topics,
	 * or an offset with no record
	 * @throws ConflictingState when it was re-driven already
	 */
	public DeadLetter redrive(String topic, int partition, long offset) {
		if (!this.topics.contains(topic)) {
			throw new NotFound("topic", "Ingen dead-letter-topic med det navnet i denne tjenesten.");
		}
		ConsumerRecord<byte[], byte[]> record = find(topic, partition, offset);
		String originalTopic = text(record.headers().lastHeader(KafkaHeaders.DLT_ORIGINAL_TOPIC));
		if (originalTopic == null) {
			throw new ConflictingState("offset", "no-original-topic",
					"Posten sier ikke hvilken topic den kom fra, og kan ikke sendes på nytt.");
		}
		String id = topic + "/" + partition + "/" + offset;
		Instant now = this.clock.instant();
		try {
			this.mongo.insert(new Document("_id", id).append("redrivenAt", Date.from(now)), REDRIVEN);
		}
		catch (DuplicateKeyException ex) {
			throw new ConflictingState("offset", "already-redriven", "Posten er allerede sendt på nytt.");
		}
		try {
			this.publisher.redrive(record, originalTopic);
		}
		catch (RuntimeException ex) {
			// not sent: it may be tried again
			this.mongo.remove(Query.query(Criteria.where("_id").is(id)), REDRIVEN);
			throw ex;
		}
		log.info("Re-drove dead letter {} to {}", id, originalTopic);
		return toDeadLetter(record, now);
	}

	private ConsumerRecord<byte[], byte[]> find(String topic, int partition, long offset) {
		try (KafkaConsumer<byte[], byte[]> consumer = consumer()) {
			TopicPartition at = new TopicPartition(topic, partition);
			if (consumer.partitionsFor(topic).stream().noneMatch((info) -> info.partition() == partition)) {
				throw new NotFound("partition", "Ingen slik partisjon.");
			}
			List<ConsumerRecord<byte[], byte[]>> found = new ArrayList<>();
			consumer.assign(List.of(at));
			long end = consumer.endOffsets(List.of(at)).get(at);
			long begin = consumer.beginningOffsets(List.of(at)).get(at);
			if (offset < begin || offset >= end) {
				throw new NotFound("offset", "Ingen post på den plassen.");
			}
			consumer.seek(at, offset);
			long deadline = System.nanoTime() + READ_TIMEOUT.toNanos();
			while (found.isEmpty() && System.nanoTime() < deadline) {
				consumer.poll(Duration.ofMillis(200))
					.records(at)
					.stream()
					.filter((record) -> record.offset() == offset)
					.forEach(found::add);
			}
			if (found.isEmpty()) {
				throw new NotFound("offset", "Ingen post på den plassen.");
			}
			return found.get(0);
		}
	}

	private List<DeadLetter> read(KafkaConsumer<byte[], byte[]> consumer, TopicPartition at, Long only) {
		if (consumer.partitionsFor(at.topic()).isEmpty()) {
			return List.of();
		}
		consumer.assign(List.of(at));
		long end = consumer.endOffsets(List.of(at)).get(at);
		long begin = Math.max(consumer.beginningOffsets(List.of(at)).get(at), end - NEWEST);
		if (begin >= end) {
			return List.of();
		}
		consumer.seek(at, begin);
		List<ConsumerRecord<byte[], byte[]>> records = new ArrayList<>();
		long deadline = System.nanoTime() + READ_TIMEOUT.toNanos();
		while (consumer.position(at) < end && System.nanoTime() < deadline) {
			consumer.poll(Duration.ofMillis(200)).records(at).forEach(records::add);
		}
		Map<String, Instant> redriven = redrivenOf(at.topic());
		return records.stream()
			.filter((record) -> record.offset() < end)
			.map((record) -> toDeadLetter(record,
					redriven.get(record.topic() + "/" + record.partition() + "/" + record.offset())))
			.toList();
	}

	private Map<String, Instant> redrivenOf(String topic) {
		Map<String, Instant> redriven = new HashMap<>();
		Query ofTopic = Query.query(Criteria.where("_id").regex("^" + java.util.regex.Pattern.quote(topic + "/")));
		for (Document done : this.mongo.find(ofTopic, Document.class, REDRIVEN)) {
			redriven.put(done.getString("_id"), done.getDate("redrivenAt").toInstant());
		}
		return redriven;
	}

	private static DeadLetter toDeadLetter(ConsumerRecord<byte[], byte[]> record, Instant redrivenAt) {
		Map<String, String> headers = new LinkedHashMap<>();
		for (Header header : record.headers()) {
			if (header.key().equals(KafkaHeaders.DLT_ORIGINAL_PARTITION)
					|| header.key().equals(KafkaHeaders.DLT_ORIGINAL_OFFSET)
					|| header.key().equals(KafkaHeaders.DLT_ORIGINAL_TIMESTAMP)) {
				headers.put(header.key(), Long.toString(number(header)));
			}
			else {
				headers.put(header.key(), text(header));
			}
		}
		Header partition = record.headers().lastHeader(KafkaHeaders.DLT_ORIGINAL_PARTITION);
		Header offset = record.headers().lastHeader(KafkaHeaders.DLT_ORIGINAL_OFFSET);
		return new DeadLetter(record.topic(), record.partition(), record.offset(),
				(record.key() != null) ? new String(record.key(), StandardCharsets.UTF_8) : null,
				Instant.ofEpochMilli(record.timestamp()),
				text(record.headers().lastHeader(KafkaHeaders.DLT_ORIGINAL_TOPIC)),
				(partition != null) ? (int) number(partition) : null, (offset != null) ? number(offset) : null,
				text(record.headers().lastHeader(KafkaHeaders.DLT_EXCEPTION_FQCN)),
				text(record.headers().lastHeader(KafkaHeaders.DLT_EXCEPTION_MESSAGE)), headers,
				(record.value() != null) ? new String(record.value(), StandardCharsets.UTF_8) : null, redrivenAt);
	}

	/** Spring Kafka writes partitions as 4 bytes and offsets and times as 8. */
	private static long number(Header header) {
		byte[] value = header.value();
		return switch (value.length) {
			case 4 -> ByteBuffer.wrap(value).getInt();
			case 8 -> ByteBuffer.wrap(value).getLong();
			default -> -1;
		};
	}

	private static String text(Header header) {
		return (header != null && header.value() != null) ? new String(header.value(), StandardCharsets.UTF_8) : null;
	}

	private KafkaConsumer<byte[], byte[]> consumer() {
		Map<String, Object> settings = new HashMap<>(this.consumerSettings);
		settings.put(ConsumerConfig.GROUP_ID_CONFIG, "dead-letter-admin-" + UUID.randomUUID());
		settings.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
		settings.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_uncommitted");
		settings.remove(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG);
		settings.remove(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG);
		return new KafkaConsumer<>(settings, new ByteArrayDeserializer(), new ByteArrayDeserializer());
	}

}
