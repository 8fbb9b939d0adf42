package no.ks.kulturskole.support.messaging;

import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import no.ks.kulturskole.contracts.DomainEvent;
import no.ks.kulturskole.contracts.EventHeaders;
import no.ks.kulturskole.support.correlation.CorrelationId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import no.ks.kulturskole.support.privacy.PersonalDataSeals;
import no.ks.kulturskole.support.tracing.TraceContinuation;
import no.ks.kulturskole.support.tracing.TraceParent;
import org.slf4j.MDC;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.messaging.Message;

/**
 * The one way services read events: JSON to the topic's sealed type, the correlation id
 * of the request that caused it into the log context, and a Micrometer timer per event
 * type. Exceptions propagate so that the binder retries and then dead-letters the record.
 */
public class InboundEvents {

	private static final Logger log = LoggerFactory.getLogger(InboundEvents.class);

	private final JsonMapper json;

	private final MeterRegistry meters;

	private final TraceContinuation traces;

	private volatile PersonalDataSeals seals;

	public InboundEvents(JsonMapper json, MeterRegistry meters) {
		this(json, meters, TraceContinuation.NONE);
	}

	/**
	 * @param traces continues the record's trace where no listener observation has (batch
	 * listeners), so the handling and its log lines belong to the request's trace
	 */
	public InboundEvents(JsonMapper json, MeterRegistry meters, TraceContinuation traces) {
		this.json = json;
		this.meters = meters;
		this.traces = traces;
	}

	/**
	 * A service that reads personal data opens it here, before any handler sees the event
	 * (see {@link no.ks.kulturskole.support.privacy.PersonalDataSeals#open}); the others
	 * get the events as published, personal fields sealed.
	 */
	public void openPersonalDataWith(PersonalDataSeals seals) {
		this.seals = seals;
	}

	public <T extends DomainEvent> void handle(Message<byte[]> message, Class<T> topicType, Consumer<T> handler) {
		String correlationId = header(message, EventHeaders.CORRELATION_ID).orElse(null);
		String type = header(message, EventHeaders.TYPE).orElse("unknown");
		if (!isOfTopic(type, topicType)) {
			// A newer producer may publish types this service does not know yet: additive
			// evolution
			// means skipping them, not dead-lettering them.
			this.meters.counter("platform.events.skipped", "type", type).increment();
			log.debug("Skipped event of type {} unknown to this service", type);
			return;
		}
		CorrelationId.set(correlationId);
		MDC.put("eventType", type);
		Timer.Sample sample = Timer.start(this.meters);
		String outcome = "success";
		try (TraceContinuation.Continued trace = this.traces.consuming(header(message, TraceParent.HEADER).orElse(null),
				type)) {
			T event = open(this.json.readValue(message.getPayload(), topicType), topicType);
			MDC.put("eventId", event.eventId().toString());
			handler.accept(event);
			// ids and type only: the correlation id in the log pattern ties this line to
			// the request
			log.info("Handled {} {} of {}", type, event.eventId(), event.aggregateId());
		}
		catch (RuntimeException ex) {
			outcome = "error";
			throw ex;
		}
		finally {
			sample.stop(Timer.builder("platform.events.handled")
				.description("Time to apply one consumed event")
				.tag("type", type)
				.tag("outcome", outcome)
				.register(this.meters));
			MDC.remove("eventType");
			MDC.remove("eventId");
			CorrelationId.clear();
		}
	}

	/**
	 * Handles a consumer's batch ({@link #handle} per record inside {@code work}) with
	 * each owner's data key looked up once for the batch, not once per event, and the
	 * keys of the records' subjects ({@code ce_subject}: a delegation's events name the
	 * delegation, the owner of their personal data) looked up together before the first
	 * event is opened.
	 */
	public void handlingOneBatch(Collection<String> subjects, Runnable work) {
		PersonalDataSeals opener = this.seals;
		if (opener != null) {
			opener.withinOneBatch(subjects, work);
		}
		else {
			work.run();
		}
	}

	private <T extends DomainEvent> T open(T event, Class<T> topicType) {
		PersonalDataSeals opener = this.seals;
		return (opener != null) ? opener.open(event, topicType) : event;
	}

	private static boolean isOfTopic(String type, Class<?> topicType) {
		if ("unknown".equals(type) || !topicType.isSealed()) {
			return true;
		}
		return concreteTypesOf(topicType).anyMatch(known -> known.getSimpleName().equals(type));
	}

	/** A topic's sealed interface may group its events under sealed sub-interfaces. */
	private static Stream<Class<?>> concreteTypesOf(Class<?> type) {
		return type.isSealed() ? Stream.of(type.getPermittedSubclasses()).flatMap(InboundEvents::concreteTypesOf)
				: Stream.of(type);
	}

	/**
	 * A header of the consumed record. Spring Cloud Function hands CloudEvents headers to
	 * functions in their canonical form ({@code ce-type}), so {@code ce_type} is looked
	 * up under both names.
	 */
	public static Optional<String> header(Message<?> message, String name) {
		Object value = message.getHeaders().get(name);
		if (value == null && name.startsWith("ce_")) {
			value = message.getHeaders().get("ce-" + name.substring(3));
		}
		if (value instanceof byte[] bytes) {
			return Optional.of(new String(bytes, StandardCharsets.UTF_8));
		}
		return Optional.ofNullable(value).map(Object::toString);
	}

}
