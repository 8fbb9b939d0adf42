package no.ks.kulturskole.endtoend;

import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import no.ks.kulturskole.infra.LocalPlatform;
import no.ks.kulturskole.infra.apps.Application;
import no.ks.kulturskole.infra.mail.CaughtMail;
import org.junit.jupiter.api.DynamicTest;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * One fault, one workshop: municipalities register a delegation of two before, during and
 * after the fault, and afterwards the platform's invariants are checked, each as a test
 * of its own named after the fault and the invariant.
 * <p>
 * The workshop has two sessions of {@value #SESSION_CAPACITY} persons, so of
 * {@value #DELEGATIONS} delegations the first five get the first session, the next five
 * the second, and the rest wait: which session each person is told about, and who gets a
 * seat, both follow from the order in which the registrations were accepted.
 */
final class FaultScenario {

	static final Duration EVENTUALLY = Duration.ofMinutes(3);

	static final int DELEGATIONS = 16;

	static final int PARTICIPANTS = 2;

	static final int SESSION_CAPACITY = 10;

	private final String fault;

	private final String tag = UUID.randomUUID().toString().substring(0, 8);

	private final LocalPlatform platform;

	private final PlatformClient client;

	private final List<String> municipalities;

	private final Map<String, PlatformClient.Answer> answers = new ConcurrentHashMap<>();

	/** When each municipality's first try was sent (System.nanoTime). */
	private final Map<String, Long> sentAt = new ConcurrentHashMap<>();

	private final Map<String, Long> deadLettersBefore;

	private String workshopId;

	private String title;

	/** Session id to the time its mails must name, e.g. "kl. 09:00–11:30". */
	private final Map<String, String> sessionTimes = new HashMap<>();

	private final List<String> sessionOrder = new ArrayList<>();

	private FaultScenario(String fault, LocalPlatform platform, BusProbe bus) {
		this.fault = fault;
		this.platform = platform;
		this.client = new PlatformClient(platform.gatewayUrl());
		this.municipalities = municipalities(this.client);
		this.deadLettersBefore = bus.deadLetters();
	}

	/** A new workshop that registration-service takes registrations for. */
	static FaultScenario open(String fault, LocalPlatform platform, BusProbe bus) {
		FaultScenario scenario = new FaultScenario(fault, platform, bus);
		scenario.scheduleWorkshop();
		return scenario;
	}

	/**
	 * Part {@code index} (from 0) of {@code parts} equal parts of the municipalities, the
	 * last taking what is left.
	 */
	List<String> part(int index, int parts) {
		int size = DELEGATIONS / parts;
		return this.municipalities.subList(index * size, (index == parts - 1) ? DELEGATIONS : (index + 1) * size);
	}

	/**
	 * Registers each municipality once, four callers at a time; returns when all
	 * answered.
	 */
	void register(List<String> municipalities) {
		try (ExecutorService callers = Executors.newFixedThreadPool(4)) {
			for (String municipality : municipalities) {
				callers.submit(() -> {
					this.sentAt.put(municipality, System.nanoTime());
					this.answers.put(municipality, register(municipality));
				});
			}
		}
	}

	CompletableFuture<Void> registerInBackground(List<String> municipalities) {
		return CompletableFuture.runAsync(() -> register(municipalities));
	}

	/** How many of {@code municipalities} have an answer, whatever it was. */
	long answered(List<String> municipalities) {
		return municipalities.stream().filter(this.answers::containsKey).count();
	}

	/**
	 * The answers that were not an acknowledgement (201) to a registration sent after
	 * {@code nanoTime} (System.nanoTime), with what they said. A registration in flight
	 * at an instance when it was killed may lose its answer (the coordinator tries
	 * again); one sent afterwards has no reason to.
	 */
	List<String> unacknowledgedSentAfter(long nanoTime) {
		return this.answers.entrySet()
			.stream()
			.filter((answer) -> answer.getValue().status() != 201)
			.filter((answer) -> this.sentAt.get(answer.getKey()) - nanoTime > 0)
			.map((answer) -> answer.getKey() + ": " + answer.getValue().status() + " " + answer.getValue().body())
			.toList();
	}

	/** How many registrations were acknowledged (201) so far. */
	long acknowledged() {
		return this.answers.values().stream().filter((answer) -> answer.status() == 201).count();
	}

	/**
	 * After the fault: every municipality whose registration was not acknowledged tries
	 * again, as a coordinator would, until it is accepted (201) or told that the
	 * municipality is registered already (409: the first try was stored although its
	 * answer was lost).
	 */
	void retryUnacknowledged() {
		int accepted = 0;
		int storedBefore = 0;
		for (String municipality : this.municipalities) {
			if (this.answers.get(municipality).status() == 201) {
				continue;
			}
			PlatformClient.Answer retried = await().atMost(EVENTUALLY)
				.until(() -> register(municipality), (answer) -> answer.status() == 201 || answer.status() == 409);
			if (retried.status() == 201) {
				this.answers.put(municipality, retried);
				accepted++;
			}
			else {
				storedBefore++;
			}
		}
		System.out.printf(
				"%s: %d of %d registrations not acknowledged during the fault; tried again: %d accepted,"
						+ " %d stored already%n",
				this.fault, accepted + storedBefore, DELEGATIONS, accepted, storedBefore);
	}

	/** The invariants after the fault, each a test named "fault: invariant". */
	Stream<DynamicTest> invariants(BusProbe bus) {
		return Stream.of(invariant("every acknowledged registration is stored exactly once", this::storedOnce),
				invariant("no seat is oversold and no delegation split", this::noSeatOversold),
				invariant("seats and waiting places follow the order registrations were accepted",
						this::acceptanceOrder),
				invariant("every person gets exactly one mail of each kind, naming the session they hold",
						this::oneMailOfEachKind),
				invariant("the staff report equals registration's truth", this::reportIsTheTruth),
				invariant("nothing is dead-lettered",
						() -> assertThat(bus.deadLetters())
							.as("records in the dead-letter topics: only poison belongs there")
							.isEqualTo(this.deadLettersBefore)));
	}

	DynamicTest invariant(String invariant, Runnable check) {
		return DynamicTest.dynamicTest(this.fault + ": " + invariant, check::run);
	}

	/** Mail log entries of this workshop in notification-service. */
	List<JsonNode> mailLog() {
		PlatformClient.Answer log = this.client.getAsStaff("/api/notifications?workshopId=" + this.workshopId);
		assertThat(log.status()).as(log.body()).isEqualTo(200);
		return log.json().valueStream().toList();
	}

	private void storedOnce() {
		List<JsonNode> stored = delegations();
		Map<String, PlatformClient.Answer> acknowledgedAnswers = this.answers.entrySet()
			.stream()
			.filter((entry) -> entry.getValue().status() == 201)
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
		// an acknowledgement is a receipt: a 201 without one would leave the coordinator
		// without the delegation's id (seen once, 2026-12-07: the answer is shown here)
		assertThat(acknowledgedAnswers).as("every 201 answer carries the delegation's id")
			.allSatisfy((municipality, answer) -> assertThat(answer.json().path("delegationId").isString())
				.as("%s: %s %s", municipality, answer.contentType(), answer.body())
				.isTrue());
		Map<String, String> acknowledged = acknowledgedAnswers.entrySet()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey,
					(entry) -> entry.getValue().json().get("delegationId").asString()));
		assertThat(stored).extracting((delegation) -> delegation.get("delegationId").asString())
			.as("stored once each")
			.doesNotHaveDuplicates()
			.containsAll(acknowledged.values());
		assertThat(stored).extracting((delegation) -> delegation.get("municipality").get("number").asString())
			.as("one delegation per municipality, every municipality that tried")
			.containsExactlyInAnyOrderElementsOf(this.municipalities);
	}

	private void noSeatOversold() {
		List<JsonNode> stored = delegations();
		assertThat(stored).allSatisfy(
				(delegation) -> assertThat(delegation.get("participantCount").asInt()).as("the delegation is whole")
					.isEqualTo(PARTICIPANTS));
		Map<String, Integer> confirmedBySession = stored.stream()
			.filter((delegation) -> status(delegation).equals("CONFIRMED"))
			.collect(Collectors.groupingBy((delegation) -> delegation.get("sessionId").asString(),
					Collectors.summingInt((delegation) -> delegation.get("participantCount").asInt())));
		assertThat(confirmedBySession).as("confirmed persons per session: full, never over")
			.containsOnlyKeys(this.sessionOrder)
			.allSatisfy((session, persons) -> assertThat(persons).isEqualTo(SESSION_CAPACITY));
	}

	private void acceptanceOrder() {
		List<JsonNode> stored = new ArrayList<>(delegations());
		stored.sort(Comparator
			.comparing((JsonNode delegation) -> Instant.parse(delegation.get("registeredAt").asString())));
		for (int earlier = 0; earlier < stored.size(); earlier++) {
			for (int later = earlier + 1; later < stored.size(); later++) {
				JsonNode first = stored.get(earlier);
				JsonNode second = stored.get(later);
				if (first.get("registeredAt").asString().equals(second.get("registeredAt").asString())) {
					continue;
				}
				assertThat(rank(first))
					.as("%s accepted before %s holds an earlier or the same place",
							first.get("municipality").get("name").asString(),
							second.get("municipality").get("name").asString())
					.isLessThanOrEqualTo(rank(second));
			}
		}
	}

	/** 0, 1 for the first and second session, 2 for the waiting list. */
	private int rank(JsonNode delegation) {
		return status(delegation).equals("CONFIRMED")
				? this.sessionOrder.indexOf(delegation.get("sessionId").asString()) : this.sessionOrder.size();
	}

	private void oneMailOfEachKind() {
		await().atMost(EVENTUALLY).untilAsserted(() -> {
			List<JsonNode> stored = delegations();
			Map<String, List<CaughtMail>> caught = this.platform.mailbox()
				.messages()
				.stream()
				.filter((mail) -> mail.subject() != null && mail.subject().contains(this.title))
				.collect(Collectors.groupingBy(CaughtMail::deliveredTo));
			for (JsonNode delegation : stored) {
				boolean confirmed = status(delegation).equals("CONFIRMED");
				String session = confirmed ? this.sessionTimes.get(delegation.get("sessionId").asString()) : null;
				expectOneMail(caught, delegation.get("coordinator").get("email").asString(),
						(confirmed ? "Påmelding mottatt: " : "På venteliste: ") + this.title, session);
				for (JsonNode participant : delegation.get("participants")) {
					expectOneMail(caught, participant.get("email").asString(),
							(confirmed ? "Du er påmeldt: " : "På venteliste: ") + this.title, session);
				}
			}
			assertThat(mailLog()).as("the mail log: one entry per mail, all sent")
				.hasSize(stored.size() * (1 + PARTICIPANTS))
				.allSatisfy((entry) -> assertThat(entry.get("status").asString()).isEqualTo("SENT"));
		});
	}

	/**
	 * One message of the kind: copies with the same Message-ID are the one message sent
	 * again after a crash inside the SMTP conversation, which the receiving mail server
	 * delivers once (see {@code SmtpMailTransport.stableIdentity}).
	 */
	private static void expectOneMail(Map<String, List<CaughtMail>> caught, String recipient, String subject,
			String sessionTime) {
		List<CaughtMail> mails = caught.getOrDefault(recipient, List.of());
		assertThat(mails).as("mails to %s", recipient)
			.isNotEmpty()
			.allSatisfy((mail) -> assertThat(mail.subject()).isEqualTo(subject));
		assertThat(mails).extracting(CaughtMail::messageId)
			.as("distinct messages to %s", recipient)
			.containsOnly(mails.get(0).messageId());
		if (sessionTime != null) {
			assertThat(mails.get(0).text()).as("the session the person holds").contains(sessionTime);
		}
	}

	private void reportIsTheTruth() {
		Map<String, String> truth = statusById(delegations());
		await().atMost(EVENTUALLY).untilAsserted(() -> {
			PlatformClient.Answer report = this.client.getAsStaff("/api/reports/workshops/" + this.workshopId);
			assertThat(report.status()).as(report.body()).isEqualTo(200);
			assertThat(statusById(report.json().get("delegations").valueStream().toList())).isEqualTo(truth);
		});
	}

	private List<JsonNode> delegations() {
		PlatformClient.Answer answer = this.client.getAsStaff("/api/registrations?workshopId=" + this.workshopId);
		assertThat(answer.status()).as(answer.body()).isEqualTo(200);
		return answer.json().valueStream().toList();
	}

	private static Map<String, String> statusById(List<JsonNode> delegations) {
		return delegations.stream()
			.collect(
					Collectors.toMap((delegation) -> delegation.get("delegationId").asString(), FaultScenario::status));
	}

	private static String status(JsonNode delegation) {
		return delegation.get("status").asString();
	}

	private PlatformClient.Answer register(String municipality) {
		String domain = "k" + municipality + "-" + this.tag + ".example.no";
		StringBuilder participants = new StringBuilder();
		for (int i = 1; i <= PARTICIPANTS; i++) {
			participants.append(i > 1 ? "," : "").append("""
					{"name": "Deltaker %d", "email": "deltaker%d@%s", "roleTitle": "Lærer",
					 "roleCategory": "KULTURSKOLE"}""".formatted(i, i, domain));
		}
		String body = """
				{"municipalityNumber": "%s", "coordinator": {"name": "Koordinator", "email": "koordinator@%s"},
				 "participants": [%s]}""".formatted(municipality, domain, participants);
		try {
			return this.client.post("/api/public/workshops/" + this.workshopId + "/registrations", "application/json",
					body, null);
		}
		catch (UncheckedIOException ex) {
			// no answer at all (the gateway or the connection gone): not acknowledged
			return new PlatformClient.Answer(0, "", ex.getCause().toString());
		}
	}

	private void scheduleWorkshop() {
		LocalDate day = LocalDate.now().plusDays(40);
		this.title = "Verksted under feil " + this.tag;
		PlatformClient.Answer created = this.client.postAsStaff("/api/workshops", """
				{"title": "%s", "programme": "Fremtidens kulturskole", "format": "ONLINE",
				 "meetingUrl": "https://møte.example.no/feil", "registrationDeadline": "%sT12:00",
				 "minDelegationSize": 2, "maxDelegationSize": 6, "outsideRoleRequired": false,
				 "sessions": [{"startsAt": "%sT09:00", "endsAt": "%sT11:30", "capacity": %d},
				              {"startsAt": "%sT12:30", "endsAt": "%sT15:00", "capacity": %d}]}
				""".formatted(this.title, day.minusDays(7), day, day, SESSION_CAPACITY, day, day, SESSION_CAPACITY));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		JsonNode workshop = created.json();
		this.workshopId = workshop.get("id").asString();
		for (JsonNode session : workshop.get("sessions")) {
			String id = session.get("sessionId").asString();
			this.sessionOrder.add(id);
			this.sessionTimes.put(id,
					"kl. " + clock(session.get("startsAtLocal")) + "\u2013" + clock(session.get("endsAtLocal")));
		}
		// registration-service knows the workshop once its event has arrived
		await().atMost(EVENTUALLY)
			.until(() -> this.client.getAsStaff("/api/registrations?workshopId=" + this.workshopId).status() == 200);
	}

	/** "2027-01-15T09:00:00" → "09:00". */
	private static String clock(JsonNode localDateTime) {
		return localDateTime.asString().substring(11, 16);
	}

	private static List<String> municipalities(PlatformClient client) {
		PlatformClient.Answer answer = client.get("/api/public/municipalities");
		assertThat(answer.status()).isEqualTo(200);
		List<String> numbers = answer.json()
			.valueStream()
			.limit(DELEGATIONS)
			.map((municipality) -> municipality.get("number").asString())
			.toList();
		assertThat(numbers).hasSize(DELEGATIONS);
		return numbers;
	}

	/** Every instance of each consumer killed, as a crash would; see {@link BusProbe}. */
	static void killAll(LocalPlatform platform, List<Application> applications) {
		for (Application application : applications) {
			for (int instance = 0; instance < platform.settings().instancesOf(application); instance++) {
				platform.kill(application, instance);
			}
		}
	}

	/** Restarts every instance of {@code applications} at once and waits for them. */
	static void restartAll(LocalPlatform platform, List<Application> applications) {
		List<CompletableFuture<Void>> restarts = new ArrayList<>();
		for (Application application : applications) {
			for (int instance = 0; instance < platform.settings().instancesOf(application); instance++) {
				int which = instance;
				restarts.add(CompletableFuture.runAsync(() -> platform.restart(application, which)));
			}
		}
		CompletableFuture.allOf(restarts.toArray(CompletableFuture[]::new)).join();
	}

}
