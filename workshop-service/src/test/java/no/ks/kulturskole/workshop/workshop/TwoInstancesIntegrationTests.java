package no.ks.kulturskole.workshop.workshop;

import no.ks.kulturskole.testsupport.EventSchemas;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.function.Supplier;

import no.ks.kulturskole.contracts.Topics;
import no.ks.kulturskole.testsupport.CallerTokens;
import no.ks.kulturskole.testsupport.TestInfrastructure;
import no.ks.kulturskole.testsupport.TopicProbe;
import no.ks.kulturskole.testsupport.TopicProbe.PublishedRecord;
import no.ks.kulturskole.workshop.ControllableClock;
import no.ks.kulturskole.workshop.WorkshopServiceApplication;
import no.ks.kulturskole.workshop.workshop.application.WorkshopScheduling;
import no.ks.kulturskole.workshop.workshop.application.WorkshopTimetable;
import no.ks.kulturskole.workshop.workshop.model.FormatKind;
import no.ks.kulturskole.workshop.workshop.model.SessionPlan;
import no.ks.kulturskole.workshop.workshop.model.WorkshopPlan;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two instances of workshop-service on one database, as in production with two replicas:
 * when the deadline passes both find the workshop due at the same moment, and
 * registration is closed exactly once.
 */
class TwoInstancesIntegrationTests {

	private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

	private static final List<ConfigurableApplicationContext> instances = new ArrayList<>();

	@BeforeAll
	static void startTwoInstances() {
		// Arguments, not default properties: they must win over application.yml.
		List<String> arguments = new ArrayList<>();
		TestInfrastructure.registerKafkaAndMongo((name, value) -> arguments.add("--" + name + "=" + value.get()));
		arguments.add("--server.port=0");
		CallerTokens.trustedBy((name, value) -> arguments.add("--" + name + "=" + value.get()));
		// Rounds are run by the test, at the moments it chooses.
		arguments.add("--workshop.timetable.interval=PT1H");
		for (int instance = 1; instance <= 2; instance++) {
			instances.add(new SpringApplicationBuilder(WorkshopServiceApplication.class, ControllableClock.class)
				.run(arguments.toArray(String[]::new)));
		}
	}

	@AfterAll
	static void stopThem() {
		instances.forEach(ConfigurableApplicationContext::close);
	}

	@Test
	void theDeadlineClosesRegistrationExactlyOnceWhenTwoInstancesSeeItAtTheSameTime() throws Exception {
		ControllableClock.CLOCK.set(Instant.now());
		int year = WorkshopRequests.YEAR;
		String id = instances.get(0)
			.getBean(WorkshopScheduling.class)
			.schedule(new WorkshopPlan("To instanser", null, "Fremtidens kulturskole", FormatKind.ONLINE, null,
					WorkshopRequests.MEETING_URL, null, oslo(year + "-03-01T23:59"), 2, null, false,
					List.of(new SessionPlan(oslo(year + "-03-10T09:00"), oslo(year + "-03-10T11:30"), 60, null)),
					List.of("KS", "Norsk kulturskoleråd"), null, true))
			.id();

		ControllableClock.CLOCK.set(oslo(year + "-03-02T00:00"));
		CyclicBarrier together = new CyclicBarrier(2);
		List<CompletableFuture<Integer>> rounds = instances.stream()
			.map(instance -> instance.getBean(WorkshopTimetable.class))
			.map(timetable -> CompletableFuture.supplyAsync(awaiting(together, timetable::runDue)))
			.toList();
		int changed = 0;
		for (CompletableFuture<Integer> round : rounds) {
			changed += round.get();
		}
		// Later rounds on both find nothing more to do.
		for (ConfigurableApplicationContext instance : instances) {
			changed += instance.getBean(WorkshopTimetable.class).runDue();
		}

		assertThat(changed).isEqualTo(1);
		MongoTemplate mongo = instances.get(0).getBean(MongoTemplate.class);
		await().atMost(Duration.ofSeconds(30)).until(() -> {
			Document stored = mongo.findOne(Query.query(Criteria.where("_id").is(id)), Document.class, "workshops");
			return stored.getList("outbox", Document.class).isEmpty();
		});
		assertThat(mongo.findOne(Query.query(Criteria.where("_id").is(id)), Document.class, "workshops")
			.getString("status")).isEqualTo("REGISTRATION_CLOSED");
		try (TopicProbe probe = new TopicProbe(TestInfrastructure.kafka().getBrokersAsString(),
				Topics.WORKSHOP_EVENTS)) {
			await().atMost(Duration.ofSeconds(10))
				.until(() -> probe.recordsOfType("RegistrationClosed").stream().anyMatch(r -> id.equals(r.key())));
			List<PublishedRecord> closed = probe.recordsOfType("RegistrationClosed")
				.stream()
				.filter(record -> id.equals(record.key()))
				.toList();
			// One fact; both relays run, so the same event (same eventId) could in
			// principle be relayed twice: consumers dedupe by eventId.
			assertThat(closed).extracting(PublishedRecord::eventId).containsOnly(closed.get(0).eventId());
			assertThat(closed).singleElement()
				.satisfies((record) -> EventSchemas.assertMatchesItsSchema(Topics.WORKSHOP_EVENTS, record));
		}
	}

	private static Supplier<Integer> awaiting(CyclicBarrier barrier, Supplier<Integer> round) {
		return () -> {
			try {
				barrier.await();
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
			return round.get();
		};
	}

	private static Instant oslo(String localDateTime) {
		return LocalDateTime.parse(localDateTime).atZone(OSLO).toInstant();
	}

}
