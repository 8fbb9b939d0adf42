package no.ks.kulturskole.registration;

import no.ks.kulturskole.testsupport.EventSchemas;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.UUID;

import no.ks.kulturskole.contracts.Topics;
import no.ks.kulturskole.contracts.workshop.SessionDetails;
import no.ks.kulturskole.contracts.workshop.WorkshopFormat;
import no.ks.kulturskole.contracts.workshop.WorkshopScheduled;
import no.ks.kulturskole.registration.delegation.application.ApplyWorkshopEvents;
import no.ks.kulturskole.registration.delegation.application.WorkshopRegistrationsStore;
import no.ks.kulturskole.registration.delegation.model.Delegation;
import no.ks.kulturskole.registration.delegation.model.Participant;
import no.ks.kulturskole.registration.delegation.model.WorkshopRegistrations;
import no.ks.kulturskole.support.secret.SecretSeal;
import no.ks.kulturskole.testsupport.CallerTokens;
import no.ks.kulturskole.testsupport.TestInfrastructure;
import no.ks.kulturskole.testsupport.TopicProbe;
import org.assertj.core.api.Assertions;
import org.awaitility.Awaitility;
import org.bson.Document;
import tools.jackson.databind.JsonNode;
import no.ks.kulturskole.support.privacy.PersonalDataSeals;
import tools.jackson.databind.json.JsonMapper;

import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The service on a random port, with what its tests need to drive it over HTTP and look
 * into its database. Where Kafka and MongoDB are is up to the subclass.
 */
// The tests register hundreds of delegations from one address (this JVM); the budget of
// addresses one client may mail per hour has its own test (MailBudgetHttpTests).
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "platform.registration.mail-budget.addresses-per-hour=1000000",
				// the tests run retention themselves, on a clock they move
				"platform.privacy.retention.initial-delay=P1D" })
public abstract class RunningService {

	protected static final String COLLECTION = "workshop_registrations";

	/** Where each delegation is stored, beside its workshop's document. */
	protected static final String DELEGATIONS = "registration_delegations";

	/**
	 * The key registration shares with notification to seal manage-link secrets; fresh
	 * for every test JVM, as a production key would be its own.
	 */
	protected static final String SEAL_KEY = SecretSeal.generateKey();

	private static final HttpClient HTTP = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	private static final AtomicInteger CLIENTS = new AtomicInteger();

	/**
	 * The address the current test calls from, unless it says otherwise: the service
	 * limits wrong manage secrets and mails per client, and the tests share one running
	 * service, so one test's deliberate wrong guesses must not use up another's.
	 */
	private static volatile String client = "10.0.0.1";

	@BeforeEach
	void aClientOfItsOwn() {
		int next = CLIENTS.incrementAndGet();
		client = "10." + ((next >> 16) & 255) + "." + ((next >> 8) & 255) + "." + (next & 255);
	}

	@LocalServerPort
	protected int port;

	@DynamicPropertySource
	static void sealingKey(DynamicPropertyRegistry registry) {
		registry.add("platform.secret-seal.key", () -> SEAL_KEY);
		CallerTokens.trustedBy(registry);
		// the answers' manage links stay API resources, whatever GATEWAY_URL the machine
		// has
		registry.add("platform.public-url", () -> "");
	}

	@Autowired
	protected ApplyWorkshopEvents replica;

	@Autowired
	protected WorkshopRegistrationsStore store;

	@Autowired
	protected MongoTemplate mongo;

	@Autowired
	protected JsonMapper json;

	/** Opens the personal fields of published events, as a reader with the keys does. */
	@Autowired
	protected PersonalDataSeals personalData;

	/** Puts a workshop in the replica directly, as the consumer would. */
	protected WorkshopScheduled scheduleWorkshop(int minSize, Integer maxSize, boolean outsideRoleRequired,
			Instant deadline, int... capacities) {
		WorkshopScheduled event = workshopScheduled(UUID.randomUUID().toString(), "Verksted", minSize, maxSize,
				outsideRoleRequired, deadline, capacities);
		this.replica.apply(event);
		return event;
	}

	protected static WorkshopScheduled workshopScheduled(String workshopId, String title, int minSize, Integer maxSize,
			boolean outsideRoleRequired, Instant deadline, int... capacities) {
		Instant start = Instant.now().plus(Duration.ofDays(40));
		List<SessionDetails> sessions = new ArrayList<>();
		for (int i = 0; i < capacities.length; i++) {
			Instant startsAt = start.plus(Duration.ofHours(3L * i));
			sessions.add(new SessionDetails("s-" + (i + 1), startsAt, startsAt.plus(Duration.ofMinutes(150)),
					capacities[i], "https://meet.example/" + i));
		}
		return new WorkshopScheduled(UUID.randomUUID(), workshopId, Instant.now(), WorkshopScheduled.SCHEMA_VERSION,
				title, "Hva er kulturskolens rolle i kommunen?", "Fremtidens kulturskole", WorkshopFormat.ONLINE, null,
				"nb", deadline, minSize, maxSize, outsideRoleRequired, sessions);
	}

	protected static Instant inThirtyDays() {
		return Instant.now().plus(Duration.ofDays(30));
	}

	/**
	 * A valid registration body: the first delegate from the kulturskole, the others from
	 * outside it.
	 */
	protected static Map<String, Object> registration(String municipalityNumber, int persons) {
		List<Map<String, Object>> participants = new ArrayList<>();
		for (int i = 1; i <= persons; i++) {
			participants.add(participant("Deltaker " + i, "deltaker" + i + "@k" + municipalityNumber + ".no",
					(i == 1) ? "KULTURSKOLE" : "SCHOOL"));
		}
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("municipalityNumber", municipalityNumber);
		body.put("coordinator", new LinkedHashMap<>(Map.of("name", "Kari Koordinator", "email",
				"kari@k" + municipalityNumber + ".no", "phone", "+47 55 56 00 00")));
		body.put("participants", participants);
		body.put("language", "nb");
		return body;
	}

	protected static Map<String, Object> participant(String name, String email, String roleCategory) {
		return new LinkedHashMap<>(
				Map.of("name", name, "email", email, "roleTitle", "Rolle", "roleCategory", roleCategory));
	}

	protected HttpResponse<String> register(String workshopId, Map<String, Object> body) {
		return post("/api/public/workshops/" + workshopId + "/registrations", "application/json",
				this.json.writeValueAsString(body), Map.of());
	}

	protected HttpResponse<String> post(String path, String contentType, String body, Map<String, String> headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
			.timeout(Duration.ofSeconds(30))
			.header("Content-Type", contentType)
			.POST(HttpRequest.BodyPublishers.ofString(body));
		headers.forEach(request::header);
		return send(request.build());
	}

	/** Any method, with headers; a body is sent as JSON. */
	protected HttpResponse<String> send(String method, String path, Map<String, String> headers, String body) {
		return sendTo(this.port, method, path, headers, body);
	}

	/** To an instance of the service on the given port. */
	protected static HttpResponse<String> sendTo(int port, String method, String path, Map<String, String> headers,
			String body) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.timeout(Duration.ofSeconds(30))
			.method(method,
					(body != null) ? HttpRequest.BodyPublishers.ofString(body) : HttpRequest.BodyPublishers.noBody());
		if (body != null) {
			request.header("Content-Type", "application/json");
		}
		headers.forEach(request::header);
		return send(request.build());
	}

	/**
	 * Waits until at least {@code count} events of the workshop are on
	 * {@code registration.events}, and answers them in order (one workshop, one
	 * partition). Every record answered has been checked against the schema of its type,
	 * so that each flow that waits for its events also proves they keep the contract.
	 */
	protected static List<TopicProbe.PublishedRecord> awaitPublished(String workshopId, int count) {
		try (TopicProbe probe = new TopicProbe(TestInfrastructure.kafka().getBrokersAsString(),
				Topics.REGISTRATION_EVENTS)) {
			List<List<TopicProbe.PublishedRecord>> result = new ArrayList<>();
			Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
				List<TopicProbe.PublishedRecord> ofWorkshop = probe.records()
					.stream()
					.filter(record -> workshopId.equals(record.key()))
					.toList();
				Assertions.assertThat(ofWorkshop).hasSizeGreaterThanOrEqualTo(count);
				result.add(ofWorkshop);
			});
			List<TopicProbe.PublishedRecord> published = result.get(result.size() - 1);
			published.forEach((record) -> EventSchemas.assertMatchesItsSchema(Topics.REGISTRATION_EVENTS, record));
			return published;
		}
	}

	/**
	 * Every event of the workshop, for a test that must also know that nothing more was
	 * published: waits until the outbox is empty (the relay empties it only once the
	 * broker has acknowledged), then reads the topic until a poll brings nothing new.
	 * Schema-checked as {@link #awaitPublished} does.
	 */
	protected List<TopicProbe.PublishedRecord> awaitEverythingPublished(String workshopId, int atLeast) {
		Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> outbox(workshopId).isEmpty());
		try (TopicProbe probe = new TopicProbe(TestInfrastructure.kafka().getBrokersAsString(),
				Topics.REGISTRATION_EVENTS)) {
			int[] seenBefore = { -1 };
			Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
				List<TopicProbe.PublishedRecord> all = probe.records();
				boolean caughtUp = all.size() == seenBefore[0];
				seenBefore[0] = all.size();
				Assertions.assertThat(all)
					.filteredOn(record -> workshopId.equals(record.key()))
					.hasSizeGreaterThanOrEqualTo(atLeast);
				Assertions.assertThat(caughtUp).as("the probe has read to the end of the topic").isTrue();
			});
			List<TopicProbe.PublishedRecord> published = probe.records()
				.stream()
				.filter(record -> workshopId.equals(record.key()))
				.toList();
			published.forEach((record) -> EventSchemas.assertMatchesItsSchema(Topics.REGISTRATION_EVENTS, record));
			return published;
		}
	}

	protected static List<String> typesOf(List<TopicProbe.PublishedRecord> records) {
		return records.stream().map(TopicProbe.PublishedRecord::type).toList();
	}

	protected HttpResponse<String> get(String path) {
		return send(HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(30)).GET().build());
	}

	protected JsonNode body(HttpResponse<String> response) {
		return this.json.readTree(response.body());
	}

	protected WorkshopRegistrations aggregate(String workshopId) {
		return this.store.find(workshopId).orElseThrow();
	}

	/** The participant ids of the municipality's delegation in the workshop, in order. */
	protected List<String> participantsOf(String workshopId, String municipalityNumber) {
		return aggregate(workshopId).delegations()
			.stream()
			.filter((delegation) -> delegation.organisation().number().equals(municipalityNumber))
			.map(Delegation::participants)
			.findFirst()
			.orElseThrow()
			.stream()
			.map(Participant::participantId)
			.toList();
	}

	/**
	 * Everything stored of a workshop's registrations, as JSON: the workshop's document
	 * (outbox and journal included) and each of its delegations' documents.
	 */
	protected String storedJson(String workshopId) {
		StringBuilder json = new StringBuilder();
		Document workshop = this.mongo.findOne(Query.query(Criteria.where("_id").is(workshopId)), Document.class,
				COLLECTION);
		json.append((workshop != null) ? workshop.toJson() : "{}");
		this.mongo.find(Query.query(Criteria.where("workshopId").is(workshopId)), Document.class, DELEGATIONS)
			.forEach((delegation) -> json.append('\n').append(delegation.toJson()));
		return json.toString();
	}

	/** The raw document, to see what only the database knows: the outbox. */
	protected List<Document> outbox(String workshopId) {
		Document document = this.mongo.findOne(Query.query(Criteria.where("_id").is(workshopId)), Document.class,
				COLLECTION);
		return (document != null) ? document.getList("outbox", Document.class, List.of()) : List.of();
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

	/**
	 * A staff path is called as the gateway would call it for an administrator, unless
	 * the test says who calls: these tests are about registrations,
	 * RegistrationSecurityTests about who may call.
	 */
	private static HttpResponse<String> send(HttpRequest request) {
		if (request.headers().firstValue("X-Forwarded-For").isEmpty()) {
			request = HttpRequest.newBuilder(request, (name, value) -> true).header("X-Forwarded-For", client).build();
		}
		if (!request.uri().getPath().startsWith("/api/public/")
				&& request.headers().firstValue("Authorization").isEmpty()) {
			request = HttpRequest.newBuilder(request, (name, value) -> true)
				.header("Authorization", CallerTokens.admin("registration-service"))
				.build();
		}
		try {
			return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while calling " + request.uri(), ex);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Request to the service failed: " + request.uri(), ex);
		}
	}

}
