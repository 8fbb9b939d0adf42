package no.ks.kulturskole.reporting.workshopreport.infrastructure;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

import no.ks.kulturskole.contracts.DomainEvent;
import no.ks.kulturskole.contracts.notification.NotificationEvent;
import no.ks.kulturskole.contracts.registration.PilotEvent;
import no.ks.kulturskole.contracts.registration.RegistrationEvent;
import no.ks.kulturskole.contracts.workshop.WorkshopEvent;
import no.ks.kulturskole.reporting.workshopreport.application.PilotProjection;
import no.ks.kulturskole.reporting.workshopreport.application.RejectedEvent;
import no.ks.kulturskole.reporting.workshopreport.application.SourcePosition;
import no.ks.kulturskole.reporting.workshopreport.application.SourcedEvent;
import no.ks.kulturskole.reporting.workshopreport.application.WorkshopReportProjection;
import no.ks.kulturskole.support.deadletter.ConsumerFailures;
import no.ks.kulturskole.support.messaging.InboundEvents;
import no.ks.kulturskole.support.messaging.InboundRecord;

import org.springframework.messaging.Message;

/**
 * The consumer of one topic: takes what one poll brought (the binding is in batch mode),
 * reads each record through {@link InboundEvents} (unknown types skipped, correlation ids
 * and metrics as everywhere), applies them together with
 * {@link WorkshopReportProjection#apply(List)}, and dead-letters the records that could
 * never be read or applied (the platform's {@link ConsumerFailures} decides). The batch
 * is committed when this returns; a transient failure (MongoDB away) is thrown, so the
 * whole batch comes again, without end (the platform's container error handling), which
 * the projection makes harmless.
 */
public class BatchedEvents<T extends DomainEvent> implements Consumer<Message<List<byte[]>>> {

	private final Class<T> topicType;

	private final InboundEvents inbound;

	private final LiveConsumption live;

	private final WorkshopReportProjection projection;

	private final PilotProjection pilots;

	private final DeadLetters deadLetters;

	public BatchedEvents(Class<T> topicType, InboundEvents inbound, LiveConsumption live,
			WorkshopReportProjection projection, PilotProjection pilots, DeadLetters deadLetters) {
		this.topicType = topicType;
		this.inbound = inbound;
		this.live = live;
		this.projection = projection;
		this.pilots = pilots;
		this.deadLetters = deadLetters;
	}

	@Override
	public void accept(Message<List<byte[]>> batch) {
		List<InboundRecord> records = InboundRecord.allOf(batch);
		this.live.applyBatch(() -> this.inbound.handlingOneBatch(subjectsOf(records), () -> apply(records)));
	}

	private void apply(List<InboundRecord> records) {
		Map<SourcePosition, InboundRecord> byPosition = new LinkedHashMap<>();
		List<SourcedEvent> events = new ArrayList<>();
		for (InboundRecord record : records) {
			SourcePosition position = new SourcePosition(record.topic(), record.partition(), record.offset());
			byPosition.put(position, record);
			try {
				this.inbound.handle(record.message(), this.topicType,
						event -> events.add(new SourcedEvent(event, position)));
			}
			catch (RuntimeException ex) {
				// not readable as an event of this topic: retrying cannot help
				deadLetterPoison(record, ex);
			}
		}
		for (RejectedEvent rejected : this.projection.apply(events)) {
			deadLetterPoison(byPosition.get(rejected.event().position()), rejected.cause());
		}
		for (SourcedEvent sourced : events) {
			if (sourced.event() instanceof PilotEvent pilot) {
				applyPilot(pilot, sourced.position(), byPosition.get(sourced.position()));
			}
		}
	}

	/**
	 * What each record's event is about: for a delegation's events, their key's owner.
	 */
	private static List<String> subjectsOf(List<InboundRecord> records) {
		return records.stream().map(InboundRecord::subject).filter(Objects::nonNull).toList();
	}

	/** Pilot applications are few, one document each: applied one at a time. */
	private void applyPilot(PilotEvent pilot, SourcePosition position, InboundRecord record) {
		try {
			this.pilots.apply(pilot, position);
		}
		catch (RuntimeException ex) {
			deadLetterPoison(record, ex);
		}
	}

	/**
	 * Dead-letters a record that can never be applied; a transient failure (MongoDB away,
	 * see {@link ConsumerFailures}) is thrown instead, so the whole batch comes again
	 * (harmless: the projection is idempotent) rather than a good record being lost to
	 * the dead-letter topic.
	 */
	private void deadLetterPoison(InboundRecord record, Exception ex) {
		if (ConsumerFailures.isTransient(ex)) {
			throw (ex instanceof RuntimeException runtime) ? runtime : new IllegalStateException(ex);
		}
		this.deadLetters.send(record, ex);
	}

}
