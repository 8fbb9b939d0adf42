package no.ks.kulturskole.reporting.workshopreport;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import no.ks.kulturskole.contracts.DomainEvent;
import no.ks.kulturskole.contracts.notification.NotificationEvent;
import no.ks.kulturskole.contracts.registration.RegistrationEvent;
import no.ks.kulturskole.contracts.notification.NotificationFailed;
import no.ks.kulturskole.contracts.registration.DelegationCancelled;
import no.ks.kulturskole.contracts.registration.DelegationMoved;
import no.ks.kulturskole.contracts.registration.DelegationPromoted;
import no.ks.kulturskole.contracts.registration.ParticipantRegistered;
import no.ks.kulturskole.contracts.registration.ParticipantRemoved;
import no.ks.kulturskole.contracts.registration.ParticipantReplaced;
import no.ks.kulturskole.contracts.registration.ReflectionAnswer;
import no.ks.kulturskole.contracts.registration.ReflectionSubmitted;
import no.ks.kulturskole.contracts.registration.RoleCategory;
import no.ks.kulturskole.contracts.registration.SeatStatus;
import no.ks.kulturskole.contracts.workshop.RegistrationClosed;
import no.ks.kulturskole.contracts.workshop.SessionAdded;
import no.ks.kulturskole.contracts.workshop.SessionChanged;
import no.ks.kulturskole.contracts.workshop.SessionDetails;
import no.ks.kulturskole.contracts.workshop.WorkshopRescheduled;
import no.ks.kulturskole.reporting.workshopreport.model.DailyRegistrations;
import no.ks.kulturskole.reporting.workshopreport.model.DelegationReport;
import no.ks.kulturskole.reporting.workshopreport.model.DelegationStatus;
import no.ks.kulturskole.reporting.workshopreport.model.MunicipalityRef;
import no.ks.kulturskole.reporting.workshopreport.model.ParticipantReport;
import no.ks.kulturskole.reporting.workshopreport.model.WorkshopStatus;
import no.ks.kulturskole.contracts.workshop.WorkshopEvent;
import no.ks.kulturskole.reference.MunicipalityRegister;
import no.ks.kulturskole.reporting.workshopreport.application.MunicipalityDirectory;
import no.ks.kulturskole.reporting.workshopreport.application.WorkshopReportProjection;
import no.ks.kulturskole.reporting.workshopreport.infrastructure.MongoWorkshopReportStore;
import no.ks.kulturskole.reporting.workshopreport.model.SessionMix;
import no.ks.kulturskole.reporting.workshopreport.model.SessionReport;
import no.ks.kulturskole.reporting.workshopreport.model.Totals;
import no.ks.kulturskole.reporting.workshopreport.model.WorkshopReport;
import no.ks.kulturskole.testsupport.TestInfrastructure;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.data.mongodb.core.MongoTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The projection fed straight with events, against the real embedded MongoDB-compatible
 * server: no Spring context and no broker, so every ordering and repetition is chosen
 * here.
 */
class WorkshopReportProjectionTests {

	private static MongoClient client;

	private static MongoWorkshopReportStore store;

	private static WorkshopReportProjection projection;

	@BeforeAll
	static void connect() {
		client = MongoClients.create(TestInfrastructure.mongoUri());
		MongoTemplate mongo = new MongoTemplate(client, "reporting-projection-" + UUID.randomUUID());
		store = new MongoWorkshopReportStore(mongo);
		projection = new WorkshopReportProjection(store, new MunicipalityDirectory(MunicipalityRegister.load()));
	}

	@AfterAll
	static void disconnect() {
		client.close();
	}

	@Test
	void theReportShowsSessionsDelegationsWithTheirRegionsParticipantsMunicipalitiesAndCounts() {
		WorkshopHistory history = new WorkshopHistory();

		applyAll(history.workshopEvents());
		applyAll(history.registrationEvents());
		applyAll(history.notificationEvents());

		assertThat(store.find(history.workshopId)).contains(history.expectedReport());
	}

	@Test
	void eachEventDeliveredTwiceInARowCountsOnce() {
		WorkshopHistory history = new WorkshopHistory();

		for (DomainEvent event : inTopicOrder(history)) {
			apply(event);
			apply(event);
		}

		assertThat(store.find(history.workshopId)).contains(history.expectedReport());
	}

	@Test
	void replayingTheWholeHistoryTwiceGivesTheSameReport() {
		WorkshopHistory history = new WorkshopHistory();

		applyAll(inTopicOrder(history));
		WorkshopReport afterFirstRun = store.find(history.workshopId).orElseThrow();
		applyAll(inTopicOrder(history));

		assertThat(afterFirstRun).isEqualTo(history.expectedReport());
		assertThat(store.find(history.workshopId)).contains(afterFirstRun);
	}

	@Test
	void eventsPublishedAgainAsNewRecordsCountOnce() {
		WorkshopHistory history = new WorkshopHistory();
		applyAll(inTopicOrder(history));

		projection.apply(history.scheduled, EventLog.republish(history.scheduled));
		projection.apply(history.bergenRegistered, EventLog.republish(history.bergenRegistered));
		projection.apply(history.bergenLeader, EventLog.republish(history.bergenLeader));
		projection.apply(history.bergenConfirmed, EventLog.republish(history.bergenConfirmed));

		assertThat(store.find(history.workshopId)).contains(history.expectedReport());
	}

	@Test
	void registrationsReadBeforeTheWorkshopIsKnownEndInTheSameReport() {
		WorkshopHistory history = new WorkshopHistory();

		applyAll(history.notificationEvents());
		applyAll(history.registrationEvents());
		WorkshopReport beforeSchedule = store.find(history.workshopId).orElseThrow();
		applyAll(history.workshopEvents());

		assertThat(beforeSchedule.title()).isNull();
		assertThat(beforeSchedule.sessions())
			.extracting(SessionReport::sessionId, SessionReport::confirmedPersons, SessionReport::seatsLeft)
			.containsExactlyInAnyOrder(tuple(history.morning, 2, -2), tuple(history.afternoon, 3, -3));
		assertThat(store.find(history.workshopId)).contains(history.expectedReport());
	}

	@Test
	void topicsInterleavedInAnyOrderGiveTheSameReport() {
		WorkshopHistory history = new WorkshopHistory();
		Random random = new Random(history.workshopId.hashCode());

		// each topic stays in its own order, as Kafka keeps it per partition
		List<List<? extends DomainEvent>> topics = new ArrayList<>(List.of(new ArrayList<>(history.workshopEvents()),
				new ArrayList<>(history.registrationEvents()), new ArrayList<>(history.notificationEvents())));
		while (!topics.isEmpty()) {
			List<? extends DomainEvent> topic = topics.get(random.nextInt(topics.size()));
			apply(topic.remove(0));
			if (topic.isEmpty()) {
				topics.remove(topic);
			}
		}

		assertThat(store.find(history.workshopId)).contains(history.expectedReport());
	}

	@Test
	void theThreeTopicsAppliedConcurrentlyDoNotOverwriteEachOther() {
		WorkshopHistory history = new WorkshopHistory();

		try (ExecutorService consumers = Executors.newFixedThreadPool(3)) {
			CompletableFuture
				.allOf(CompletableFuture.runAsync(() -> applyAll(history.registrationEvents()), consumers),
						CompletableFuture.runAsync(() -> applyAll(history.notificationEvents()), consumers),
						CompletableFuture.runAsync(() -> applyAll(history.workshopEvents()), consumers))
				.join();
		}

		assertThat(store.find(history.workshopId)).contains(history.expectedReport());
	}

	@Test
	void aSecondMailToTheSameDelegationIsCountedButTheSameMailTwiceIsNot() {
		WorkshopHistory history = new WorkshopHistory();

		apply(history.bergenConfirmed);
		apply(history.drammenConfirmed);
		apply(history.bergenConfirmed);

		assertThat(store.find(history.workshopId)).map(WorkshopReport::totals)
			.contains(new Totals(0, 0, 0, 0, 0, 2, 0, 0));
	}

	@Test
	void aWorkshopNobodyHasHeardOfHasNoReport() {
		assertThat(store.find(UUID.randomUUID().toString())).isEmpty();
	}

	@Test
	void theOverviewHasEveryWorkshopWithItsTotals() {
		WorkshopHistory history = new WorkshopHistory();
		applyAll(inTopicOrder(history));

		assertThat(store.list()).filteredOn(summary -> summary.workshopId().equals(history.workshopId))
			.singleElement()
			.satisfies(summary -> {
				assertThat(summary.title()).isEqualTo("Verksted 1: Kulturskolen i kommunen");
				assertThat(summary.sessions()).isEqualTo(history.expectedReport().sessions());
				assertThat(summary.totals()).isEqualTo(history.expectedReport().totals());
			});
	}

	@Test
	void aWaitlistedDelegationPromotedTakesSeatsAndLeavesTheWaitingList() {
		WorkshopHistory history = new WorkshopHistory();
		applyAll(inTopicOrder(history));

		DelegationPromoted promoted = new DelegationPromoted(UUID.randomUUID(), history.oslo, history.workshopId,
				WorkshopHistory.START, 1, history.morning, 2);
		apply(promoted);
		apply(promoted);

		WorkshopReport report = store.find(history.workshopId).orElseThrow();
		assertThat(report.sessions()).first()
			.isEqualTo(new SessionReport(history.morning, WorkshopHistory.START,
					WorkshopHistory.START.plusSeconds(9000), 60, 4, 0, 56, 2, 0));
		assertThat(report.delegations()).filteredOn(delegation -> delegation.delegationId().equals(history.oslo))
			.extracting(DelegationReport::status)
			.containsExactly(DelegationStatus.CONFIRMED);
		assertThat(report.totals()).isEqualTo(new Totals(3, 7, 3, 7, 0, 2, 0, 0));
	}

	@Test
	void aDelegationMovedToAnotherSessionFreesItsSeatsThereAndTakesNewOnes() {
		WorkshopHistory history = new WorkshopHistory();
		applyAll(inTopicOrder(history));

		apply(new DelegationMoved(UUID.randomUUID(), history.bergen, history.workshopId, WorkshopHistory.START, 1,
				history.morning, history.afternoon, SeatStatus.CONFIRMED, 2));

		assertThat(store.find(history.workshopId).orElseThrow().sessions())
			.extracting(SessionReport::sessionId, SessionReport::confirmedPersons, SessionReport::seatsLeft,
					SessionReport::confirmedDelegations, SessionReport::waitlistedDelegations)
			.containsExactly(tuple(history.morning, 0, 60, 0, 1), tuple(history.afternoon, 5, 35, 2, 0));
	}

	@Test
	void aCancelledDelegationIsCountedNowhereAndItsParticipantsAndMunicipalityLeaveTheReport() {
		WorkshopHistory history = new WorkshopHistory();
		applyAll(inTopicOrder(history));

		DelegationCancelled cancelled = new DelegationCancelled(UUID.randomUUID(), history.drammen, history.workshopId,
				WorkshopHistory.START, 1, history.afternoon, SeatStatus.CONFIRMED, 3, "Sykdom");
		apply(cancelled);
		apply(cancelled);

		WorkshopReport report = store.find(history.workshopId).orElseThrow();
		assertThat(report.totals()).isEqualTo(new Totals(2, 4, 2, 2, 2, 2, 0, 0));
		assertThat(report.participants()).extracting(ParticipantReport::delegationId).doesNotContain(history.drammen);
		assertThat(report.municipalities()).extracting(MunicipalityRef::number).containsExactly("4601", "0301");
		assertThat(report.sessions().get(1).seatsLeft()).isEqualTo(40);
		assertThat(report.delegations()).extracting(DelegationReport::status)
			.containsExactly(DelegationStatus.CONFIRMED, DelegationStatus.CANCELLED, DelegationStatus.WAITLISTED);
	}

	@Test
	void aRegistrationRedeliveredAfterItsCancellationDoesNotBringTheMunicipalityBack() {
		WorkshopHistory history = new WorkshopHistory();
		applyAll(inTopicOrder(history));
		apply(new DelegationCancelled(UUID.randomUUID(), history.drammen, history.workshopId, WorkshopHistory.START, 1,
				history.afternoon, SeatStatus.CONFIRMED, 3, null));
		WorkshopReport afterCancellation = store.find(history.workshopId).orElseThrow();

		// the consumer restarted from an older committed offset: the whole partition
		// again
		applyAll(history.registrationEvents());

		assertThat(store.find(history.workshopId)).contains(afterCancellation);
		assertThat(afterCancellation.municipalities()).extracting(MunicipalityRef::number)
			.containsExactly("4601", "0301");
	}

	@Test
	void participantsAddedRemovedAndReplacedChangeTheDelegationsSizeAndTheRoleMix() {
		WorkshopHistory history = new WorkshopHistory();
		applyAll(inTopicOrder(history));

		ParticipantRegistered added = new ParticipantRegistered(UUID.randomUUID(), history.bergen, history.workshopId,
				WorkshopHistory.START, 1, "p-" + UUID.randomUUID(), history.morning, "4601", "Guri Li",
				"guri@bergen.example", "Barnehagestyrer", RoleCategory.KINDERGARTEN);
		apply(added);
		apply(new ParticipantRemoved(UUID.randomUUID(), history.drammen, history.workshopId, WorkshopHistory.START, 1,
				history.drammenVolunteer.participantId(), history.afternoon));
		apply(new ParticipantReplaced(UUID.randomUUID(), history.oslo, history.workshopId, WorkshopHistory.START, 1,
				history.osloBusiness.participantId(), "p-" + UUID.randomUUID(), history.morning, "0301", "Ida Moe",
				"ida@oslo.example", "Kulturskolelærer", RoleCategory.KULTURSKOLE));

		WorkshopReport report = store.find(history.workshopId).orElseThrow();
		assertThat(report.roleCategoryMix()).containsExactlyInAnyOrderEntriesOf(
				Map.of("KULTURSKOLE", 4, "POLITICIAN", 1, "SCHOOL", 1, "KINDERGARTEN", 1));
		assertThat(report.delegationsMeetingOutsideRoleRule()).isEqualTo(2);
		assertThat(report.delegations()).extracting(DelegationReport::participantCount).containsExactly(3, 2, 2);
		assertThat(report.sessions()).extracting(SessionReport::confirmedPersons, SessionReport::seatsLeft)
			.containsExactly(tuple(3, 57), tuple(2, 38));
		assertThat(report.totals().participants()).isEqualTo(7);
	}

	@Test
	void workshopChangesMoveCapacitySeatsLeftAndStatus() {
		WorkshopHistory history = new WorkshopHistory();
		applyAll(inTopicOrder(history));
		String overflow = "s-" + UUID.randomUUID();

		apply(new SessionChanged(UUID.randomUUID(), history.workshopId, WorkshopHistory.START, 1, history.morning, 80));
		apply(new SessionAdded(UUID.randomUUID(), history.workshopId, WorkshopHistory.START, 1,
				new SessionDetails(overflow, WorkshopHistory.START.plusSeconds(86400),
						WorkshopHistory.START.plusSeconds(90000), 30, null)));
		apply(new WorkshopRescheduled(UUID.randomUUID(), history.workshopId, WorkshopHistory.START, 1, 2,
				WorkshopHistory.START, List.of(new SessionDetails(history.afternoon,
						WorkshopHistory.START.plusSeconds(18000), WorkshopHistory.START.plusSeconds(27000), 50, null)),
				"Ny tid"));
		apply(new RegistrationClosed(UUID.randomUUID(), history.workshopId, WorkshopHistory.START, 1, "staff"));

		WorkshopReport report = store.find(history.workshopId).orElseThrow();
		assertThat(report.status()).isEqualTo(WorkshopStatus.REGISTRATION_CLOSED);
		assertThat(report.sessions())
			.extracting(SessionReport::sessionId, SessionReport::startsAt, SessionReport::capacity,
					SessionReport::seatsLeft)
			.containsExactly(tuple(history.morning, WorkshopHistory.START, 80, 78),
					tuple(history.afternoon, WorkshopHistory.START.plusSeconds(18000), 50, 47),
					tuple(overflow, WorkshopHistory.START.plusSeconds(86400), 30, 30));
	}

	@Test
	void reflectionsAndFailedMailsAreCountedOncePerEventAndReflectionsOncePerDelegation() {
		WorkshopHistory history = new WorkshopHistory();
		applyAll(inTopicOrder(history));

		ReflectionSubmitted first = reflection(history, history.bergen);
		apply(first);
		apply(first);
		apply(reflection(history, history.bergen));
		apply(reflection(history, history.drammen));
		NotificationFailed failed = new NotificationFailed(UUID.randomUUID(), "n-" + UUID.randomUUID(),
				history.workshopId, history.oslo, WorkshopHistory.START, 1, "DELEGATION_CONFIRMATION",
				"delegation-confirmation/nb@1", "SMTP 550");
		apply(failed);
		apply(failed);

		WorkshopReport report = store.find(history.workshopId).orElseThrow();
		assertThat(report.totals().reflectionsSubmitted()).isEqualTo(2);
		assertThat(report.totals().mailsFailed()).isEqualTo(1);
		assertThat(report.delegations()).extracting(DelegationReport::reflectionSubmitted)
			.containsExactly(true, true, false);
	}

	@Test
	void eachSessionShowsItsRoleMixOutsideRoleRuleReflectionsAndMails() {
		WorkshopHistory history = new WorkshopHistory();
		applyAll(inTopicOrder(history));
		apply(reflection(history, history.drammen));
		apply(new NotificationFailed(UUID.randomUUID(), "n-" + UUID.randomUUID(), history.workshopId, history.oslo,
				WorkshopHistory.START, 1, "DELEGATION_WAITLISTED", "delegation-waitlisted/nb@1", "SMTP 550"));

		assertThat(store.find(history.workshopId).orElseThrow().perSession()).containsExactly(
				new SessionMix(history.morning, Map.of("KULTURSKOLE", 2, "POLITICIAN", 1, "BUSINESS", 1), 2, 0, 1, 1),
				new SessionMix(history.afternoon, Map.of("KULTURSKOLE", 1, "SCHOOL", 1, "VOLUNTARY_SECTOR", 1), 1, 1, 1,
						0));
	}

	@Test
	void registrationsArePerDayAndCumulativeOverEveryDayFromTheSchedulingToTheDeadline() {
		WorkshopHistory history = new WorkshopHistory();
		applyAll(inTopicOrder(history));

		List<DailyRegistrations> days = store.find(history.workshopId).orElseThrow().registrationsPerDay();

		// scheduled 8 February, deadline 1 March (Norwegian days)
		assertThat(days).hasSize(22);
		assertThat(days).first().isEqualTo(new DailyRegistrations(LocalDate.of(2027, 2, 8), 0, 0));
		assertThat(days).last().isEqualTo(new DailyRegistrations(LocalDate.of(2027, 3, 1), 0, 3));
		assertThat(days).filteredOn(day -> day.delegations() > 0)
			.containsExactly(new DailyRegistrations(LocalDate.of(2027, 2, 18), 1, 1),
					new DailyRegistrations(LocalDate.of(2027, 2, 20), 1, 2),
					new DailyRegistrations(LocalDate.of(2027, 2, 23), 1, 3));
		assertThat(days).filteredOn(day -> day.day().equals(LocalDate.of(2027, 2, 19)))
			.containsExactly(new DailyRegistrations(LocalDate.of(2027, 2, 19), 0, 1));
	}

	@Test
	void aRescheduledDeadlineMovesTheEndOfTheRegistrationCurve() {
		WorkshopHistory history = new WorkshopHistory();
		applyAll(inTopicOrder(history));

		WorkshopRescheduled rescheduled = new WorkshopRescheduled(UUID.randomUUID(), history.workshopId,
				WorkshopHistory.START.minusSeconds(86400 * 12), 1, 2, WorkshopHistory.START.minusSeconds(86400 * 4),
				history.scheduled.sessions(), "Utsatt frist");
		apply(rescheduled);
		apply(rescheduled);

		WorkshopReport report = store.find(history.workshopId).orElseThrow();
		assertThat(report.registrationOpenedAt()).isEqualTo(history.scheduled.occurredAt());
		assertThat(report.registrationDeadline()).isEqualTo(WorkshopHistory.START.minusSeconds(86400 * 4));
		assertThat(report.registrationsPerDay()).hasSize(27)
			.last()
			.isEqualTo(new DailyRegistrations(LocalDate.of(2027, 3, 6), 0, 3));
		assertThat(report.asOf(LocalDate.of(2027, 3, 3)).registrationsPerDay()).last()
			.isEqualTo(new DailyRegistrations(LocalDate.of(2027, 3, 3), 0, 3));
	}

	@Test
	void aSessionAddedLeavesTheDeadlineAsItWas() {
		WorkshopHistory history = new WorkshopHistory();
		applyAll(inTopicOrder(history));

		apply(new SessionAdded(UUID.randomUUID(), history.workshopId, WorkshopHistory.START, 1,
				new SessionDetails("s-" + UUID.randomUUID(), WorkshopHistory.START.plusSeconds(86400),
						WorkshopHistory.START.plusSeconds(90000), 30, null)));

		assertThat(store.find(history.workshopId).orElseThrow().registrationDeadline())
			.isEqualTo(history.scheduled.registrationDeadline());
	}

	private static ReflectionSubmitted reflection(WorkshopHistory history, String delegationId) {
		return new ReflectionSubmitted(UUID.randomUUID(), delegationId, history.workshopId, WorkshopHistory.START, 1,
				"4601", List.of(new ReflectionAnswer("Hva tar dere med?", "Mye")));
	}

	private static List<DomainEvent> inTopicOrder(WorkshopHistory history) {
		List<DomainEvent> events = new ArrayList<>(history.workshopEvents());
		events.addAll(history.registrationEvents());
		events.addAll(history.notificationEvents());
		return Collections.unmodifiableList(events);
	}

	private static void applyAll(List<? extends DomainEvent> events) {
		events.forEach(WorkshopReportProjectionTests::apply);
	}

	private static void apply(DomainEvent event) {
		switch (event) {
			case WorkshopEvent workshopEvent -> projection.apply(workshopEvent, EventLog.positionOf(workshopEvent));
			case RegistrationEvent registrationEvent ->
				projection.apply(registrationEvent, EventLog.positionOf(registrationEvent));
			case NotificationEvent notificationEvent ->
				projection.apply(notificationEvent, EventLog.positionOf(notificationEvent));
			default -> throw new IllegalArgumentException("Not an event of ours: " + event);
		}
	}

}
