package no.ks.kulturskole.infra.kafka;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;

import no.ks.kulturskole.contracts.Topics;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.NewPartitions;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes sure the domain topics exist as the platform promises:
 * {@value Topics#DEFAULT_PARTITIONS} partitions and kept forever
 * ({@code retention.ms=-1}), because read models are rebuilt by replaying them. Safe to
 * run on every start: existing topics are kept, and brought up to the promise if
 * something else created them first.
 */
public final class DomainTopics {

	private static final Logger log = LoggerFactory.getLogger(DomainTopics.class);

	private static final String KEEP_FOREVER = "-1";

	private DomainTopics() {
	}

	public static void ensure(String bootstrapServers) {
		ensure(bootstrapServers, Topics.DOMAIN_TOPICS, Topics.DEFAULT_PARTITIONS);
	}

	static void ensure(String bootstrapServers, Collection<String> topics, int partitions) {
		try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
				AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 60_000))) {
			create(admin, topics, partitions);
			growPartitions(admin, topics, partitions);
			keepForever(admin, topics);
			log.info("Domain topics ready: {} ({} partitions, retention.ms={})", topics, partitions, KEEP_FOREVER);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while creating topics", ex);
		}
		catch (ExecutionException ex) {
			throw new IllegalStateException("Could not create the domain topics " + topics, ex.getCause());
		}
	}

	private static void create(Admin admin, Collection<String> topics, int partitions)
			throws InterruptedException, ExecutionException {
		List<NewTopic> newTopics = topics.stream()
			.map((name) -> new NewTopic(name, partitions, (short) 1)
				.configs(Map.of(TopicConfig.RETENTION_MS_CONFIG, KEEP_FOREVER)))
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

	private static void growPartitions(Admin admin, Collection<String> topics, int partitions)
			throws InterruptedException, ExecutionException {
		Map<String, TopicDescription> descriptions = admin.describeTopics(topics).allTopicNames().get();
		Map<String, NewPartitions> tooSmall = descriptions.values()
			.stream()
			.filter((description) -> description.partitions().size() < partitions)
			.collect(Collectors.toMap(TopicDescription::name, (description) -> NewPartitions.increaseTo(partitions)));
		if (!tooSmall.isEmpty()) {
			admin.createPartitions(tooSmall).all().get();
			log.info("Increased {} to {} partitions", tooSmall.keySet(), partitions);
		}
	}

	private static void keepForever(Admin admin, Collection<String> topics)
			throws InterruptedException, ExecutionException {
		AlterConfigOp keepForever = new AlterConfigOp(new ConfigEntry(TopicConfig.RETENTION_MS_CONFIG, KEEP_FOREVER),
				AlterConfigOp.OpType.SET);
		Map<ConfigResource, Collection<AlterConfigOp>> changes = topics.stream()
			.collect(Collectors.toMap((topic) -> new ConfigResource(ConfigResource.Type.TOPIC, topic),
					(topic) -> List.of(keepForever), (a, b) -> a));
		admin.incrementalAlterConfigs(changes).all().get();
	}

}
