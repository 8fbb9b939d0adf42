package no.ks.kulturskole.reporting.workshopreport;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import no.ks.kulturskole.contracts.DomainEvent;
import no.ks.kulturskole.contracts.registration.DelegationPromoted;
import no.ks.kulturskole.contracts.registration.ReflectionAnswer;
import no.ks.kulturskole.contracts.registration.ReflectionSubmitted;
import no.ks.kulturskole.reference.MunicipalityRegister;
import no.ks.kulturskole.reporting.workshopreport.application.MunicipalityDirectory;
import no.ks.kulturskole.reporting.workshopreport.application.RejectedEvent;
import no.ks.kulturskole.reporting.workshopreport.application.SourcedEvent;
import no.ks.kulturskole.reporting.workshopreport.application.WorkshopReportProjection;
import no.ks.kulturskole.reporting.workshopreport.infrastructure.MongoWorkshopReportStore;
import no.ks.kulturskole.reporting.workshopreport.infrastructure.Replayer;
import no.ks.kulturskole.reporting.workshopreport.model.Totals;
import no.ks.kulturskole.testsupport.TestInfrastructure;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.bson.RawBsonDocument;
import org.bson.codecs.BsonDocumentCodec;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.data.mongodb.core.MongoTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

/**
 * Batches as the consumers and the rebuild hand them over: events of several workshops
 * and topics in one call, each report written once. Real embedded MongoDB-compatible
 * server, no broker: the batches are chosen here.
 */
class BatchProjectionTests {

	private static MongoClient client;

	private static MongoTemplate mongo;

	private static MongoWorkshopReportStore store;

	private static WorkshopReportProjection projection;

	@BeforeAll
	static void connect() {
		client = MongoClients.create(TestInfrastructure.mongoUri());
		mongo = new MongoTemplate(client, "reporting-batch-" + UUID.randomUUID());
		store = new MongoWorkshopReportStore(mongo);
		projection = new WorkshopReportProjection(store, new MunicipalityDirectory(MunicipalityRegister.load()));
	}

	@AfterAll
	static void disconnect() {
		client.close();
	}

	@Test
	void aBatchWithEventsOfSeveralWorkshopsAndTopicsLandsInEachReport() {
		WorkshopHistory first = new WorkshopHistory();
		WorkshopHistory second = new WorkshopHistory();

		List<RejectedEvent> rejected = projection.apply(interleaved(first, second));

		assertThat(rejected).isEmpty();
		assertThat(store.find(first.workshopId)).contains(first.expectedReport());
		assertThat(store.find(second.workshopId)).contains(second.expectedReport());
	}

	@Test
	void aWholeBatchDeliveredAgainChangesNothingNotEvenTheDocument() {
		WorkshopHistory first = new WorkshopHistory();
		WorkshopHistory second = new WorkshopHistory();
		List<SourcedEvent> batch = interleaved(first, second);
		projection.apply(batch);
		Document before = stored(first.workshopId);

		projection.apply(batch);
		projection.apply(batch.subList(3, batch.size()));

		assertThat(stored(first.workshopId)).isEqualTo(before);
		assertThat(store.find(first.workshopId)).contains(first.expectedReport());
		assertThat(store.find(second.workshopId)).contains(second.expectedReport());
	}

	@Test
	void anEventThatCannotBeAppliedIsHandedBackAndTheRestOfTheBatchIsApplied() {
		WorkshopHistory history = new WorkshopHistory();
		WorkshopHistory other = new WorkshopHistory();
		DelegationPromoted unknown = new DelegationPromoted(UUID.randomUUID(), "d-" + UUID.randomUUID(),
				history.workshopId, WorkshopHistory.START, 1, history.morning, 2);
		List<SourcedEvent> batch = new ArrayList<>(sourced(inTopicOrder(history).subList(0, 5)));
		batch.add(sourced(unknown));
		batch.addAll(sourced(inTopicOrder(history).subList(5, inTopicOrder(history).size())));
		batch.addAll(sourced(inTopicOrder(other)));

		List<RejectedEvent> rejected = projection.apply(batch);

		assertThat(rejected).singleElement()
			.satisfies(refused -> assertThat(refused.event().event()).isEqualTo(unknown));
		assertThat(store.find(history.workshopId)).contains(history.expectedReport());
		assertThat(store.find(other.workshopId)).contains(other.expectedReport());
	}

	@Test
	void aReportAnotherInstanceChangedSinceThisOneWroteItIsReadAfreshNotOverwritten() {
		WorkshopHistory history = new WorkshopHistory();
		List<SourcedEvent> events = sourced(inTopicOrder(history));
		WorkshopReportProjection otherInstance = new WorkshopReportProjection(new MongoWorkshopReportStore(mongo),
				new MunicipalityDirectory(MunicipalityRegister.load()));
		int third = events.size() / 3;

		// this instance writes the report and remembers it as written
		projection.apply(events.subList(0, third));
		// another instance changes it meanwhile
		otherInstance.apply(events.subList(third, 2 * third));
		// this one's next batch must fold onto the other's version, not onto its memory
		projection.apply(events.subList(2 * third, events.size()));

		assertThat(store.find(history.workshopId)).contains(history.expectedReport());
	}

	@Test
	void theDocumentDoesNotGrowWithRedeliveredRepublishedOrRepeatedEvents() {
		WorkshopHistory history = new WorkshopHistory();
		projection.apply(sourced(inTopicOrder(history)));
		// enough events to fill the recent event ids once
		reflections(history, 100);
		int bytes = sizeOf(history.workshopId);

		projection.apply(sourced(inTopicOrder(history)));
		for (DomainEvent event : inTopicOrder(history)) {
			projection.apply(List.of(new SourcedEvent(event, EventLog.republish(event))));
		}
		reflections(history, 400);

		assertThat(sizeOf(history.workshopId)).isEqualTo(bytes);
		assertThat(store.find(history.workshopId).orElseThrow().totals()).isEqualTo(new Totals(3, 7, 3, 5, 2, 2, 0, 1));
	}

	@Test
	void aRebuildsReplayGivesTheSameReportsAsTheLiveProjection() {
		WorkshopHistory first = new WorkshopHistory();
		WorkshopHistory second = new WorkshopHistory();
		List<SourcedEvent> events = interleaved(first, second);
		DelegationPromoted promoted = new DelegationPromoted(UUID.randomUUID(), first.oslo, first.workshopId,
				WorkshopHistory.START, 1, first.morning, 2);
		events.add(sourced(promoted));
		// live: a batch at a time, as polled
		for (int from = 0; from < events.size(); from += 4) {
			projection.apply(events.subList(from, Math.min(from + 4, events.size())));
		}
		JsonMapper json = JsonMapper.builder().build();
		String generation = "t" + UUID.randomUUID().toString().substring(0, 8);
		Replayer replayer = new Replayer(mongo, json, MunicipalityRegister.load(), generation);
		List<ConsumerRecord<byte[], byte[]>> records = events.stream()
			.map(sourced -> new ConsumerRecord<>(sourced.position().topic(), sourced.position().partition(),
					sourced.position().offset(), sourced.event().partitionKey().getBytes(),
					json.writeValueAsBytes(sourced.event())))
			.toList();

		replayer.apply(records.subList(0, 20));
		replayer.apply(records.subList(20, records.size()));
		replayer.flush();

		MongoWorkshopReportStore rebuilt = new MongoWorkshopReportStore(mongo, () -> "workshop_reports_" + generation);
		assertThat(replayer.skipped()).isZero();
		assertThat(rebuilt.find(first.workshopId)).isEqualTo(store.find(first.workshopId)).isPresent();
		assertThat(rebuilt.find(second.workshopId)).isEqualTo(store.find(second.workshopId))
			.contains(second.expectedReport());
	}

	@Test
	void aReplayFoldedOnSeveralThreadsWritesTheDocumentsTheLiveProjectionWrites() {
		List<WorkshopHistory> histories = new ArrayList<>();
		List<SourcedEvent> events = new ArrayList<>();
		for (int i = 0; i < 12; i += 2) {
			WorkshopHistory first = new WorkshopHistory();
			WorkshopHistory second = new WorkshopHistory();
			histories.add(first);
			histories.add(second);
			events.addAll(interleaved(first, second));
			events.add(sourced(new DelegationPromoted(UUID.randomUUID(), first.oslo, first.workshopId,
					WorkshopHistory.START, 1, first.morning, 2)));
		}
		for (int from = 0; from < events.size(); from += 7) {
			projection.apply(events.subList(from, Math.min(from + 7, events.size())));
		}
		JsonMapper json = JsonMapper.builder().build();
		String generation = "t" + UUID.randomUUID().toString().substring(0, 8);
		Replayer replayer = new Replayer(mongo, json, MunicipalityRegister.load(), generation, 3);

		for (int from = 0; from < events.size(); from += 10) {
			replayer.apply(events.subList(from, Math.min(from + 10, events.size()))
				.stream()
				.map(sourced -> recordOf(json, sourced))
				.toList());
		}
		replayer.flush();

		assertThat(replayer.skipped()).isZero();
		assertRebuiltAsLive(histories, generation);
	}

	@Test
	void aReplayThatWritesReportsBetweenRoundsWritesTheDocumentsTheLiveProjectionWrites() {
		List<WorkshopHistory> histories = Stream.generate(WorkshopHistory::new).limit(6).toList();
		List<SourcedEvent> events = new ArrayList<>();
		for (int i = 0; i < histories.size(); i += 2) {
			events.addAll(interleaved(histories.get(i), histories.get(i + 1)));
		}
		projection.apply(events);
		JsonMapper json = JsonMapper.builder().build();
		String generation = "t" + UUID.randomUUID().toString().substring(0, 8);
		Replayer replayer = new Replayer(mongo, json, MunicipalityRegister.load(), generation, 2);

		// rounds that do not hold whole workshops: the first pair's reports, written
		// after
		// the first round, get more events in the second, the second pair's in the
		// third, and the last pair's come in the third only
		int pair = events.size() / 3;
		List<Integer> ends = List.of(pair / 2, pair + pair / 2, events.size());
		int from = 0;
		for (int end : ends) {
			if (from > 0) {
				replayer.partitionsDone();
			}
			replayer.apply(events.subList(from, end).stream().map(sourced -> recordOf(json, sourced)).toList());
			from = end;
		}
		replayer.flush();

		assertThat(replayer.skipped()).isZero();
		assertThat(replayer.phases()).contains(" reports written while reading");
		assertRebuiltAsLive(histories, generation);
	}

	/** Each history's rebuilt document is the live one, but for its version. */
	private static void assertRebuiltAsLive(List<WorkshopHistory> histories, String generation) {
		for (WorkshopHistory history : histories) {
			Document live = stored(history.workshopId);
			Document rebuilt = mongo.findOne(query(where("_id").is(history.workshopId)), Document.class,
					"workshop_reports_" + generation);
			live.remove("version");
			rebuilt.remove("version");
			assertThat(rebuilt).isEqualTo(live);
		}
	}

	private static ConsumerRecord<byte[], byte[]> recordOf(JsonMapper json, SourcedEvent sourced) {
		return new ConsumerRecord<>(sourced.position().topic(), sourced.position().partition(),
				sourced.position().offset(), sourced.event().partitionKey().getBytes(),
				json.writeValueAsBytes(sourced.event()));
	}

	private static void reflections(WorkshopHistory history, int count) {
		for (int i = 0; i < count; i++) {
			projection.apply(sourced(List.of(new ReflectionSubmitted(UUID.randomUUID(), history.bergen,
					history.workshopId, WorkshopHistory.START, 1, "4601",
					List.of(new ReflectionAnswer("Hva tar dere med?", "Svar " + i))))));
		}
	}

	private static Document stored(String workshopId) {
		return mongo.findOne(query(where("_id").is(workshopId)), Document.class, MongoWorkshopReportStore.COLLECTION);
	}

	private static int sizeOf(String workshopId) {
		return new RawBsonDocument(stored(workshopId).toBsonDocument(), new BsonDocumentCodec()).getByteBuffer()
			.remaining();
	}

	/** Two workshops' histories, alternating, each topic in its own order. */
	private static List<SourcedEvent> interleaved(WorkshopHistory first, WorkshopHistory second) {
		List<DomainEvent> a = inTopicOrder(first);
		List<DomainEvent> b = inTopicOrder(second);
		List<DomainEvent> events = new ArrayList<>();
		for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
			if (i < a.size()) {
				events.add(a.get(i));
			}
			if (i < b.size()) {
				events.add(b.get(i));
			}
		}
		return new ArrayList<>(sourced(events));
	}

	private static List<DomainEvent> inTopicOrder(WorkshopHistory history) {
		List<DomainEvent> events = new ArrayList<>(history.workshopEvents());
		events.addAll(history.registrationEvents());
		events.addAll(history.notificationEvents());
		return events;
	}

	private static List<SourcedEvent> sourced(List<? extends DomainEvent> events) {
		return events.stream().map(BatchProjectionTests::sourced).toList();
	}

	private static SourcedEvent sourced(DomainEvent event) {
		return new SourcedEvent(event, EventLog.positionOf(event));
	}

}
