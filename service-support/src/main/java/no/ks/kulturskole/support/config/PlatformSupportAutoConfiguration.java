package no.ks.kulturskole.support.config;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.tracing.Tracer;
import no.ks.kulturskole.support.correlation.CorrelationIdFilter;
import no.ks.kulturskole.web.RequestBodyLimit;
import no.ks.kulturskole.support.health.MongoPingHealthIndicator;
import no.ks.kulturskole.support.messaging.EventPublisher;
import no.ks.kulturskole.support.messaging.InboundEvents;
import no.ks.kulturskole.support.messaging.StreamBridgeEventPublisher;
import no.ks.kulturskole.support.outbox.OutboxEntries;
import no.ks.kulturskole.support.outbox.OutboxRelay;
import no.ks.kulturskole.support.outbox.OutboxRelayLoop;
import no.ks.kulturskole.support.problem.ProblemDetailsAdvice;
import no.ks.kulturskole.support.tracing.TraceContinuation;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.cloud.stream.config.ProducerMessageHandlerCustomizer;
import org.springframework.cloud.stream.function.StreamBridge;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.util.unit.DataSize;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.integration.channel.DirectChannel;
import org.springframework.integration.kafka.outbound.KafkaProducerMessageHandler;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Wires the shared pieces into every service that has this module on its classpath. */
@AutoConfiguration(afterName = { "org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration",
		"org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration" })
@EnableScheduling
@EnableConfigurationProperties(OutboxProperties.class)
public class PlatformSupportAutoConfiguration {

	@Bean
	FilterRegistrationBean<CorrelationIdFilter> correlationIdFilter() {
		FilterRegistrationBean<CorrelationIdFilter> registration = new FilterRegistrationBean<>(
				new CorrelationIdFilter());
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}

	/**
	 * Right after the correlation id (so a refusal is still logged with it), before
	 * security and anything that reads a body.
	 */
	@Bean
	FilterRegistrationBean<RequestBodyLimit> requestBodyLimit(
			@Value("${platform.http.max-request-body:256KB}") DataSize maxRequestBody) {
		FilterRegistrationBean<RequestBodyLimit> registration = new FilterRegistrationBean<>(
				new RequestBodyLimit(maxRequestBody.toBytes()));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
		return registration;
	}

	@Bean
	@ConditionalOnMissingBean
	ProblemDetailsAdvice problemDetailsAdvice() {
		return new ProblemDetailsAdvice();
	}

	@Bean(name = "mongoHealthIndicator")
	@ConditionalOnBean(MongoTemplate.class)
	MongoPingHealthIndicator mongoPingHealthIndicator(MongoTemplate mongo) {
		return new MongoPingHealthIndicator(mongo);
	}

	@Bean
	InboundEvents inboundEvents(JsonMapper json, MeterRegistry meters, ObjectProvider<Tracer> tracer) {
		return new InboundEvents(json, meters, new TraceContinuation(tracer.getIfAvailable(() -> Tracer.NOOP)));
	}

	@Bean
	OutboxEntries outboxEntries(JsonMapper json) {
		return new OutboxEntries(json);
	}

	@Bean
	@ConditionalOnMissingBean(EventPublisher.class)
	@ConditionalOnClass(StreamBridge.class)
	StreamBridgeEventPublisher eventPublisher(StreamBridge streamBridge,
			@Value("${spring.application.name:unknown}") String applicationName, ObjectProvider<Tracer> tracer) {
		TraceContinuation tracing = new TraceContinuation(tracer.getIfAvailable(() -> Tracer.NOOP));
		return new StreamBridgeEventPublisher(streamBridge, "/kulturskole/" + applicationName, tracing);
	}

	/**
	 * Hands the future of every send of the Kafka producer bindings to the publisher,
	 * which waits for a whole batch of them at once (the bindings are asynchronous). The
	 * bindings' template observes no send: the relay sends each event in a span of its
	 * own, in the trace of the request that stored it, and writes that span's
	 * {@code traceparent} into the record ({@code StreamBridgeEventPublisher}); the
	 * template's span beside it only cost the relay's thread its time.
	 */
	@Bean
	@ConditionalOnBean(StreamBridgeEventPublisher.class)
	@ConditionalOnClass(KafkaProducerMessageHandler.class)
	ProducerMessageHandlerCustomizer<KafkaProducerMessageHandler<?, ?>> sendFuturesToThePublisher(
			StreamBridgeEventPublisher publisher) {
		DirectChannel futures = new DirectChannel();
		futures.subscribe(publisher.sendFutures());
		return (handler, destination) -> {
			handler.setFuturesChannel(futures);
			handler.getKafkaTemplate().setObservationEnabled(false);
		};
	}

	@Bean
	@ConditionalOnProperty(prefix = "platform.outbox", name = "collections")
	OutboxRelay outboxRelay(MongoTemplate mongo, EventPublisher publisher, OutboxProperties properties,
			OutboxEntries outboxEntries, MeterRegistry meters) {
		OutboxRelay relay = new OutboxRelay(mongo, publisher, properties.collections(), properties.batchSize(), meters);
		relay.hearWritesOf(outboxEntries);
		return relay;
	}

	@Bean
	@ConditionalOnBean(OutboxRelay.class)
	@ConditionalOnProperty(prefix = "platform.outbox", name = "relay-enabled", matchIfMissing = true)
	OutboxRelayLoop outboxRelayLoop(OutboxRelay relay, OutboxProperties properties) {
		return new OutboxRelayLoop(relay, properties.pollInterval(), properties.sweepInterval());
	}

}
