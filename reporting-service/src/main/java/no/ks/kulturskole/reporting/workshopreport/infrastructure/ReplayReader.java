package no.ks.kulturskole.reporting.workshopreport.infrastructure;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

import no.ks.kulturskole.contracts.DomainEvent;
import no.ks.kulturskole.contracts.EventHeaders;
import no.ks.kulturskole.contracts.Topics;
import no.ks.kulturskole.contracts.notification.NotificationEvent;
import no.ks.kulturskole.contracts.registration.RegistrationEvent;
import no.ks.kulturskole.contracts.workshop.WorkshopEvent;
import no.ks.kulturskole.reporting.workshopreport.application.SourcePosition;
import no.ks.kulturskole.reporting.workshopreport.application.SourcedEvent;
import no.ks.kulturskole.support.privacy.PersonalDataSeals;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns a replay's records into events: one reused {@link ObjectReader} per topic (its
 * sealed type), instants read by {@link IsoInstants}, personal fields opened as the live
 * consumers open them. Safe for several threads at once, as the readers are.
 */
final class ReplayReader {

	private final Map<String, ObjectReader> readers;

	private final BiConsumer<SourcePosition, RuntimeException> skip;

	private volatile PersonalDataSeals personalData;

	/**
	 * @param skip told of a record that cannot be read (an unknown type from a newer
	 * producer, or one the live consumers dead-lettered as well)
	 */
	ReplayReader(JsonMapper json, BiConsumer<SourcePosition, RuntimeException> skip) {
		JsonMapper events = IsoInstants.readingFast(json);
		this.readers = Map.of(Topics.WORKSHOP_EVENTS, events.readerFor(WorkshopEvent.class), Topics.REGISTRATION_EVENTS,
				events.readerFor(RegistrationEvent.class), Topics.NOTIFICATION_EVENTS,
				events.readerFor(NotificationEvent.class));
		this.skip = skip;
	}

	/**
	 * @param seals opens personal fields (the live consumers' keys); {@code null} leaves
	 * them sealed
	 */
	void openingPersonalDataWith(PersonalDataSeals seals) {
		this.personalData = seals;
	}

	/** The records' events in their order; records that cannot be read are skipped. */
	List<SourcedEvent> read(List<ConsumerRecord<byte[], byte[]>> records) {
		List<SourcedEvent> events = new ArrayList<>(records.size());
		Runnable reading = () -> {
			for (ConsumerRecord<byte[], byte[]> record : records) {
				SourcedEvent event = read(record);
				if (event != null) {
					events.add(event);
				}
			}
		};
		PersonalDataSeals seals = this.personalData;
		if (seals != null) {
			// the keys of the records' subjects (a delegation's events name the owner of
			// their personal data) looked up with one query, as the live consumers do
			// through InboundEvents#handlingOneBatch (the replay reads records, not
			// messages), not one round trip per delegation
			seals.withinOneBatch(subjectsOf(records), reading);
		}
		else {
			reading.run();
		}
		return events;
	}

	private static List<String> subjectsOf(List<ConsumerRecord<byte[], byte[]>> records) {
		List<String> subjects = new ArrayList<>();
		for (ConsumerRecord<byte[], byte[]> record : records) {
			Header subject = record.headers().lastHeader(EventHeaders.SUBJECT);
			if (subject != null && subject.value() != null) {
				subjects.add(new String(subject.value(), StandardCharsets.UTF_8));
			}
		}
		return subjects;
	}

	private SourcedEvent read(ConsumerRecord<byte[], byte[]> record) {
		SourcePosition at = new SourcePosition(record.topic(), record.partition(), record.offset());
		ObjectReader reader = this.readers.get(record.topic());
		if (reader == null) {
			// not a topic of ours
			return null;
		}
		try {
			return new SourcedEvent(opened(reader.readValue(record.value())), at);
		}
		catch (RuntimeException ex) {
			this.skip.accept(at, ex);
			return null;
		}
	}

	private DomainEvent opened(DomainEvent event) {
		// personal data travels on registration.events only
		PersonalDataSeals seals = this.personalData;
		return (seals != null && event instanceof RegistrationEvent registration)
				? seals.openForReplay(registration, RegistrationEvent.class) : event;
	}

}
