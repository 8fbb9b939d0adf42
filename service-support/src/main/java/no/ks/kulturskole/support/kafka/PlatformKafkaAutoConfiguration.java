package no.ks.kulturskole.support.kafka;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import no.ks.kulturskole.contracts.TopicSpec;
import no.ks.kulturskole.support.deadletter.ConsumerErrorHandling;
import no.ks.kulturskole.support.deadletter.DeadLetterAdmin;
import no.ks.kulturskole.support.deadletter.DeadLetterController;
import no.ks.kulturskole.support.deadletter.DeadLetterPublisher;
import org.apache.kafka.clients.admin.NewTopic;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.kafka.autoconfigure.KafkaConnectionDetails;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.cloud.stream.binder.kafka.properties.KafkaBinderConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.core.KafkaAdmin;

/**
 * Topics declared by the code, created or aligned by Boot's {@link KafkaAdmin} when the
 * context starts (before the bindings start, so the binder finds them as declared), and
 * the binder's connection settings for the service's own Kafka clients.
 */
@AutoConfiguration(afterName = { "org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration",
		"org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration" })
@ConditionalOnClass({ KafkaAdmin.class, KafkaBinderConfigurationProperties.class })
@EnableConfigurationProperties(TopicProperties.class)
public class PlatformKafkaAutoConfiguration {

	@Bean
	KafkaAdmin.NewTopics declaredTopics(Environment environment, TopicProperties properties,
			@Value("${spring.application.name:unknown}") String application) {
		return new KafkaAdmin.NewTopics(DeclaredTopics.of(application, bindings(environment), properties)
			.stream()
			.map((spec) -> DeclaredTopics.newTopic(spec, properties))
			.toArray(NewTopic[]::new));
	}

	/**
	 * Where every consumer of the service sends its poison (see ConsumerErrorHandling).
	 */
	@Bean(destroyMethod = "close")
	DeadLetterPublisher deadLetterPublisher(KafkaClientSettings kafka, ObjectProvider<MeterRegistry> meters) {
		return new DeadLetterPublisher(kafka.producer(), meters.getIfAvailable(SimpleMeterRegistry::new));
	}

	/**
	 * Transient failures retried until they pass, poison dead-lettered at once: on every
	 * binding's container, instead of the binder's retry and dead-lettering.
	 */
	@Bean
	ConsumerErrorHandling consumerErrorHandling(DeadLetterPublisher deadLetters) {
		return new ConsumerErrorHandling(deadLetters);
	}

	/** The service's dead letters, listed and re-driven by administrators. */
	@Bean
	@ConditionalOnBean(MongoTemplate.class)
	DeadLetterAdmin deadLetterAdmin(Environment environment, TopicProperties properties,
			@Value("${spring.application.name:unknown}") String application, KafkaClientSettings kafka,
			DeadLetterPublisher publisher, MongoTemplate mongo, ObjectProvider<MeterRegistry> meterRegistry) {
		MeterRegistry meters = meterRegistry.getIfAvailable(SimpleMeterRegistry::new);
		List<String> deadLetterTopics = DeclaredTopics.of(application, bindings(environment), properties)
			.stream()
			.map(TopicSpec::name)
			.filter((name) -> name.startsWith("error."))
			.toList();
		// at 0 from the start: an alert on increase() sees the first dead letter only if
		// the
		// series existed before it
		deadLetterTopics.forEach((topic) -> meters.counter(DeadLetterPublisher.METRIC, "topic", topic));
		return new DeadLetterAdmin(deadLetterTopics, kafka.consumer(), publisher, mongo, Clock.systemUTC());
	}

	@Bean
	@ConditionalOnBean(DeadLetterAdmin.class)
	DeadLetterController deadLetterController(DeadLetterAdmin admin) {
		return new DeadLetterController(admin);
	}

	private static Map<String, DeclaredTopics.Binding> bindings(Environment environment) {
		return Binder.get(environment)
			.bind("spring.cloud.stream.bindings", Bindable.mapOf(String.class, DeclaredTopics.Binding.class))
			.orElse(Map.of());
	}

	@Bean
	KafkaClientSettings kafkaClientSettings(KafkaProperties kafka, ObjectProvider<KafkaConnectionDetails> details,
			Environment environment) {
		KafkaBinderConfigurationProperties binder = new KafkaBinderConfigurationProperties(kafka, details);
		Binder.get(environment).bind("spring.cloud.stream.kafka.binder", Bindable.ofInstance(binder));
		return new KafkaClientSettings(binder.mergedConsumerConfiguration(), binder.mergedProducerConfiguration());
	}

}
