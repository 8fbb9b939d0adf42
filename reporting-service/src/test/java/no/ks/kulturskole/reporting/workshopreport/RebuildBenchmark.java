package no.ks.kulturskole.reporting.workshopreport;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import no.ks.kulturskole.contracts.DomainEvent;
import no.ks.kulturskole.contracts.EventHeaders;
import no.ks.kulturskole.contracts.notification.NotificationSent;
import no.ks.kulturskole.contracts.registration.Contact;
import no.ks.kulturskole.contracts.registration.DelegationRegistered;
import no.ks.kulturskole.contracts.registration.Organisation;
import no.ks.kulturskole.contracts.registration.ParticipantRegistered;
import no.ks.kulturskole.contracts.registration.RoleCategory;
import no.ks.kulturskole.contracts.registration.SeatStatus;
import no.ks.kulturskole.contracts.workshop.SessionDetails;
import no.ks.kulturskole.contracts.workshop.WorkshopFormat;
import no.ks.kulturskole.contracts.workshop.WorkshopScheduled;
import no.ks.kulturskole.reference.Municipality;
import no.ks.kulturskole.reference.MunicipalityRegister;
import no.ks.kulturskole.reporting.workshopreport.infrastructure.Replayer;
import no.ks.kulturskole.reporting.workshopreport.infrastructure.TopicReplay;
import no.ks.kulturskole.support.messaging.EventTopics;
import no.ks.kulturskole.testsupport.TestInfrastructure;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Rebuild throughput against a plain Kafka consumer reading the same topics. A main
 * class, not a test: run it by hand (command in docs/PERFORMANCE.md), or call
 * {@link #summaryLine(int)} from another module's benchmark through this module's
 * test-jar. Publishes 100 000 events (2 000 workshops × 1 schedule, 16 delegations with 2
 * participants each, 1 mail) to the embedded broker, then times (1) a plain consumer that
 * only reads the records and (2) the rebuild's replay applying them to a fresh
 * MongoDB-compatible database. The topics must hold only these events: start from a fresh
 * broker (a new JVM).
 */
public final class RebuildBenchmark {

	private static final int DELEGATIONS = 16;

	/** Events per workshop: its schedule, 16 delegations of 2 participants, one mail. */
	private static final int EVENTS_PER_WORKSHOP = 2 + DELEGATIONS * 3;

	private RebuildBenchmark() {
	}

	public static void main(String[] args) {
		try {
			System.out.println(summaryLine(100_000));
		}
		catch (RuntimeException ex) {
			ex.printStackTrace();
			System.exit(1);
		}
		// the embedded broker's threads would keep the JVM alive
		System.exit(0);
	}

	/**
	 * Publishes about {@code events} events to the test-support broker (in a fresh set of
	 * topics' worth of workshops), times a plain consumer and the rebuild's replay over
	 * them, and says how they compare in one line, e.g.
	 * {@code rebuild 100000 events: 61 200/s = 58 % of plain consumer 105 000/s}. For
	 * other modules' benchmarks (reporting-service's test-jar); prints its details on
	 * standard out. The line is the first pass, in a JVM that ran neither before (as the
	 * figures in docs/PERFORMANCE.md always were); a second pass over the same topics
	 * follows and is printed only, to show what the JIT's warm-up costs.
	 */
	public static String summaryLine(int events) {
		String brokers = TestInfrastructure.kafka().getBrokersAsString();
		JsonMapper json = JsonMapper.builder().build();
		createTopics(brokers);
		long published = publish(brokers, json, Math.max(1, events / EVENTS_PER_WORKSHOP));
		System.out.printf("Published %d events%n", published);

		Run cold = measure(brokers, json, published);
		// the same again in the same JVM: the code the first pass ran for the first time
		// is
		// compiled now, as it is in a service that has been consuming before its rebuild
		System.out.println("Second pass over the same topics, same JVM:");
		Run warm = measure(brokers, json, published);
		System.out.println("Second pass: " + warm.line());
		return cold.line();
	}

	/** One plain consumer's pass and one rebuild's over the same topics. */
	private record Run(long records, double plainRate, double rebuildRate) {

		String line() {
			return String
				.format(Locale.ROOT, "rebuild %d events: %,.0f/s = %.0f %% of plain consumer %,.0f/s", this.records,
						this.rebuildRate, this.rebuildRate * 100 / this.plainRate, this.plainRate)
				.replace(',', ' ');
		}

	}

	private static Run measure(String brokers, JsonMapper json, long published) {
		AtomicLong bytes = new AtomicLong();
		long plainCpu = processCpuTime();
		Instant plainStart = Instant.now();
		long plainRecords;
		try (TopicReplay replay = new TopicReplay(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, brokers),
				List.of("workshop.events", "registration.events", "notification.events"))) {
			replay.catchUpTo(replay.endOffsets(), record -> bytes.addAndGet(record.value().length));
			plainRecords = replay.records();
		}
		Instant plainEnd = Instant.now();
		plainCpu = processCpuTime() - plainCpu;
		long rebuildCpu;

		Instant rebuildStart;
		Instant rebuildEnd;
		long rebuildRecords;
		try (MongoClient client = MongoClients.create(TestInfrastructure.mongoUri())) {
			MongoTemplate mongo = new MongoTemplate(client, "reporting-benchmark-" + UUID.randomUUID());
			Replayer replayer = new Replayer(mongo, json, MunicipalityRegister.load(), "bench");
			AtomicLong handing = new AtomicLong();
			rebuildCpu = processCpuTime();
			Map<String, Long> threadsBefore = cpuByThreadGroup();
			long jitBefore = ManagementFactory.getCompilationMXBean().getTotalCompilationTime();
			long gcBefore = gcMillis();
			rebuildStart = Instant.now();
			try (TopicReplay replay = new TopicReplay(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, brokers),
					List.of("workshop.events", "registration.events", "notification.events"))) {
				replay.catchUpInRounds(replay.endOffsets(), records -> {
					long start = System.nanoTime();
					replayer.apply(records);
					handing.addAndGet(System.nanoTime() - start);
				}, replayer::partitionsDone);
				replayer.flush();
				rebuildRecords = replay.records();
			}
			rebuildEnd = Instant.now();
			rebuildCpu = processCpuTime() - rebuildCpu;
			Map<String, Long> threadsAfter = cpuByThreadGroup();
			StringBuilder groups = new StringBuilder();
			long javaThreads = 0;
			for (Map.Entry<String, Long> group : threadsAfter.entrySet()) {
				long spent = group.getValue() - threadsBefore.getOrDefault(group.getKey(), 0L);
				javaThreads += spent;
				groups.append(group.getKey()).append(' ').append(spent / 1_000_000).append(" ms, ");
			}
			// the rebuild's own threads have ended by now: their CPU is in the rest
			System.out.printf(
					"Rebuild CPU by thread: %sthe rest (rebuild threads, JIT compilers, GC) %d ms;"
							+ " JIT compiling took %d ms, GC %d ms%n",
					groups, (rebuildCpu - javaThreads) / 1_000_000,
					ManagementFactory.getCompilationMXBean().getTotalCompilationTime() - jitBefore,
					gcMillis() - gcBefore);
			System.out.printf("Rebuild phases: %s; the polling thread waited %d ms for the pipeline%n",
					replayer.phases(), handing.get() / 1_000_000);
			if (replayer.skipped() > 0) {
				throw new IllegalStateException(replayer.skipped() + " records were skipped");
			}
			long reports = mongo.getCollection("workshop_reports_bench").countDocuments();
			if (reports < published / EVENTS_PER_WORKSHOP) {
				throw new IllegalStateException("Only " + reports + " reports were written");
			}
		}

		double plainRate = rate(plainRecords, plainStart, plainEnd);
		double rebuildRate = rate(rebuildRecords, rebuildStart, rebuildEnd);
		System.out.printf("Plain consumer: %d records (%d MB) in %d ms = %.0f events/s; CPU of the JVM %d ms%n",
				plainRecords, bytes.get() / 1_000_000, Duration.between(plainStart, plainEnd).toMillis(), plainRate,
				plainCpu / 1_000_000);
		System.out.printf("Rebuild:        %d records in %d ms = %.0f events/s; CPU of the JVM %d ms%n", rebuildRecords,
				Duration.between(rebuildStart, rebuildEnd).toMillis(), rebuildRate, rebuildCpu / 1_000_000);
		return new Run(rebuildRecords, plainRate, rebuildRate);
	}

	/**
	 * CPU time of this JVM, all threads: the broker and the MongoDB-compatible server run
	 * here too. On a busy machine it says what a run cost when wall time cannot.
	 */
	private static long processCpuTime() {
		return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
			.getProcessCpuTime();
	}

	/**
	 * CPU time of the JVM's live threads by what they do; threads that ended are missing
	 * (none of these end during a run).
	 */
	private static Map<String, Long> cpuByThreadGroup() {
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		Map<String, Long> groups = new TreeMap<>();
		for (ThreadInfo thread : threads.getThreadInfo(threads.getAllThreadIds())) {
			long cpu = (thread != null) ? threads.getThreadCpuTime(thread.getThreadId()) : -1;
			if (cpu > 0) {
				String name = thread.getThreadName();
				String group = name.startsWith("mongo-server") ? "MongoDB server"
						: name.equals("main") ? "polling thread" : "Kafka broker and clients";
				groups.merge(group, cpu, Long::sum);
			}
		}
		return groups;
	}

	private static long gcMillis() {
		return ManagementFactory.getGarbageCollectorMXBeans()
			.stream()
			.mapToLong(GarbageCollectorMXBean::getCollectionTime)
			.sum();
	}

	private static double rate(long records, Instant start, Instant end) {
		return records * 1000.0 / Math.max(1, Duration.between(start, end).toMillis());
	}

	private static void createTopics(String brokers) {
		try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, brokers))) {
			admin.createTopics(List.of(new NewTopic("workshop.events", 3, (short) 1),
					new NewTopic("registration.events", 3, (short) 1),
					new NewTopic("notification.events", 3, (short) 1)))
				.all()
				.get();
		}
		catch (Exception ex) {
			if (!(ex.getCause() instanceof TopicExistsException)) {
				throw new IllegalStateException("Could not create the topics", ex);
			}
			// the embedded broker creates the platform's topics itself
		}
	}

	private static long publish(String brokers, JsonMapper json, int workshops) {
		List<Municipality> municipalities = MunicipalityRegister.load().municipalities();
		long count = 0;
		try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(
				Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, brokers, ProducerConfig.LINGER_MS_CONFIG, 20,
						ProducerConfig.BATCH_SIZE_CONFIG, 262_144, ProducerConfig.ACKS_CONFIG, "1"),
				new StringSerializer(), new ByteArraySerializer())) {
			Instant start = Instant.parse("2027-03-10T08:00:00Z");
			for (int w = 0; w < workshops; w++) {
				String workshopId = UUID.randomUUID().toString();
				String sessionId = "s-" + UUID.randomUUID();
				List<DomainEvent> events = new ArrayList<>();
				events.add(new WorkshopScheduled(UUID.randomUUID(), workshopId, start, 1, "Verksted " + w, "Om",
						"Fremtidens kulturskole", WorkshopFormat.ONLINE, null, "nb", start, 2, 6, true,
						List.of(new SessionDetails(sessionId, start, start.plusSeconds(9000), 200, null))));
				for (int d = 0; d < DELEGATIONS; d++) {
					Municipality municipality = municipalities.get((w * DELEGATIONS + d) % municipalities.size());
					String delegationId = "d-" + UUID.randomUUID();
					events.add(new DelegationRegistered(UUID.randomUUID(), delegationId, workshopId, start, 1,
							sessionId, SeatStatus.CONFIRMED,
							new Organisation(municipality.number(), municipality.name(), municipality.countyNumber(),
									municipality.countyName()),
							new Contact("Koordinator", "k@kommune.example", null), 2, "Verksted " + w, start,
							start.plusSeconds(9000), "nb"));
					for (RoleCategory role : List.of(RoleCategory.KULTURSKOLE, RoleCategory.SCHOOL)) {
						events.add(new ParticipantRegistered(UUID.randomUUID(), delegationId, workshopId, start, 1,
								"p-" + UUID.randomUUID(), sessionId, municipality.number(), "Navn " + d,
								"navn@kommune.example", "Rolle", role));
					}
				}
				events.add(new NotificationSent(UUID.randomUUID(), "n-" + UUID.randomUUID(), workshopId, null, start, 1,
						"DELEGATION_CONFIRMATION", "delegation-confirmation/nb@1"));
				for (DomainEvent event : events) {
					ProducerRecord<String, byte[]> record = new ProducerRecord<>(EventTopics.topicOf(event),
							event.partitionKey(), json.writeValueAsBytes(event));
					record.headers().add(EventHeaders.TYPE, event.getClass().getSimpleName().getBytes());
					producer.send(record);
					count++;
				}
			}
			producer.flush();
		}
		return count;
	}

}
