package no.ks.kulturskole.infra.kafka;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;

import no.ks.kulturskole.contracts.TopicSpec;
import no.ks.kulturskole.contracts.Topics;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.NewPartitions;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.errors.RetriableException;
import org.apache.kafka.common.errors.TopicExistsException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes sure the domain topics exist as the catalogue ({@link Topics#DOMAIN}) declares
 * them, the same declaration the services create them from: partitions, and kept forever
 * ({@code retention.ms=-1}) because read models are rebuilt by replaying them, with as
 * many replicas as the services declare (one per broker: 1, or 3 with
 * {@code min.insync.replicas=2}). Safe to run on every start: existing topics are kept,
 * and brought up to the declaration if something else created them first.
 */
public final class DomainTopics {

	private static final Logger log = LoggerFactory.getLogger(DomainTopics.class);

	private static final Duration METADATA_PROPAGATION = Duration.ofSeconds(60);

	private static final Duration METADATA_RETRY_PAUSE = Duration.ofMillis(250);

	private DomainTopics() {
	}

	public static void ensure(String bootstrapServers, short replicas, int minInsyncReplicas) {
		ensure(bootstrapServers, Topics.DOMAIN, replicas, minInsyncReplicas);
	}

	static void ensure(String bootstrapServers, Collection<TopicSpec> topics, short replicas, int minInsyncReplicas) {
		try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
				AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 60_000))) {
			create(admin, topics, replicas, minInsyncReplicas);
			untilEveryBrokerKnowsThem(() -> {
				growPartitions(admin, topics);
				align(admin, topics, minInsyncReplicas);
			});
			log.info("Domain topics ready: {}", topics);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while creating topics", ex);
		}
		catch (ExecutionException ex) {
			throw new IllegalStateException("Could not create the domain topics " + topics, ex.getCause());
		}
	}

	/**
	 * A topic just created is known to the controller before every broker has it in its
	 * metadata; a describe or config change that reaches a broker still behind answers
	 * "does not host this topic-partition" (seen with three brokers on 2 busy cores).
	 * Such answers are retriable: ask again until a deadline, give up on anything else.
	 */
	private static void untilEveryBrokerKnowsThem(AdminStep step) throws InterruptedException, ExecutionException {
		long deadline = System.nanoTime() + METADATA_PROPAGATION.toNanos();
		while (true) {
			try {
				step.run();
				return;
			}
			catch (ExecutionException ex) {
				if (!(ex.getCause() instanceof RetriableException) || System.nanoTime() > deadline) {
					throw ex;
				}
				log.info("Topics not yet known to every broker ({}); asking again", ex.getCause().getMessage());
				Thread.sleep(METADATA_RETRY_PAUSE.toMillis());
			}
		}
	}

	@FunctionalInterface
	private interface AdminStep {

		void run() throws InterruptedException, ExecutionException;

	}

	private static void create(Admin admin, Collection<TopicSpec> topics, short replicas, int minInsyncReplicas)
			throws InterruptedException, ExecutionException {
		List<NewTopic> newTopics = topics.stream()
			.map((spec) -> new NewTopic(spec.name(), spec.partitions(), replicas)
				.configs(spec.configs(minInsyncReplicas)))
			.toList();
		for (var result : admin.createTopics(newTopics).values().entrySet()) {
			try {
				result.getValue().get();
				log.info("Created topic {}", result.getKey());
			}
			catch (ExecutionException ex) {
				if (!(ex.getCause() instanceof TopicExistsException)) {
					throw ex;
				}
			}
		}
	}

	private static void growPartitions(Admin admin, Collection<TopicSpec> topics)
			throws InterruptedException, ExecutionException {
		Map<String, Integer> declared = topics.stream()
			.collect(Collectors.toMap(TopicSpec::name, TopicSpec::partitions));
		Map<String, TopicDescription> descriptions = admin.describeTopics(declared.keySet()).allTopicNames().get();
		Map<String, NewPartitions> tooSmall = descriptions.values()
			.stream()
			.filter((description) -> description.partitions().size() < declared.get(description.name()))
			.collect(Collectors.toMap(TopicDescription::name,
					(description) -> NewPartitions.increaseTo(declared.get(description.name()))));
		if (!tooSmall.isEmpty()) {
			admin.createPartitions(tooSmall).all().get();
			log.info("Increased the partitions of {}", tooSmall.keySet());
		}
	}

	private static void align(Admin admin, Collection<TopicSpec> topics, int minInsyncReplicas)
			throws InterruptedException, ExecutionException {
		Map<ConfigResource, Collection<AlterConfigOp>> changes = topics.stream()
			.collect(Collectors.toMap((spec) -> new ConfigResource(ConfigResource.Type.TOPIC, spec.name()),
					(spec) -> spec.configs(minInsyncReplicas)
						.entrySet()
						.stream()
						.map((config) -> new AlterConfigOp(new ConfigEntry(config.getKey(), config.getValue()),
								AlterConfigOp.OpType.SET))
						.toList(),
					(a, b) -> a));
		admin.incrementalAlterConfigs(changes).all().get();
	}

}
