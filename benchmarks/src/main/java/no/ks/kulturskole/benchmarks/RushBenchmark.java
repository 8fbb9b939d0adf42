package no.ks.kulturskole.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import no.ks.kulturskole.infra.LocalPlatform;
import no.ks.kulturskole.infra.PlatformSettings;
import no.ks.kulturskole.infra.apps.Application;
import no.ks.kulturskole.reference.Municipality;
import no.ks.kulturskole.reference.MunicipalityRegister;

/**
 * The registration rush of issue 11 in one run, side by side on one platform: the raw
 * MongoDB + Kafka baseline, every municipality registering a delegation of four through
 * the gateway at each concurrency, the lag until the staff report and the coordinator's
 * mail show each registration, the gateway's proxy cost, and reporting's rebuild
 * benchmark. Prints one summary line per figure. Command and figures:
 * docs/PERFORMANCE.md, "Registration rush".
 *
 * <p>
 * System properties: {@code benchmark.gateway} (empty: start a platform on free ports in
 * a temporary folder, like the end-to-end tests), {@code benchmark.mail-viewer},
 * {@code benchmark.mongo}, {@code benchmark.kafka} (for a running platform; default the
 * local platform's ports), {@code benchmark.jvm-options}, {@code benchmark.concurrency}
 * (e.g. {@code 16,64}), {@code benchmark.rebuild-events} (0 skips the rebuild),
 * {@code benchmark.lag-timeout-seconds}, {@code benchmark.profile-dir} (flight recordings
 * of the applications over each rush, see {@link FlightRecordings}).
 */
public final class RushBenchmark {

	/** Two sessions of 400 for 357 × 4 = 1 428 asked: a waiting list forms. */
	static final int SESSION_CAPACITY = 400;

	/** How often the benchmark looks whether the dashboard shows everything yet. */
	private static final Duration DASHBOARD_CHECK = Duration.ofMillis(100);

	private static final Duration MAIL_POLL = Duration.ofSeconds(1);

	private final List<String> summary = new ArrayList<>();

	private CpuMeter cpu = new CpuMeter(Map.of());

	private FlightRecordings recordings = FlightRecordings.to("", Map.of());

	private RushBenchmark() {
	}

	public static void main(String[] args) {
		int exit = 0;
		try {
			new RushBenchmark().run();
		}
		catch (RuntimeException ex) {
			ex.printStackTrace();
			exit = 1;
		}
		// Kafka's and Mongo's client threads must not keep the JVM alive
		System.exit(exit);
	}

	private void run() {
		List<Municipality> municipalities = MunicipalityRegister.load().municipalities();
		List<Integer> concurrencies = Arrays.stream(property("benchmark.concurrency", "16,64").split(","))
			.map(String::trim)
			.map(Integer::parseInt)
			.toList();
		Duration lagTimeout = Duration.ofSeconds(Long.parseLong(property("benchmark.lag-timeout-seconds", "600")));
		int rebuildEvents = Integer.parseInt(property("benchmark.rebuild-events", "100000"));
		String givenGateway = property("benchmark.gateway", "");

		LocalPlatform platform = null;
		String gatewayUrl;
		String mongoUri;
		String kafka;
		MailArrivals mails;
		String registrationUrl = null;
		if (givenGateway.isBlank()) {
			PlatformSettings settings = PlatformSettings.defaults()
				.withFreePorts()
				.withDataDir(temporaryDataDir())
				.withDemoData(false);
			String jvmOptions = property("benchmark.jvm-options", "");
			if (!jvmOptions.isBlank()) {
				settings = settings.withJvmOptions(List.of(jvmOptions.trim().split("\\s+")));
			}
			System.out.printf("Starting the local platform (applications' JVM options: %s) in %s%n",
					String.join(" ", settings.jvmOptions()), settings.dataDir());
			platform = LocalPlatform.start(settings);
			Runtime.getRuntime().addShutdownHook(new Thread(platform::close));
			gatewayUrl = platform.gatewayUrl();
			mongoUri = platform.mongoUri();
			kafka = platform.kafkaBootstrap();
			mails = MailArrivals.of(platform.mailbox().greenMail());
			registrationUrl = platform.urlOf(Application.REGISTRATION);
			this.cpu = new CpuMeter(platform.applicationProcesses());
			this.recordings = FlightRecordings.to(property("benchmark.profile-dir", ""),
					platform.applicationProcesses());
			line(String.format(Locale.ROOT, "platform: ready in %.1f s with applications' JVM options %s",
					platform.startupTime().toMillis() / 1000.0, String.join(" ", settings.jvmOptions())));
		}
		else {
			gatewayUrl = givenGateway;
			mongoUri = property("benchmark.mongo", "mongodb://127.0.0.1:27017");
			kafka = property("benchmark.kafka", "127.0.0.1:9092");
			mails = MailArrivals.ofMailViewer(property("benchmark.mail-viewer", "http://127.0.0.1:8025"));
			System.out.println("Using the running platform at " + gatewayUrl);
		}

		Gateway gateway = new Gateway(gatewayUrl);
		Map<Integer, RawBaseline.Result> raw = new HashMap<>();
		try (RawBaseline baseline = new RawBaseline(mongoUri, kafka)) {
			// one round to warm the clients and the servers' code paths, not counted
			baseline.run(municipalities.subList(0, 32), 16);
			for (int concurrency : concurrencies) {
				CpuMeter.Snapshot before = this.cpu.snapshot();
				RawBaseline.Result result = baseline.run(municipalities, concurrency);
				line("cpu raw c=" + concurrency + ": "
						+ this.cpu.snapshot().since(before, result.delegations(), "delegation"));
				raw.put(concurrency, result);
				line(String.format(Locale.ROOT,
						"raw c=%d: %d delegations ($push + 7 outbox entries, 7 records acks=all idempotent) "
								+ "in %.1f s = %.1f/s, p50 %s, p99 %s",
						concurrency, result.delegations(), result.took().toMillis() / 1000.0, result.perSecond(),
						Latencies.format(result.latencies().percentile(50)),
						Latencies.format(result.latencies().percentile(99))));
			}
		}

		if (registrationUrl != null) {
			proxyCost(gateway, new Gateway(registrationUrl));
		}

		int round = 0;
		for (int concurrency : concurrencies) {
			round++;
			rush(gateway, mails, municipalities, concurrency, raw.get(concurrency), round, lagTimeout);
		}

		if (platform != null) {
			// the rebuild benchmark brings its own broker and database: stop ours first
			platform.close();
		}
		if (rebuildEvents > 0) {
			System.out.println("Rebuild benchmark (reporting-service RebuildBenchmark) ...");
			line(ReportingRebuild.summaryLine(rebuildEvents));
		}

		System.out.println();
		System.out.println("=== Registration rush benchmark, " + Instant.now() + " ===");
		this.summary.forEach(System.out::println);
	}

	private void rush(Gateway gateway, MailArrivals mails, List<Municipality> municipalities, int concurrency,
			RawBaseline.Result raw, int round, Duration lagTimeout) {
		String runTag = "r" + round + UUID.randomUUID().toString().substring(0, 4);
		String workshopId = createWorkshop(gateway, "Rush c=" + concurrency);
		awaitRegistrationKnows(gateway, workshopId);
		System.out.printf("Rush c=%d on workshop %s (2 sessions of %d seats) ...%n", concurrency, workshopId,
				SESSION_CAPACITY);

		DashboardWatcher dashboard = new DashboardWatcher(gateway.baseUrl(), workshopId).start("stab", "kulturskole");

		List<Registration> registrations = new ArrayList<>();
		CpuMeter.Snapshot cpuAtStart;
		CountDownLatch go = new CountDownLatch(1);
		Instant start;
		try (ExecutorService pool = Executors.newFixedThreadPool(concurrency)) {
			List<Future<Registration>> futures = new ArrayList<>();
			for (int i = 0; i < municipalities.size(); i++) {
				Municipality municipality = municipalities.get(i);
				String address = clientAddress(i);
				futures.add(pool.submit(() -> {
					go.await();
					String body = Delegations.registrationJson(municipality, runTag);
					long began = System.nanoTime();
					Gateway.Answer answer;
					try {
						answer = gateway.postFrom(address, "/api/public/workshops/" + workshopId + "/registrations",
								body);
					}
					catch (RuntimeException ex) {
						answer = new Gateway.Answer(-1, ex.toString());
					}
					long millis = (System.nanoTime() - began) / 1_000_000;
					String delegationId = (answer.status() == 201) ? answer.json().get("delegationId").asString()
							: null;
					String status = (answer.status() == 201) ? answer.json().get("status").asString() : null;
					return new Registration(municipality, answer.status(), millis, Instant.now(), delegationId, status,
							(answer.status() == 201) ? null : answer.body());
				}));
			}
			this.recordings.start("rush-c" + concurrency);
			cpuAtStart = this.cpu.snapshot();
			start = Instant.now();
			go.countDown();
			for (Future<Registration> future : futures) {
				registrations.add(future.get());
			}
		}
		catch (Exception ex) {
			throw new IllegalStateException("The rush failed", ex);
		}
		Instant lastAnswer = registrations.stream().map(Registration::answeredAt).max(Instant::compareTo).orElseThrow();
		Duration took = Duration.between(start, lastAnswer);
		CpuMeter.Snapshot cpuAtLastAnswer = this.cpu.snapshot();

		List<Registration> accepted = registrations.stream().filter((r) -> r.status() == 201).toList();
		Map<Integer, Integer> refusedByStatus = new TreeMap<>();
		registrations.stream()
			.filter((r) -> r.status() != 201)
			.forEach((r) -> refusedByStatus.merge(r.status(), 1, Integer::sum));
		registrations.stream()
			.filter((r) -> r.status() != 201)
			.limit(3)
			.forEach((r) -> System.out.printf("  refused %d: %s%n", r.status(),
					r.problem().length() > 300 ? r.problem().substring(0, 300) : r.problem()));
		long confirmed = accepted.stream().filter((r) -> "CONFIRMED".equals(r.seatStatus())).count();
		Latencies latencies = new Latencies(registrations.stream().map(Registration::millis).toList());
		double perSecond = accepted.size() * 1000.0 / Math.max(1, took.toMillis());
		line(String.format(Locale.ROOT,
				"rush c=%d: %d accepted, %d refused%s, %.1f/s = %.0f %% of raw %.1f/s, p50 %s, p99 %s, max %s "
						+ "(%d confirmed, %d waitlisted; %.1f s)",
				concurrency, accepted.size(), registrations.size() - accepted.size(),
				refusedByStatus.isEmpty() ? "" : " " + refusedByStatus, perSecond, 100.0 * perSecond / raw.perSecond(),
				raw.perSecond(), Latencies.format(latencies.percentile(50)), Latencies.format(latencies.percentile(99)),
				Latencies.format(latencies.max()), confirmed, accepted.size() - confirmed, took.toMillis() / 1000.0));

		line("cpu rush c=" + concurrency + " until the last answer: "
				+ cpuAtLastAnswer.since(cpuAtStart, accepted.size(), "registration"));

		// the staff dashboard: until its page shows every accepted delegation
		Set<String> acceptedRows = new HashSet<>();
		accepted.forEach((r) -> acceptedRows.add(rowOf(r)));
		boolean reportComplete = awaitCondition(lagTimeout, DASHBOARD_CHECK,
				() -> dashboard.firstSeen().keySet().containsAll(acceptedRows));
		dashboard.close();
		List<Long> reportLags = new ArrayList<>();
		Instant lastSeen = null;
		for (Registration registration : accepted) {
			Instant seen = dashboard.firstSeen().get(rowOf(registration));
			if (seen != null) {
				reportLags.add(Math.max(0, Duration.between(registration.answeredAt(), seen).toMillis()));
				lastSeen = (lastSeen == null || seen.isAfter(lastSeen)) ? seen : lastSeen;
			}
		}
		if (reportLags.isEmpty()) {
			line(String.format(Locale.ROOT, "report lag c=%d: no accepted delegation shown within %s", concurrency,
					Latencies.format(lagTimeout.toMillis())));
		}
		else {
			Latencies lags = new Latencies(reportLags);
			line(String.format(Locale.ROOT,
					"report lag c=%d: %d of %d shown%s, p50 %s, p99 %s, max %s; all shown %s after the last "
							+ "registration (staff dashboard: %d page fetches on its server-sent events, %d reconnects)",
					concurrency, reportLags.size(), accepted.size(), reportComplete ? "" : " (TIMED OUT)",
					Latencies.format(lags.percentile(50)), Latencies.format(lags.percentile(99)),
					Latencies.format(lags.max()), Latencies.format(Duration.between(lastAnswer, lastSeen).toMillis()),
					dashboard.fetches(), dashboard.reconnects()));
		}

		// the mails: every coordinator's confirmation and every participant's mail
		Map<String, Registration> byRecipient = new HashMap<>();
		for (Registration registration : accepted) {
			for (String recipient : Delegations.recipients(registration.municipality(), runTag)) {
				byRecipient.put(recipient.toLowerCase(Locale.ROOT), registration);
			}
		}
		Map<String, Instant>[] arrivals = new Map[] { Map.of() };
		boolean mailsComplete = awaitCondition(lagTimeout, MAIL_POLL, () -> {
			arrivals[0] = mails.firstArrivals();
			return arrivals[0].keySet().containsAll(byRecipient.keySet());
		});
		line("cpu rush c=" + concurrency + " until all mails are in: "
				+ this.cpu.snapshot().since(cpuAtStart, accepted.size(), "registration"));
		this.recordings.dump("rush-c" + concurrency);
		List<Long> confirmationLags = new ArrayList<>();
		Instant lastMail = null;
		int arrived = 0;
		for (Map.Entry<String, Registration> expected : byRecipient.entrySet()) {
			Instant at = arrivals[0].get(expected.getKey());
			if (at == null) {
				continue;
			}
			arrived++;
			lastMail = (lastMail == null || at.isAfter(lastMail)) ? at : lastMail;
			if (expected.getKey()
				.equals(Delegations.coordinatorEmail(expected.getValue().municipality(), runTag)
					.toLowerCase(Locale.ROOT))) {
				confirmationLags.add(Math.max(0, Duration.between(expected.getValue().answeredAt(), at).toMillis()));
			}
		}
		if (confirmationLags.isEmpty()) {
			line(String.format(Locale.ROOT, "mail lag c=%d: no confirmation within %s", concurrency,
					Latencies.format(lagTimeout.toMillis())));
		}
		else {
			Latencies lags = new Latencies(confirmationLags);
			line(String.format(Locale.ROOT,
					"mail lag c=%d: %d of %d mails%s; coordinator's confirmation p50 %s, p99 %s; all mails in %s "
							+ "after the last registration",
					concurrency, arrived, byRecipient.size(), mailsComplete ? "" : " (TIMED OUT)",
					Latencies.format(lags.percentile(50)), Latencies.format(lags.percentile(99)),
					Latencies.format(Duration.between(lastAnswer, lastMail).toMillis())));
		}
	}

	/**
	 * The gateway's cost per proxied request: the same small public read through the
	 * gateway and straight to registration-service, 16 at a time.
	 */
	private void proxyCost(Gateway viaGateway, Gateway direct) {
		int requests = 2_000;
		int concurrency = 16;
		String measured = "/api/public/municipalities";
		Map<String, Double> rates = new HashMap<>();
		Map<String, Latencies> latencies = new HashMap<>();
		for (int pass = 0; pass < 2; pass++) {
			// the first pass warms both paths up and is not reported
			for (Map.Entry<String, Gateway> target : Map.of("gateway", viaGateway, "direct", direct).entrySet()) {
				List<Long> millis = new ArrayList<>();
				Instant start = Instant.now();
				try (ExecutorService pool = Executors.newFixedThreadPool(concurrency)) {
					List<Future<Long>> timings = new ArrayList<>();
					for (int i = 0; i < requests; i++) {
						timings.add(pool.submit(() -> {
							long began = System.nanoTime();
							int status = target.getValue().get(measured).status();
							if (status != 200) {
								throw new IllegalStateException(measured + " answered " + status);
							}
							return (System.nanoTime() - began) / 1_000;
						}));
					}
					for (Future<Long> timing : timings) {
						millis.add(timing.get());
					}
				}
				catch (Exception ex) {
					throw new IllegalStateException("The proxy measurement failed", ex);
				}
				rates.put(target.getKey(),
						requests * 1000.0 / Math.max(1, Duration.between(start, Instant.now()).toMillis()));
				latencies.put(target.getKey(), new Latencies(millis));
			}
		}
		line(String.format(Locale.ROOT,
				"proxy c=%d: GET %s %d times: via gateway %.0f/s p50 %.1f ms p99 %.1f ms; direct %.0f/s p50 %.1f ms "
						+ "p99 %.1f ms",
				concurrency, measured, requests, rates.get("gateway"), latencies.get("gateway").percentile(50) / 1000.0,
				latencies.get("gateway").percentile(99) / 1000.0, rates.get("direct"),
				latencies.get("direct").percentile(50) / 1000.0, latencies.get("direct").percentile(99) / 1000.0));
	}

	private static String createWorkshop(Gateway gateway, String title) {
		LocalDate day = LocalDate.now().plusDays(40);
		LocalDate deadline = LocalDate.now().plusDays(33);
		Gateway.Answer created = gateway.postAsStaff("/api/workshops", """
				{"title": "%s", "programme": "Fremtidens kulturskole", "format": "ONLINE",
				 "meetingUrl": "https://møte.example.no/rush", "registrationDeadline": "%sT12:00",
				 "minDelegationSize": 2, "maxDelegationSize": 6,
				 "sessions": [{"startsAt": "%sT09:00", "endsAt": "%sT11:30", "capacity": %d},
				              {"startsAt": "%sT12:30", "endsAt": "%sT15:00", "capacity": %d}]}""".formatted(title,
				deadline, day, day, SESSION_CAPACITY, day, day, SESSION_CAPACITY));
		if (created.status() != 201) {
			throw new IllegalStateException(
					"Could not create the workshop: " + created.status() + " " + created.body());
		}
		return created.json().get("id").asString();
	}

	/**
	 * registration-service learns of a new workshop from workshop.events: wait until a
	 * registration without delegates is refused for that reason (a rule of the workshop,
	 * checked against it) rather than for an unknown workshop; nothing is stored.
	 */
	private static void awaitRegistrationKnows(Gateway gateway, String workshopId) {
		String probe = """
				{"municipalityNumber": "4601", "coordinator": {"name": "Probe", "email": "probe@example.no"},
				 "participants": []}""";
		int[] status = { 0 };
		boolean known = awaitCondition(Duration.ofSeconds(60), Duration.ofMillis(200), () -> {
			status[0] = gateway
				.postFrom("198.51.100.1", "/api/public/workshops/" + workshopId + "/registrations", probe)
				.status();
			return status[0] != 404 && status[0] != 429;
		});
		if (!known) {
			throw new IllegalStateException("registration-service did not learn of workshop " + workshopId
					+ " within 60 s (last answer " + status[0] + ")");
		}
	}

	/**
	 * Each municipality from its own address in 198.18.0.0/15, the range set aside for
	 * benchmarks (RFC 2544).
	 */
	static String clientAddress(int index) {
		return "198.18." + (index / 250) + "." + (1 + index % 250);
	}

	private static boolean awaitCondition(Duration timeout, Duration poll,
			java.util.function.BooleanSupplier condition) {
		Instant deadline = Instant.now().plus(timeout);
		while (true) {
			if (condition.getAsBoolean()) {
				return true;
			}
			if (Instant.now().isAfter(deadline)) {
				return false;
			}
			try {
				Thread.sleep(poll);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return false;
			}
		}
	}

	private void line(String line) {
		System.out.println(line);
		this.summary.add(line);
	}

	private static String property(String name, String fallback) {
		String value = System.getProperty(name);
		return (value == null || value.isBlank()) ? fallback : value.trim();
	}

	private static Path temporaryDataDir() {
		try {
			return Files.createTempDirectory("kulturskole-benchmark-");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String rowOf(Registration registration) {
		return DashboardWatcher.rowKey(registration.municipality().name(), registration.municipality().countyName());
	}

	record Registration(Municipality municipality, int status, long millis, Instant answeredAt, String delegationId,
			String seatStatus, String problem) {
	}

}
