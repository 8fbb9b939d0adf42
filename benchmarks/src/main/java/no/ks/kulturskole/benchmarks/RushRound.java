package no.ks.kulturskole.benchmarks;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import no.ks.kulturskole.reference.Municipality;

/**
 * One rush of the benchmark at one concurrency: a new workshop, every municipality
 * registering a delegation of four through the gateway at once (the "rush" and "cpu rush"
 * figures), then how long until the staff dashboard shows each of them ("report lag") and
 * every mail is in ("mail lag").
 */
final class RushRound {

	/** How often the benchmark looks whether the dashboard shows everything yet. */
	private static final Duration DASHBOARD_CHECK = Duration.ofMillis(100);

	private static final Duration MAIL_POLL = Duration.ofSeconds(1);

	private final Gateway gateway;

	private final String kafka;

	private final MailArrivals mails;

	private final CpuMeter cpu;

	private final FlightRecordings recordings;

	private final Duration lagTimeout;

	private final Summary summary;

	RushRound(Gateway gateway, String kafka, MailArrivals mails, CpuMeter cpu, FlightRecordings recordings,
			Duration lagTimeout, Summary summary) {
		this.gateway = gateway;
		this.kafka = kafka;
		this.mails = mails;
		this.cpu = cpu;
		this.recordings = recordings;
		this.lagTimeout = lagTimeout;
		this.summary = summary;
	}

	/**
	 * @param raw the raw baseline at the same concurrency, which the rush is compared to
	 * @param round counts the rushes of one run, so each has its own addresses
	 */
	void run(List<Municipality> municipalities, int concurrency, RawBaseline.Result raw, int round) {
		String runTag = "r" + round + UUID.randomUUID().toString().substring(0, 4);
		String workshopId = RushWorkshop.create(this.gateway, "Rush c=" + concurrency);
		RushWorkshop.awaitRegistrationKnows(this.gateway, workshopId);
		System.out.printf("Rush c=%d on workshop %s (2 sessions of %d seats) ...%n", concurrency, workshopId,
				RushWorkshop.SESSION_CAPACITY);

		DashboardWatcher dashboard = new DashboardWatcher(this.gateway.baseUrl(), workshopId).start("stab",
				"kulturskole");

		Burst burst = burst(municipalities, concurrency, runTag, workshopId);
		Instant lastAnswer = burst.registrations()
			.stream()
			.map(Registration::answeredAt)
			.max(Instant::compareTo)
			.orElseThrow();
		Duration took = Duration.between(burst.start(), lastAnswer);
		CpuMeter.Snapshot cpuAtLastAnswer = this.cpu.snapshot();

		List<Registration> accepted = burst.registrations().stream().filter(Registration::accepted).toList();
		Map<Integer, Integer> refusedByStatus = new TreeMap<>();
		burst.registrations()
			.stream()
			.filter((r) -> !r.accepted())
			.forEach((r) -> refusedByStatus.merge(r.status(), 1, Integer::sum));
		burst.registrations()
			.stream()
			.filter((r) -> !r.accepted())
			.limit(3)
			.forEach((r) -> System.out.printf("  refused %d: %s%n", r.status(),
					r.problem().length() > 300 ? r.problem().substring(0, 300) : r.problem()));
		long confirmed = accepted.stream().filter((r) -> "CONFIRMED".equals(r.seatStatus())).count();
		Latencies latencies = new Latencies(burst.registrations().stream().map(Registration::millis).toList());
		double perSecond = accepted.size() * 1000.0 / Math.max(1, took.toMillis());
		this.summary.line(String.format(Locale.ROOT,
				"rush c=%d: %d accepted, %d refused%s, %.1f/s = %.0f %% of raw %.1f/s, p50 %s, p99 %s, max %s "
						+ "(%d confirmed, %d waitlisted; %.1f s)",
				concurrency, accepted.size(), burst.registrations().size() - accepted.size(),
				refusedByStatus.isEmpty() ? "" : " " + refusedByStatus, perSecond, 100.0 * perSecond / raw.perSecond(),
				raw.perSecond(), Latencies.format(latencies.percentile(50)), Latencies.format(latencies.percentile(99)),
				Latencies.format(latencies.max()), confirmed, accepted.size() - confirmed, took.toMillis() / 1000.0));

		this.summary.line("cpu rush c=" + concurrency + " until the last answer: "
				+ cpuAtLastAnswer.since(burst.cpuAtStart(), accepted.size(), "registration"));

		reportLag(dashboard, accepted, lastAnswer, concurrency);
		reportLagSplit(dashboard, accepted, workshopId, burst.start(), concurrency);
		mailLag(accepted, burst.cpuAtStart(), lastAnswer, concurrency, runTag);
	}

	/** Until the staff dashboard's page shows every accepted delegation. */
	private void reportLag(DashboardWatcher dashboard, List<Registration> accepted, Instant lastAnswer,
			int concurrency) {
		Set<String> acceptedRows = new HashSet<>();
		accepted.forEach((r) -> acceptedRows.add(r.row()));
		boolean reportComplete = Polling.awaitCondition(this.lagTimeout, DASHBOARD_CHECK,
				() -> dashboard.firstSeen().keySet().containsAll(acceptedRows));
		dashboard.close();
		List<Long> reportLags = new ArrayList<>();
		Instant lastSeen = null;
		for (Registration registration : accepted) {
			Instant seen = dashboard.firstSeen().get(registration.row());
			if (seen != null) {
				reportLags.add(Math.max(0, Duration.between(registration.answeredAt(), seen).toMillis()));
				lastSeen = (lastSeen == null || seen.isAfter(lastSeen)) ? seen : lastSeen;
			}
		}
		if (reportLags.isEmpty()) {
			this.summary.line(String.format(Locale.ROOT, "report lag c=%d: no accepted delegation shown within %s",
					concurrency, Latencies.format(this.lagTimeout.toMillis())));
		}
		else {
			Latencies lags = new Latencies(reportLags);
			this.summary.line(String.format(Locale.ROOT,
					"report lag c=%d: %d of %d shown%s, p50 %s, p99 %s, max %s; all shown %s after the last "
							+ "registration (staff dashboard: %d page fetches on its server-sent events, %d reconnects)",
					concurrency, reportLags.size(), accepted.size(), reportComplete ? "" : " (TIMED OUT)",
					Latencies.format(lags.percentile(50)), Latencies.format(lags.percentile(99)),
					Latencies.format(lags.max()), Latencies.format(Duration.between(lastAnswer, lastSeen).toMillis()),
					dashboard.fetches(), dashboard.reconnects()));
		}
	}

	/**
	 * The dashboard's lag in two: from the answer until the delegation's registration was
	 * on {@code registration.events} (the outbox relay), and from there until the page
	 * showed it (reporting, the live stream and the page).
	 */
	private void reportLagSplit(DashboardWatcher dashboard, List<Registration> accepted, String workshopId,
			Instant since, int concurrency) {
		Map<String, Instant> onTopic = TopicArrivals.delegationsRegistered(this.kafka, workshopId,
				since.minusSeconds(1));
		List<Long> relayed = new ArrayList<>();
		List<Long> shown = new ArrayList<>();
		for (Registration registration : accepted) {
			Instant arrived = onTopic.get(registration.delegationId());
			Instant seen = dashboard.firstSeen().get(registration.row());
			if (arrived != null) {
				relayed.add(Math.max(0, Duration.between(registration.answeredAt(), arrived).toMillis()));
				if (seen != null) {
					shown.add(Math.max(0, Duration.between(arrived, seen).toMillis()));
				}
			}
		}
		if (relayed.isEmpty() || shown.isEmpty()) {
			this.summary.line(String.format(Locale.ROOT, "report lag c=%d split: %d of %d found on %s", concurrency,
					relayed.size(), accepted.size(), "registration.events"));
			return;
		}
		Latencies relay = new Latencies(relayed);
		Latencies after = new Latencies(shown);
		Latencies fetches = new Latencies(dashboard.fetchMillis().isEmpty() ? List.of(0L) : dashboard.fetchMillis());
		this.summary.line(String.format(Locale.ROOT,
				"report lag c=%d split: on registration.events p50 %s, p99 %s after the answer (%d of %d); "
						+ "then shown p50 %s, p99 %s after that; a page fetch p50 %s, max %s",
				concurrency, Latencies.format(relay.percentile(50)), Latencies.format(relay.percentile(99)),
				relayed.size(), accepted.size(), Latencies.format(after.percentile(50)),
				Latencies.format(after.percentile(99)), Latencies.format(fetches.percentile(50)),
				Latencies.format(fetches.max())));
	}

	/** Until every coordinator's confirmation and every participant's mail is in. */
	private void mailLag(List<Registration> accepted, CpuMeter.Snapshot cpuAtStart, Instant lastAnswer, int concurrency,
			String runTag) {
		Map<String, Registration> byRecipient = new HashMap<>();
		for (Registration registration : accepted) {
			for (String recipient : Delegations.recipients(registration.municipality(), runTag)) {
				byRecipient.put(recipient.toLowerCase(Locale.ROOT), registration);
			}
		}
		Map<String, Instant>[] arrivals = new Map[] { Map.of() };
		boolean mailsComplete = Polling.awaitCondition(this.lagTimeout, MAIL_POLL, () -> {
			arrivals[0] = this.mails.firstArrivals();
			return arrivals[0].keySet().containsAll(byRecipient.keySet());
		});
		this.summary.line("cpu rush c=" + concurrency + " until all mails are in: "
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
			this.summary.line(String.format(Locale.ROOT, "mail lag c=%d: no confirmation within %s", concurrency,
					Latencies.format(this.lagTimeout.toMillis())));
		}
		else {
			Latencies lags = new Latencies(confirmationLags);
			this.summary.line(String.format(Locale.ROOT,
					"mail lag c=%d: %d of %d mails%s; coordinator's confirmation p50 %s, p99 %s; all mails in %s "
							+ "after the last registration",
					concurrency, arrived, byRecipient.size(), mailsComplete ? "" : " (TIMED OUT)",
					Latencies.format(lags.percentile(50)), Latencies.format(lags.percentile(99)),
					Latencies.format(Duration.between(lastAnswer, lastMail).toMillis())));
		}
	}

	/** Every municipality's registration, all let go at once. */
	private Burst burst(List<Municipality> municipalities, int concurrency, String runTag, String workshopId) {
		List<Registration> registrations = new ArrayList<>();
		CountDownLatch go = new CountDownLatch(1);
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
						answer = this.gateway.postFrom(address,
								"/api/public/workshops/" + workshopId + "/registrations", body);
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
			CpuMeter.Snapshot cpuAtStart = this.cpu.snapshot();
			Instant start = Instant.now();
			go.countDown();
			for (Future<Registration> future : futures) {
				registrations.add(future.get());
			}
			return new Burst(registrations, cpuAtStart, start);
		}
		catch (Exception ex) {
			throw new IllegalStateException("The rush failed", ex);
		}
	}

	/**
	 * Each municipality from its own address in 198.18.0.0/15, the range set aside for
	 * benchmarks (RFC 2544).
	 */
	static String clientAddress(int index) {
		return "198.18." + (index / 250) + "." + (1 + index % 250);
	}

	private record Burst(List<Registration> registrations, CpuMeter.Snapshot cpuAtStart, Instant start) {
	}

}
