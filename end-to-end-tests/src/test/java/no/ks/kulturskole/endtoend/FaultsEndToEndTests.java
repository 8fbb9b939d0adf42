package no.ks.kulturskole.endtoend;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import no.ks.kulturskole.infra.LocalPlatform;
import no.ks.kulturskole.infra.apps.Application;
import no.ks.kulturskole.infra.mail.CaughtMail;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.TestFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Faults that are not a clean crash, on the end-to-end suite's platform in production's
 * topology (two instances of every service, three brokers: see {@link RunningPlatform}),
 * while municipalities register: the SMTP server down for over a minute, and inside it
 * MongoDB away for 30 s; then one instance of every service SIGKILLed and one broker
 * stopped while registrations go on; then every instance of every service SIGKILLed in
 * the middle of registrations and all started again, with the broker, into a redelivery
 * storm (their consumer groups put back to offset 0). Afterwards the invariants of
 * {@link FaultScenario#invariants} hold, each reported as its own test named after the
 * faults.
 * <p>
 * It takes parts of the shared platform away, so it runs after every other end-to-end
 * class ({@code @Order}, see {@code junit-platform.properties}).
 */
@Order(Integer.MAX_VALUE)
class FaultsEndToEndTests {

	private static final Duration SMTP_OUTAGE = Duration.ofMinutes(1);

	private static final Duration MONGO_OUTAGE = Duration.ofSeconds(30);

	private static LocalPlatform platform;

	private static BusProbe bus;

	@BeforeAll
	static void onTheSharedPlatform() {
		platform = RunningPlatform.get();
		bus = new BusProbe(platform.kafkaBootstrap());
	}

	@AfterAll
	static void closeTheProbe() {
		bus.close();
	}

	/**
	 * One scenario with every fault one after the other, so that the suite restarts the
	 * platform's eight service instances once (its time on two cores): the invariants
	 * hold after all of them.
	 */
	@TestFactory
	Stream<DynamicTest> smtpDownWithMongoDbAway30SecondsThenOneInstanceOfEveryServiceSigkilledAndOneBrokerStoppedThenEveryInstanceSigkilledIntoARedeliveryStorm() {
		FaultScenario scenario = FaultScenario.open("SMTP down over a minute with MongoDB away 30 s, then one instance"
				+ " of every service SIGKILLed and one broker stopped, then every instance SIGKILLed and restarted"
				+ " into a redelivery storm", platform, bus);
		List<String> beforeTheFaults = scenario.part(0, 3);
		List<String> whileMongoDbIsAway = scenario.part(1, 3);
		List<String> whileInstancesAreKilled = scenario.part(2, 3);
		long smtpDown = System.nanoTime();
		platform.stopSmtp();
		List<String> failedWhileOneInstanceWasLeft;
		Set<String> repeatedBefore;
		try {
			scenario.register(beforeTheFaults);
			assertThat(scenario.acknowledged()).as("before MongoDB goes").isEqualTo(beforeTheFaults.size());
			repeatedBefore = repeatedMails();

			long mongoAway = System.nanoTime();
			platform.stopMongo();
			try {
				CompletableFuture<Void> during = scenario.registerInBackground(whileMongoDbIsAway);
				// the outage lasts its 30 s, and the registrations made in it have had
				// their answer (refused, or timed out: nothing acknowledged that is not
				// stored)
				await().atMost(MONGO_OUTAGE.plus(FaultScenario.EVENTUALLY))
					.until(() -> since(mongoAway).compareTo(MONGO_OUTAGE) >= 0
							&& scenario.answered(whileMongoDbIsAway) == whileMongoDbIsAway.size());
				during.join();
			}
			finally {
				platform.startMongo();
			}

			CompletableFuture<Void> during = scenario.registerInBackground(whileInstancesAreKilled);
			// the first answer is in, the next ones are under way
			await().atMost(FaultScenario.EVENTUALLY).until(() -> scenario.answered(whileInstancesAreKilled) >= 1);
			long faultStarted = System.nanoTime();
			BusProbe.CONSUMERS.forEach((service) -> platform.kill(service, 0));
			platform.stopBroker(1);
			long firstKilled = System.nanoTime();
			try {
				// registrations go on against the instances left and two brokers of three
				await().atMost(FaultScenario.EVENTUALLY)
					.until(() -> scenario.answered(whileInstancesAreKilled) >= whileInstancesAreKilled.size() / 2);
				// the answers so far: one still under way when every instance goes may
				// fail
				failedWhileOneInstanceWasLeft = scenario.unacknowledgedSentAfter(firstKilled);
				FaultScenario.killAll(platform, BusProbe.CONSUMERS);
				during.join();
			}
			finally {
				platform.startBroker(1);
			}
			for (Application consumer : BusProbe.CONSUMERS) {
				bus.redeliverEverythingTo(consumer);
			}
			FaultScenario.restartAll(platform, BusProbe.CONSUMERS);
			System.out.printf("Every instance and the broker back after %d s%n", since(faultStarted).toSeconds());
			scenario.retryUnacknowledged();

			// the minute is over, and notification-service has felt the outage: mails
			// wait with an error instead of being lost or sent twice
			await().atMost(SMTP_OUTAGE.plus(FaultScenario.EVENTUALLY))
				.until(() -> since(smtpDown).compareTo(SMTP_OUTAGE) >= 0 && scenario.mailLog()
					.stream()
					.anyMatch((entry) -> entry.get("status").asString().equals("PENDING")
							&& !entry.path("lastError").isNull() && !entry.path("lastError").isMissingNode()));
		}
		finally {
			platform.startSmtp();
		}
		System.out.printf("SMTP back after %d s%n", since(smtpDown).toSeconds());

		DynamicTest noneFailed = scenario.invariant(
				"no registration sent after one instance of every service was killed failed: the gateway passed each"
						+ " call to the instance alive",
				() -> assertThat(failedWhileOneInstanceWasLeft)
					.as("registrations sent while one instance of each was left, and not acknowledged")
					.isEmpty());
		DynamicTest noMailTwice = scenario.invariant("the redelivery storm sends no mail a second time", () -> {
			await().atMost(FaultScenario.EVENTUALLY)
				.untilAsserted(() -> assertThat(
						BusProbe.CONSUMERS.stream().collect(Collectors.toMap((consumer) -> consumer, bus::lag)))
					.as("every consumer has read everything again")
					.allSatisfy((consumer, lag) -> assertThat(lag).isZero()));
			assertThat(repeatedMails()).as("mails that reached one person twice, same subject and text")
				.isSubsetOf(repeatedBefore);
		});
		return Stream.concat(Stream.of(noneFailed), Stream.concat(scenario.invariants(bus), Stream.of(noMailTwice)));
	}

	/**
	 * Mails (recipient, subject, text) that reached one person as more than one message:
	 * copies of one message (same Message-ID, sent again after a crash in the SMTP
	 * conversation) are one.
	 */
	private static Set<String> repeatedMails() {
		Map<String, Set<String>> messages = platform.mailbox()
			.messages()
			.stream()
			.collect(Collectors.groupingBy((mail) -> mail.deliveredTo() + "\n" + mail.subject() + "\n" + mail.text(),
					Collectors.mapping(CaughtMail::messageId, Collectors.toSet())));
		return messages.entrySet()
			.stream()
			.filter((entry) -> entry.getValue().size() > 1)
			.map(Map.Entry::getKey)
			.collect(Collectors.toSet());
	}

	private static Duration since(long nanoTime) {
		return Duration.ofNanos(System.nanoTime() - nanoTime);
	}

}
