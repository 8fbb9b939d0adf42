package no.ks.kulturskole.workshop.workshop;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import com.mongodb.event.CommandListener;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import com.mongodb.event.CommandStartedEvent;
import no.ks.kulturskole.contracts.EventHeaders;
import no.ks.kulturskole.contracts.registration.DelegationEvent;
import no.ks.kulturskole.contracts.registration.DelegationRegistered;
import no.ks.kulturskole.contracts.registration.PilotMunicipalitySelected;
import no.ks.kulturskole.contracts.registration.RegistrationEvent;
import no.ks.kulturskole.contracts.registration.SeatStatus;
import no.ks.kulturskole.support.deadletter.DeadLetterPublisher;
import no.ks.kulturskole.testsupport.CallerTokens;
import no.ks.kulturskole.testsupport.OnePoll;
import no.ks.kulturskole.testsupport.TestInfrastructure;
import no.ks.kulturskole.testsupport.TopicProbe;
import no.ks.kulturskole.testsupport.TopicProbe.PublishedRecord;
import no.ks.kulturskole.workshop.workshop.application.PilotMunicipalities;
import no.ks.kulturskole.workshop.workshop.application.SeatCount;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.bson.BsonValue;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The seat count through the binding as production runs it, on the real broker: a poll of
 * registration.events at a time. A rush published at once is one bulk write and counts as
 * one event at a time would; published again, with new events after it, only the new ones
 * change anything and an older place moves no seat back; a record that is no event is
 * dead-lettered and the poll around it applied, a pilot selection included; a poll whose
 * database is away comes again, whole, until it is applied.
 * <p>
 * Its own topic and consumer group: the other classes' contexts, cached and still
 * consuming registration.events in the service's group, would take partitions from it.
 */
@SpringBootTest(properties = "workshop.timetable.interval=PT1H")
@Import(SeatCountIntegrationTests.SeatCommands.class)
class SeatCountIntegrationTests {

	private static final String RUN = UUID.randomUUID().toString().substring(0, 8);

	private static final String TOPIC = "registration.events.seats-" + RUN;

	private static final String GROUP = "workshop-seats-" + RUN;

	private static final Duration PATIENCE = Duration.ofSeconds(60);

	private static final MongoSwitch DATABASE = MongoSwitch.inFrontOf(TestInfrastructure.mongoUri());

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		String brokers = TestInfrastructure.kafka().getBrokersAsString();
		registry.add("spring.kafka.bootstrap-servers", () -> brokers);
		registry.add("spring.cloud.stream.kafka.binder.brokers", () -> brokers);
		// through the switch, so that the database can go away for this context only; the
		// driver gives up on it quickly, as the consumer then sees it
		String database = "seats-" + RUN;
		registry.add("spring.mongodb.uri",
				() -> DATABASE.uri() + "/" + database + "?serverSelectionTimeoutMS=500&connectTimeoutMS=500");
		registry.add("spring.mongodb.database", () -> database);
		CallerTokens.trustedBy(registry);
		registry.add("spring.cloud.stream.bindings.registrationEvents-in-0.destination", () -> TOPIC);
		registry.add("spring.cloud.stream.bindings.registrationEvents-in-0.group", () -> GROUP);
	}

	@Autowired
	SeatCount seats;

	@Autowired
	MongoTemplate mongo;

	@Autowired
	JsonMapper json;

	@Autowired
	SeatCommands commands;

	@Autowired
	PilotMunicipalities pilot;

	@Autowired
	MeterRegistry meters;

	@Test
	void aRushPublishedAtOnceIsOneWriteAndPublishedAgainWithNewEventsOnlyTheNewCount() {
		String workshopId = "w-" + UUID.randomUUID();
		String prefix = workshopId + "-";
		List<DelegationEvent> rush = DelegationHistory.rush(workshopId, prefix).events();
		this.commands.updates.clear();

		publishTogether(workshopId, rush.stream().map(this::valueOf).toList());

		// the rush's last event moves e to s-2: once it counts, everything before it does
		await().atMost(PATIENCE).until(() -> this.seats.confirmedPersons(workshopId, "s-2") == 1);
		assertThat(this.seats.confirmedPersons(workshopId, "s-1")).isEqualTo(5);
		assertThat(this.commands.updates).as("one record batch, one poll, one bulk write").hasSize(1);
		Document cancelled = seatsOf(prefix + "c");
		Document moved = seatsOf(prefix + "e");

		DelegationHistory later = new DelegationHistory(workshopId);
		later.participants(prefix + "a", "s-1", 1);
		later.cancelled(prefix + "b", "s-1", 2, 3);
		// published before d went on the waiting list (sequence 2), arriving after it
		later.promoted(prefix + "d", "s-1", 1, 1);
		later.registered(prefix + "z", "s-3", SeatStatus.WAITLISTED, 1, 1);
		List<DelegationEvent> again = new ArrayList<>(rush);
		again.addAll(later.events());
		publishTogether(workshopId, again.stream().map(this::valueOf).toList());

		await().atMost(PATIENCE).until(() -> seatsOf(prefix + "z") != null);
		assertThat(this.seats.confirmedPersons(workshopId, "s-1")).isEqualTo(4);
		assertThat(this.seats.confirmedPersons(workshopId, "s-2")).isEqualTo(1);
		assertThat(seatsOf(prefix + "d")).containsEntry("seat", "WAITLISTED").containsEntry("sequence", 2L);
		assertThat(seatsOf(prefix + "c")).as("applied already: unchanged").isEqualTo(cancelled);
		assertThat(seatsOf(prefix + "e")).as("applied already: unchanged").isEqualTo(moved);
	}

	@Test
	void aRecordThatIsNoEventIsDeadLetteredAndThePollAroundItAppliedPilotSelectionIncluded() {
		String workshopId = "w-" + UUID.randomUUID();
		String organisationNumber = "4601";
		DelegationHistory before = new DelegationHistory(workshopId);
		before.registered(workshopId + "-x", "s-1", SeatStatus.CONFIRMED, 2, 1);
		before.participants(workshopId + "-x", "s-1", 2);
		DelegationHistory after = new DelegationHistory(workshopId);
		after.registered(workshopId + "-y", "s-1", SeatStatus.CONFIRMED, 1, 1);
		List<ProducerRecord<String, byte[]>> poll = new ArrayList<>();
		before.events().forEach((event) -> poll.add(record(workshopId, valueOf(event))));
		poll.add(record(workshopId, new Value("DelegationRegistered", UUID.randomUUID().toString(),
				"{\"type\":\"DelegationRegistered\",\"eventId\":".getBytes(StandardCharsets.UTF_8))));
		// keyed by the workshop here, so that it sits between the seat events of the poll
		poll.add(record(workshopId, valueOf(new PilotMunicipalitySelected(UUID.randomUUID(), "application-1",
				Instant.now(), PilotMunicipalitySelected.SCHEMA_VERSION, organisationNumber))));
		after.events().forEach((event) -> poll.add(record(workshopId, valueOf(event))));

		OnePoll.publish(poll);

		await().atMost(PATIENCE).until(() -> seatsOf(workshopId + "-y") != null);
		assertThat(this.seats.confirmedPersons(workshopId, "s-1")).isEqualTo(3);
		assertThat(this.pilot.all()).contains(organisationNumber);
		try (TopicProbe deadLetters = new TopicProbe(TestInfrastructure.kafka().getBrokersAsString(),
				"error." + TOPIC + "." + GROUP)) {
			await().atMost(PATIENCE)
				.untilAsserted(
						() -> assertThat(deadLetters.records()).filteredOn((record) -> workshopId.equals(record.key()))
							.extracting(PublishedRecord::type)
							.containsExactly("DelegationRegistered"));
		}
	}

	@Test
	void aPollWhoseDatabaseIsAwayComesAgainWholeUntilItIsAppliedAndNothingIsDeadLettered() {
		String workshopId = "w-" + UUID.randomUUID();
		List<DelegationEvent> rush = DelegationHistory.rush(workshopId, workshopId + "-").events();
		long registrations = rush.stream().filter(DelegationRegistered.class::isInstance).count();
		long handledBefore = handled("DelegationRegistered");
		double deadLettersBefore = deadLetters();

		DATABASE.down();
		try {
			publishTogether(workshopId, rush.stream().map(this::valueOf).toList());
			// read, its writes failed, and read again: the container handed the poll in
			// again
			await().atMost(PATIENCE).until(() -> handled("DelegationRegistered") - handledBefore >= 2 * registrations);
		}
		finally {
			DATABASE.up();
		}

		await().atMost(PATIENCE).until(() -> this.seats.confirmedPersons(workshopId, "s-2") == 1);
		assertThat(this.seats.confirmedPersons(workshopId, "s-1")).isEqualTo(5);
		assertThat(deadLetters()).isEqualTo(deadLettersBefore);
	}

	/** The events of the type read so far, by every poll and every time again. */
	private long handled(String type) {
		return this.meters.find("platform.events.handled")
			.tag("type", type)
			.timers()
			.stream()
			.mapToLong(Timer::count)
			.sum();
	}

	private double deadLetters() {
		return this.meters.find(DeadLetterPublisher.METRIC).counters().stream().mapToDouble(Counter::count).sum();
	}

	private Document seatsOf(String delegationId) {
		return this.mongo.findById(delegationId, Document.class, "delegation_seats");
	}

	private Value valueOf(RegistrationEvent event) {
		return new Value(event.getClass().getSimpleName(), event.eventId().toString(),
				this.json.writeValueAsBytes(event));
	}

	private static ProducerRecord<String, byte[]> record(String key, Value value) {
		ProducerRecord<String, byte[]> record = new ProducerRecord<>(TOPIC, key, value.payload());
		record.headers()
			.add(EventHeaders.TYPE, value.type().getBytes(StandardCharsets.UTF_8))
			.add(EventHeaders.ID, value.eventId().getBytes(StandardCharsets.UTF_8));
		return record;
	}

	private static void publishTogether(String key, List<Value> values) {
		OnePoll.publish(values.stream().map((value) -> record(key, value)).toList());
	}

	/** A record's value as published, with its type and event id. */
	private record Value(String type, String eventId, byte[] payload) {
	}

	/** Counts the service's update commands on {@code delegation_seats}. */
	@TestConfiguration(proxyBeanMethods = false)
	static class SeatCommands {

		final List<String> updates = new CopyOnWriteArrayList<>();

		@Bean
		MongoClientSettingsBuilderCustomizer countSeatUpdates() {
			return (settings) -> settings.addCommandListener(new CommandListener() {
				@Override
				public void commandStarted(CommandStartedEvent event) {
					BsonValue collection = event.getCommand().get(event.getCommandName());
					if (event.getCommandName().equals("update") && collection != null && collection.isString()
							&& collection.asString().getValue().equals("delegation_seats")) {
						SeatCommands.this.updates.add(event.getCommandName());
					}
				}
			});
		}

	}

}
