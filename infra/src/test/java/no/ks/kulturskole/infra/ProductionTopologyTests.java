package no.ks.kulturskole.infra;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.model.Filters;
import no.ks.kulturskole.contracts.Topics;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.TopicPartitionInfo;
import org.apache.kafka.common.config.ConfigResource;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The launcher in production's topology ({@code --brokers=3}), infrastructure only: three
 * KRaft brokers that replicate every domain topic three times, one of which may be away;
 * and a MongoDB that can be taken away and brought back on its own.
 */
class ProductionTopologyTests {

	@TempDir
	static Path dataDir;

	private static LocalPlatform platform;

	@BeforeAll
	static void startThreeBrokers() {
		platform = LocalPlatform.start(PlatformSettings.defaults()
			.withFreePorts()
			.withDataDir(dataDir)
			.withApplications(false)
			.withBrokers(3));
	}

	@AfterAll
	static void stop() {
		platform.close();
	}

	@Test
	void threeBrokersKeepEveryDomainTopicInThreeCopiesOfWhichTwoMustHaveAWrite() throws Exception {
		assertThat(platform.kafkaBootstrap().split(",")).hasSize(3);
		try (Admin admin = admin()) {
			TopicDescription topic = admin.describeTopics(List.of(Topics.REGISTRATION_EVENTS))
				.allTopicNames()
				.get(30, TimeUnit.SECONDS)
				.get(Topics.REGISTRATION_EVENTS);
			assertThat(topic.partitions()).allSatisfy((partition) -> assertThat(partition.replicas()).hasSize(3));
			ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, Topics.REGISTRATION_EVENTS);
			Config config = admin.describeConfigs(List.of(resource)).all().get(30, TimeUnit.SECONDS).get(resource);
			assertThat(config.get("min.insync.replicas").value()).isEqualTo("2");
		}
		assertThat(Files.readAllLines(dataDir.resolve("kafka-cluster").resolve("cluster.id"))).hasSize(1);
		assertThat(dataDir.resolve("kafka-cluster").resolve("node-3").resolve("meta.properties")).exists();
	}

	@Test
	void withOneBrokerAwayAWriteIsStillAcknowledgedAndTheBrokerCatchesUpWhenItIsBack() throws Exception {
		String key = "workshop-" + UUID.randomUUID();
		platform.stopBroker(1);
		try {
			LocalInfrastructureTests.produce(platform.kafkaBootstrap(), key, "{\"type\":\"WorkshopScheduled\"}");
			assertThat(LocalInfrastructureTests.readFromBeginning(platform.kafkaBootstrap(), key)).hasSize(1);
		}
		finally {
			platform.startBroker(1);
		}
		try (Admin admin = admin()) {
			await().atMost(Duration.ofSeconds(60))
				.untilAsserted(() -> assertThat(admin.describeTopics(List.of(Topics.WORKSHOP_EVENTS))
					.allTopicNames()
					.get(10, TimeUnit.SECONDS)
					.get(Topics.WORKSHOP_EVENTS)
					.partitions())
					.allSatisfy((TopicPartitionInfo partition) -> assertThat(partition.isr()).hasSize(3)));
		}
	}

	@Test
	void mongoDbStoppedRefusesConnectionsAndStartedAgainHasTheSameDataOnTheSamePort() {
		String id = "workshop-" + UUID.randomUUID();
		try (MongoClient mongo = MongoClients.create(platform.mongoUri())) {
			mongo.getDatabase("workshop").getCollection("workshops").insertOne(new Document("_id", id));
		}

		platform.stopMongo();
		try {
			assertThat(accepts(platform.settings().ports().mongo())).isFalse();
		}
		finally {
			platform.startMongo();
		}

		try (MongoClient mongo = MongoClients.create(platform.mongoUri())) {
			assertThat(mongo.getDatabase("workshop").getCollection("workshops").find(Filters.eq("_id", id)).first())
				.isNotNull();
		}
	}

	private static boolean accepts(int port) {
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress(PlatformSettings.HOST, port), 1000);
			return true;
		}
		catch (IOException ex) {
			return false;
		}
	}

	private static Admin admin() {
		return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, platform.kafkaBootstrap()));
	}

}
