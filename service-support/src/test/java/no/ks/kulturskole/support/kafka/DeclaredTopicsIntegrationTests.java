package no.ks.kulturskole.support.kafka;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import no.ks.kulturskole.contracts.Topics;
import no.ks.kulturskole.testsupport.CallerTokens;
import no.ks.kulturskole.testsupport.TestInfrastructure;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.config.ConfigResource;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The topics come out of a real broker as the catalogue declares them, also when the
 * broker had created a domain topic with its own defaults before the service started (the
 * test broker creates them without {@code retention.ms}).
 */
@SpringBootTest(properties = { "spring.config.import=classpath:platform-defaults.yml",
		"spring.application.name=workshop-service",
		"spring.cloud.stream.bindings.registrationEvents-in-0.destination=registration.events",
		"spring.cloud.stream.bindings.registrationEvents-in-0.group=workshop-service" })
class DeclaredTopicsIntegrationTests {

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		TestInfrastructure.registerKafkaAndMongo(registry);
		CallerTokens.trustedBy(registry);
	}

	@Test
	void theWrittenAndReadDomainTopicsAreKeptForeverAndTheDeadLettersForTwoWeeks() throws Exception {
		String deadLetters = "error.registration.events.workshop-service";
		try (Admin admin = Admin.create(
				Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.kafka().getBrokersAsString()))) {
			Map<String, TopicDescription> topics = admin
				.describeTopics(List.of(Topics.WORKSHOP_EVENTS, Topics.REGISTRATION_EVENTS, deadLetters))
				.allTopicNames()
				.get();
			assertThat(topics.get(Topics.WORKSHOP_EVENTS).partitions()).hasSize(3);
			assertThat(topics.get(Topics.REGISTRATION_EVENTS).partitions()).hasSize(3);
			assertThat(topics.get(deadLetters).partitions()).hasSize(1);

			Map<ConfigResource, Config> configs = admin
				.describeConfigs(List.of(resource(Topics.WORKSHOP_EVENTS), resource(Topics.REGISTRATION_EVENTS),
						resource(deadLetters)))
				.all()
				.get();
			for (String domain : List.of(Topics.WORKSHOP_EVENTS, Topics.REGISTRATION_EVENTS)) {
				Config config = configs.get(resource(domain));
				assertThat(config.get("retention.ms").value()).as(domain).isEqualTo("-1");
				assertThat(config.get("cleanup.policy").value()).as(domain).isEqualTo("delete");
				assertThat(config.get("min.insync.replicas").value()).as(domain).isEqualTo("1");
			}
			// the 14 days the privacy notice promises (issue 14), read from the broker
			assertThat(configs.get(resource(deadLetters)).get("retention.ms").value())
				.isEqualTo(Long.toString(Duration.ofDays(14).toMillis()));
		}
	}

	private static ConfigResource resource(String topic) {
		return new ConfigResource(ConfigResource.Type.TOPIC, topic);
	}

	@SpringBootApplication
	static class TestApplication {

	}

}
