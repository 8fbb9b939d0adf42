package no.ks.kulturskole.support.kafka;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import no.ks.kulturskole.contracts.TopicSpec;
import no.ks.kulturskole.support.kafka.DeclaredTopics.Binding;
import org.apache.kafka.clients.admin.NewTopic;
import org.junit.jupiter.api.Test;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class DeclaredTopicsTests {

	private static final TopicProperties LOCAL = new TopicProperties((short) 1, 1, null);

	@Test
	void aServiceDeclaresTheTopicItWritesTheTopicsItReadsAndTheDeadLettersOfItsGroups() {
		List<TopicSpec> declared = DeclaredTopics.of("notification-service",
				Map.of("registrationEvents-in-0", new Binding("registration.events", "notification-service"),
						"workshopEvents-in-0", new Binding("workshop.events", "notification-service"),
						"someOutput-out-0", new Binding("somewhere", null)),
				LOCAL);

		assertThat(declared).extracting(TopicSpec::name)
			.containsExactlyInAnyOrder("notification.events", "erasure.notification-service", "registration.events",
					"workshop.events", "error.registration.events.notification-service",
					"error.workshop.events.notification-service");
		assertThat(declared).filteredOn((spec) -> !spec.name().startsWith("error."))
			.allSatisfy((spec) -> assertThat(spec.retention()).isNull());
		assertThat(declared).filteredOn((spec) -> spec.name().startsWith("error."))
			.allSatisfy((spec) -> assertThat(spec.retention()).isEqualTo(Duration.ofDays(14)));
	}

	@Test
	void aServiceThatNeitherWritesNorReadsDeclaresNothing() {
		assertThat(DeclaredTopics.of("gateway", Map.of(), LOCAL)).isEmpty();
	}

	@Test
	void replicationAndMinimumInSyncReplicasComeFromTheConfiguration() {
		NewTopic topic = DeclaredTopics.newTopic(no.ks.kulturskole.contracts.Topics.DOMAIN.get(0),
				new TopicProperties((short) 3, 2, null));

		assertThat(topic.replicationFactor()).isEqualTo((short) 3);
		assertThat(topic.numPartitions()).isEqualTo(3);
		assertThat(topic.configs()).containsEntry("min.insync.replicas", "2")
			.containsEntry("retention.ms", "-1")
			.containsEntry("cleanup.policy", "delete");
	}

	@Test
	void aMinimumOfInSyncReplicasAboveTheReplicationFactorIsRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> new TopicProperties((short) 1, 2, null));
	}

	@Test
	void theProductionProfileReplicatesThreeTimesAndAcknowledgesAfterTwo() {
		assertThat(topicProperties()).isEqualTo(new TopicProperties((short) 1, 1, Duration.ofDays(14)));
		assertThat(topicProperties("production")).isEqualTo(new TopicProperties((short) 3, 2, Duration.ofDays(14)));
	}

	private static TopicProperties topicProperties(String... profiles) {
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(PropertiesOnly.class)
			.web(WebApplicationType.NONE)
			.profiles(profiles)
			.properties("spring.config.import=classpath:platform-defaults.yml", "spring.main.banner-mode=off")
			.run()) {
			return context.getBean(TopicProperties.class);
		}
	}

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties(TopicProperties.class)
	static class PropertiesOnly {

	}

}
