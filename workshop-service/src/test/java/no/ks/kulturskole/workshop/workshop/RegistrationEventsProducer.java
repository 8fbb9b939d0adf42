package no.ks.kulturskole.workshop.workshop;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import no.ks.kulturskole.contracts.EventHeaders;
import no.ks.kulturskole.contracts.Topics;
import no.ks.kulturskole.contracts.registration.Contact;
import no.ks.kulturskole.contracts.registration.DelegationRegistered;
import no.ks.kulturskole.contracts.registration.Organisation;
import no.ks.kulturskole.contracts.registration.ParticipantRegistered;
import no.ks.kulturskole.contracts.registration.ParticipantRemoved;
import no.ks.kulturskole.contracts.registration.PilotMunicipalitySelected;
import no.ks.kulturskole.contracts.registration.RegistrationEvent;
import no.ks.kulturskole.contracts.registration.RoleCategory;
import no.ks.kulturskole.contracts.registration.SeatStatus;
import no.ks.kulturskole.testsupport.TestInfrastructure;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import tools.jackson.databind.json.JsonMapper;

/**
 * Publishes on registration.events what registration-service would: a plain producer on
 * the real broker, keyed by workshop and with the CloudEvents type header.
 */
public final class RegistrationEventsProducer implements AutoCloseable {

	private final JsonMapper json;

	private final KafkaProducer<String, String> producer;

	public RegistrationEventsProducer(JsonMapper json) {
		this.json = json;
		this.producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
				TestInfrastructure.kafka().getBrokersAsString(), ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG,
				StringSerializer.class, ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class));
	}

	public void delegation(String delegationId, String workshopId, String sessionId, SeatStatus status,
			int participantCount) {
		Instant now = Instant.now();
		send(new DelegationRegistered(UUID.randomUUID(), delegationId, workshopId, now,
				DelegationRegistered.SCHEMA_VERSION, sessionId, status,
				new Organisation("3403", "Hamar", "34", "Innlandet"),
				new Contact("Kari Nordmann", "kari@example.no", null), participantCount, "Verksted",
				now.plusSeconds(86400), now.plusSeconds(90000), "nb"));
	}

	/**
	 * @return the ids of the participants
	 */
	public List<String> participants(String delegationId, String workshopId, String sessionId, int count) {
		List<String> ids = new ArrayList<>();
		for (int index = 0; index < count; index++) {
			String participantId = "p-" + UUID.randomUUID();
			ids.add(participantId);
			send(new ParticipantRegistered(UUID.randomUUID(), delegationId, workshopId, Instant.now(),
					ParticipantRegistered.SCHEMA_VERSION, participantId, sessionId, "3403", "Deltaker " + index,
					"deltaker" + index + "@example.no", "Lærer", RoleCategory.values()[0]));
		}
		return ids;
	}

	/** Staff selected the municipality for the pilot; the same event when given one. */
	public void pilotMunicipalitySelected(UUID eventId, String organisationNumber) {
		send(new PilotMunicipalitySelected(eventId, "application-" + organisationNumber, Instant.now(),
				PilotMunicipalitySelected.SCHEMA_VERSION, organisationNumber));
	}

	public void removed(String delegationId, String workshopId, String sessionId, String participantId) {
		send(new ParticipantRemoved(UUID.randomUUID(), delegationId, workshopId, Instant.now(),
				ParticipantRemoved.SCHEMA_VERSION, participantId, sessionId));
	}

	private void send(RegistrationEvent event) {
		ProducerRecord<String, String> record = new ProducerRecord<>(Topics.REGISTRATION_EVENTS, event.partitionKey(),
				this.json.writeValueAsString(event));
		record.headers()
			.add(EventHeaders.TYPE, event.getClass().getSimpleName().getBytes(StandardCharsets.UTF_8))
			.add(EventHeaders.ID, event.eventId().toString().getBytes(StandardCharsets.UTF_8));
		try {
			this.producer.send(record).get();
		}
		catch (Exception ex) {
			throw new IllegalStateException("Could not publish " + event.getClass().getSimpleName(), ex);
		}
	}

	@Override
	public void close() {
		this.producer.close();
	}

}
