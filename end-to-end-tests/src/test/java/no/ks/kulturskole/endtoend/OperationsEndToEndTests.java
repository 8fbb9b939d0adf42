package no.ks.kulturskole.endtoend;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import no.ks.kulturskole.endtoend.TracedLines.TracedLine;
import no.ks.kulturskole.infra.apps.Application;
import no.ks.kulturskole.infra.LocalPlatform;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.yaml.snakeyaml.Yaml;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What operations rely on, on the platform as it runs: one registration can be followed
 * by one trace id from the gateway through every service to the SMTP call, and every
 * metric the Grafana dashboards and the Prometheus alert rules name is one a running
 * service exposes (a renamed meter would otherwise leave a panel empty and an alert
 * silent, with nothing failing).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OperationsEndToEndTests {

	private static final Duration EVENTUALLY = Duration.ofSeconds(90);

	private static final Path OBSERVABILITY = Path.of("..", "deploy", "observability");

	/** PromQL words that are not metric names. */
	private static final Set<String> PROMQL_WORDS = Set.of("by", "without", "on", "ignoring", "group_left",
			"group_right", "and", "or", "unless", "bool", "offset", "inf", "nan");

	private static final HttpClient SCRAPER = HttpClient.newHttpClient();

	static LocalPlatform platform;

	static PlatformClient client;

	@BeforeAll
	static void startThePlatform() {
		platform = RunningPlatform.get();
		client = RunningPlatform.client();
	}

	@Test
	@Order(1)
	void oneRegistrationIsOneTraceFromTheGatewayThroughEveryServiceToTheSmtpCall() {
		String workshopId = aScheduledWorkshop();
		String correlationId = "trace-" + UUID.randomUUID();
		String email = "trace-" + correlationId.substring(6, 14) + "@molde.example.no";
		RunningPlatform.console().follow(correlationId);

		PlatformClient.Answer accepted = await().atMost(EVENTUALLY)
			.until(() -> client.post("/api/public/workshops/" + workshopId + "/registrations", "application/json", """
					{"municipalityNumber": "1506",
					 "coordinator": {"name": "Ingrid Sporstøl", "email": "%s"},
					 "participants": [
					   {"name": "Ingrid Sporstøl", "email": "%s", "roleTitle": "Kulturskolerektor",
					    "roleCategory": "KULTURSKOLE"},
					   {"name": "Per Aukrust", "email": "per.%s", "roleTitle": "Kommunalsjef",
					    "roleCategory": "MUNICIPAL_LEADER"}]}
					""".formatted(email, email, email), correlationId), (answer) -> answer.status() != 404);
		assertThat(accepted.status()).as(accepted.body()).isEqualTo(201);

		// the accepted request's line at the gateway names the trace (the 404s before it,
		// while registration-service had not heard of the workshop, are traces of their
		// own)
		TracedLine acceptedAtTheGateway = await().atMost(EVENTUALLY)
			.until(() -> RunningPlatform.console()
				.ofCorrelation(correlationId)
				.stream()
				.filter((line) -> line.service().equals("gateway") && line.text().contains("/registrations 201 "))
				.findFirst(), Optional::isPresent)
			.orElseThrow();
		String traceId = acceptedAtTheGateway.traceId();

		await().atMost(EVENTUALLY).untilAsserted(() -> {
			List<TracedLine> trace = RunningPlatform.console().ofTrace(traceId);
			assertThat(trace).extracting(TracedLine::service)
				.contains("gateway", "registration", "notification", "reporting");
			// the SMTP call itself, not only the consumer that stored the e-mail
			assertThat(trace).filteredOn((line) -> line.service().equals("notification"))
				.anySatisfy((line) -> assertThat(line.text()).contains("sent on attempt"));
		});
	}

	@Test
	@Order(3)
	void noServicePutsANameAnAddressOrAPhoneNumberInItsLogOrItsMetrics() {
		String workshopId = aScheduledWorkshop();
		String marker = "pii" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
		String phone = "4" + String.format("%07d", Math.floorMod(marker.hashCode(), 10_000_000));
		RunningPlatform.console().watch(marker);
		RunningPlatform.console().watch(phone);
		String coordinator = "koordinator." + marker + "@aukra.example.no";

		PlatformClient.Answer accepted = await().atMost(EVENTUALLY)
			.until(() -> client.post("/api/public/workshops/" + workshopId + "/registrations", "application/json", """
					{"municipalityNumber": "1547",
					 "coordinator": {"name": "Kari %s", "email": "%s", "phone": "+47 %s"},
					 "participants": [
					   {"name": "Kari %s", "email": "%s", "roleTitle": "Kulturskolerektor",
					    "roleCategory": "KULTURSKOLE"},
					   {"name": "Ola %s", "email": "ola.%s@aukra.example.no", "roleTitle": "Ordfører",
					    "roleCategory": "POLITICIAN"}]}
					""".formatted(marker, coordinator, phone, marker, coordinator, marker, marker), null),
					(answer) -> answer.status() != 404);
		assertThat(accepted.status()).as(accepted.body()).isEqualTo(201);
		String delegationId = accepted.json().get("delegationId").asString();
		// the whole way: every mail sent and the staff report showing the delegation
		await().atMost(EVENTUALLY).untilAsserted(() -> {
			assertThat(platform.mailbox().messages()).filteredOn((mail) -> mail.deliveredTo().contains(marker))
				.hasSize(3);
			assertThat(client.getAsStaff("/api/notifications?delegationId=" + delegationId).json().valueStream())
				.hasSize(3)
				.allSatisfy((entry) -> assertThat(entry.get("status").asString()).isEqualTo("SENT"));
			assertThat(client.getAsStaff("/api/reports/workshops/" + workshopId).body()).contains(delegationId);
		});

		assertThat(RunningPlatform.console().linesWith(marker)).as("log lines with a name or an address").isEmpty();
		assertThat(RunningPlatform.console().linesWith(phone)).as("log lines with the phone number").isEmpty();
		for (Application application : Application.values()) {
			for (String instance : platform.urlsOf(application)) {
				assertThat(scrape(instance).body()).as(application + "'s metrics at " + instance)
					.doesNotContain(marker)
					.doesNotContain(phone);
			}
		}
	}

	@Test
	@Order(2)
	void everyMetricTheDashboardsAndAlertRulesNameIsExposedByARunningService() {
		Map<String, Set<String>> named = namedMetrics();
		// the PromQL is read right: names inside functions, with labels and ranges, found
		assertThat(named).as("metrics named in " + OBSERVABILITY)
			.containsKeys("http_server_requests_seconds_bucket", "spring_cloud_stream_binder_kafka_offset",
					"resilience4j_circuitbreaker_state", "platform_dead_letters_total", "platform_outbox_backlog")
			.doesNotContainKeys("sum", "rate", "by", "le", "application");

		// some meters appear with their first use: the other end-to-end tests and the
		// test above have registered, mailed and reported by now
		await().atMost(EVENTUALLY).untilAsserted(() -> {
			Set<String> exposed = exposedMetrics();
			List<String> missing = new ArrayList<>();
			named.forEach((metric, where) -> {
				if (!exposed.contains(metric)) {
					missing.add(metric + " (named in " + where + ")");
				}
			});
			assertThat(missing).as("named but exposed by no service").isEmpty();
		});
	}

	private static String aScheduledWorkshop() {
		LocalDate day = LocalDate.now().plusDays(50);
		PlatformClient.Answer created = client.postAsStaff("/api/workshops", """
				{"title": "Verksted: sporing gjennom plattformen", "programme": "Fremtidens kulturskole",
				 "format": "ONLINE", "meetingUrl": "https://møte.example.no/sporing", "language": "nb",
				 "registrationDeadline": "%sT23:59", "minDelegationSize": 2, "maxDelegationSize": 6,
				 "outsideRoleRequired": true,
				 "sessions": [{"startsAt": "%sT09:00", "endsAt": "%sT11:30", "capacity": 60}]}
				""".formatted(day.minusDays(9), day, day));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return created.json().get("id").asString();
	}

	/** Every metric name in the dashboards' and rules' PromQL, with the file it is in. */
	private static Map<String, Set<String>> namedMetrics() {
		Map<String, Set<String>> named = new TreeMap<>();
		JsonMapper json = JsonMapper.builder().build();
		try (Stream<Path> dashboards = Files.list(OBSERVABILITY.resolve("grafana"))) {
			for (Path dashboard : dashboards.filter((path) -> path.toString().endsWith(".json")).toList()) {
				JsonNode panels = json.readTree(dashboard.toFile()).get("panels");
				panels.forEach((panel) -> panel.path("targets")
					.forEach((target) -> metricsIn(target.get("expr").asString())
						.forEach((metric) -> named.computeIfAbsent(metric, (key) -> new TreeSet<>())
							.add(dashboard.getFileName().toString()))));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		Path rules = OBSERVABILITY.resolve("prometheus").resolve("alerts.yml");
		for (String expression : ruleExpressions(rules)) {
			metricsIn(expression).forEach((metric) -> named.computeIfAbsent(metric, (key) -> new TreeSet<>())
				.add(rules.getFileName().toString()));
		}
		return named;
	}

	@SuppressWarnings("unchecked")
	private static List<String> ruleExpressions(Path rules) {
		try (InputStream in = Files.newInputStream(rules)) {
			Map<String, Object> document = new Yaml().load(in);
			List<String> expressions = new ArrayList<>();
			for (Map<String, Object> group : (List<Map<String, Object>>) document.get("groups")) {
				for (Map<String, Object> rule : (List<Map<String, Object>>) group.get("rules")) {
					expressions.add((String) rule.get("expr"));
				}
			}
			return expressions;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The metric names in a PromQL expression: what is left once strings, label matchers,
	 * grouping clauses, ranges, Grafana variables, functions and keywords are taken out.
	 */
	static Set<String> metricsIn(String expression) {
		String bare = expression.replaceAll("\"[^\"]*\"", "")
			.replaceAll("\\{[^}]*\\}", "")
			.replaceAll("\\b(by|without|on|ignoring|group_left|group_right)\\s*\\([^)]*\\)", "")
			.replaceAll("\\[[^\\]]*\\]", "")
			.replaceAll("\\$\\w+", "");
		Set<String> metrics = new TreeSet<>();
		Matcher word = Pattern.compile("[a-zA-Z_:][a-zA-Z0-9_:]*").matcher(bare);
		while (word.find()) {
			String name = word.group();
			int end = word.end();
			boolean isFunction = bare.substring(end).stripLeading().startsWith("(");
			if (!isFunction && !PROMQL_WORDS.contains(name.toLowerCase())) {
				metrics.add(name);
			}
		}
		return metrics;
	}

	/** As Prometheus scrapes: anonymously, asking for its text format. */
	private static HttpResponse<String> scrape(String baseUrl) {
		try {
			return SCRAPER.send(HttpRequest.newBuilder(URI.create(baseUrl + "/actuator/prometheus"))
				.header("Accept", "text/plain;version=0.0.4")
				.timeout(Duration.ofSeconds(10))
				.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** The metric names every service's scrape endpoint shows now. */
	private static Set<String> exposedMetrics() {
		List<String> scrapes = new ArrayList<>();
		for (Application application : Application.values()) {
			// every instance: a counter appears once its instance has counted something
			for (String instance : platform.urlsOf(application)) {
				HttpResponse<String> scrape = scrape(instance);
				assertThat(scrape.statusCode()).as(application + " scrape at " + instance).isEqualTo(200);
				scrapes.add(scrape.body());
			}
		}
		Set<String> names = new TreeSet<>();
		scrapes.forEach((scrape) -> scrape.lines()
			.filter((line) -> !line.isBlank() && !line.startsWith("#"))
			.map((line) -> line.split("[{ ]", 2)[0])
			.forEach(names::add));
		return names;
	}

}
