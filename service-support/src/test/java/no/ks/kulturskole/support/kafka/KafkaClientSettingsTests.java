package no.ks.kulturskole.support.kafka;

import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The service's own Kafka clients (the rebuild's replay, its dead letters) connect as the
 * binder does: the brokers and the TLS/SASL settings of {@code spring.kafka.*} and of the
 * binder's configuration reach them.
 */
class KafkaClientSettingsTests {

	private final ApplicationContextRunner context = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(KafkaAutoConfiguration.class, PlatformKafkaAutoConfiguration.class))
		.withPropertyValues("spring.cloud.stream.kafka.binder.brokers=kafka-0:9093,kafka-1:9093",
				"spring.kafka.security.protocol=SASL_SSL", "spring.kafka.properties.sasl.mechanism=SCRAM-SHA-512",
				"spring.cloud.stream.kafka.binder.configuration.ssl.endpoint.identification.algorithm=https",
				"spring.cloud.stream.kafka.binder.consumer-properties.isolation.level=read_committed");

	@Test
	void consumersProducersAndAdminsConnectAsTheBinderDoes() {
		this.context.run((context) -> {
			KafkaClientSettings settings = context.getBean(KafkaClientSettings.class);
			for (var properties : java.util.List.of(settings.consumer(), settings.producer(), settings.admin())) {
				assertThat(String.valueOf(properties.get("bootstrap.servers"))).contains("kafka-0:9093")
					.contains("kafka-1:9093");
				assertThat(properties).containsEntry("security.protocol", "SASL_SSL")
					.containsEntry("sasl.mechanism", "SCRAM-SHA-512")
					.containsEntry("ssl.endpoint.identification.algorithm", "https");
			}
			assertThat(settings.consumer()).containsEntry("isolation.level", "read_committed");
			assertThat(settings.admin()).doesNotContainKey("isolation.level");
		});
	}

}
