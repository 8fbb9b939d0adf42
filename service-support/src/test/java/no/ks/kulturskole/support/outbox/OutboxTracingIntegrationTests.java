package no.ks.kulturskole.support.outbox;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import no.ks.kulturskole.contracts.Topics;
import no.ks.kulturskole.contracts.workshop.SessionDetails;
import no.ks.kulturskole.contracts.workshop.WorkshopFormat;
import no.ks.kulturskole.contracts.workshop.WorkshopScheduled;
import no.ks.kulturskole.support.tracing.TraceParent;
import no.ks.kulturskole.testsupport.CallerTokens;
import no.ks.kulturskole.testsupport.TestInfrastructure;
import no.ks.kulturskole.testsupport.TopicProbe;
import org.bson.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The relay publishes long after the request, on its own thread; the record it sends
 * still belongs to the request's trace, because the entry stored the trace context.
 */
@SpringBootTest(classes = OutboxRelayIntegrationTests.TestApplication.class,
		properties = { "spring.config.import=classpath:platform-defaults.yml", "spring.application.name=support-test",
				"platform.outbox.collections=traced" })
class OutboxTracingIntegrationTests {

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		TestInfrastructure.registerKafkaAndMongo(registry);
		CallerTokens.trustedBy(registry);
	}

	@Autowired
	MongoTemplate mongo;

	@Autowired
	OutboxEntries outboxEntries;

	@Autowired
	Tracer tracer;

	@Test
	void theRelayedRecordContinuesTheTraceOfTheRequestThatStoredTheEvent() {
		String workshopId = UUID.randomUUID().toString();
		Span request = this.tracer.nextSpan().name("request").start();
		OutboxEntry entry;
		try (Tracer.SpanInScope scope = this.tracer.withSpan(request)) {
			entry = this.outboxEntries.of(scheduled(workshopId));
		}
		finally {
			request.end();
		}
		assertThat(TraceParent.traceIdOf(entry.traceparent())).contains(request.context().traceId());

		Document stored = new Document();
		this.mongo.getConverter().write(entry, stored);
		stored.remove("_class");
		this.mongo.insert(new Document("_id", workshopId).append("outbox", List.of(stored)), "traced");

		try (TopicProbe probe = new TopicProbe(TestInfrastructure.kafka().getBrokersAsString(),
				Topics.WORKSHOP_EVENTS)) {
			await().atMost(Duration.ofSeconds(30))
				.untilAsserted(() -> assertThat(probe.records()).filteredOn((record) -> workshopId.equals(record.key()))
					.singleElement()
					.satisfies((record) -> {
						assertThat(TraceParent.traceIdOf(record.traceparent())).contains(request.context().traceId());
						// a span of its own (the relay's producer span), child of the
						// request's
						assertThat(record.traceparent()).doesNotContain(request.context().spanId());
					}));
		}
	}

	@Test
	void anEventWrittenOutsideAnyTraceStoresNoTraceContext() {
		assertThat(this.outboxEntries.of(scheduled(UUID.randomUUID().toString())).traceparent()).isNull();
	}

	private static WorkshopScheduled scheduled(String workshopId) {
		return new WorkshopScheduled(UUID.randomUUID(), workshopId, Instant.now(), 1, "Verksted", null, null,
				WorkshopFormat.ONLINE, null, "nb", Instant.now().plusSeconds(3600), 2, null, false,
				List.of(new SessionDetails("s-1", Instant.now().plusSeconds(7200), Instant.now().plusSeconds(9000), 60,
						null)));
	}

}
