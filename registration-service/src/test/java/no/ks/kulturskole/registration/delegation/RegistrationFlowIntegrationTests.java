package no.ks.kulturskole.registration.delegation;

import no.ks.kulturskole.testsupport.EventSchemas;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import java.util.LinkedHashMap;

import no.ks.kulturskole.contracts.Topics;
import no.ks.kulturskole.contracts.erasure.ErasureCompleted;
import no.ks.kulturskole.contracts.registration.Contact;
import no.ks.kulturskole.contracts.registration.DelegationRegistered;
import no.ks.kulturskole.contracts.registration.Organisation;
import no.ks.kulturskole.contracts.registration.RegistrationEvent;
import no.ks.kulturskole.contracts.registration.RoleCategory;
import no.ks.kulturskole.contracts.registration.SeatStatus;
import no.ks.kulturskole.contracts.workshop.WorkshopScheduled;
import no.ks.kulturskole.registration.OnSharedInfrastructure;
import no.ks.kulturskole.registration.delegation.application.WorkshopRegistrationsStore;
import no.ks.kulturskole.registration.delegation.model.DelegationRequest;
import no.ks.kulturskole.registration.delegation.model.NewParticipant;
import no.ks.kulturskole.registration.delegation.model.RegistrationOutcome;
import no.ks.kulturskole.registration.delegation.model.WorkshopRegistrations;
import no.ks.kulturskole.support.messaging.EventPublisher;
import no.ks.kulturskole.support.privacy.DataKeys;
import no.ks.kulturskole.testsupport.CallerTokens;
import no.ks.kulturskole.support.outbox.OutboxEntries;
import no.ks.kulturskole.testsupport.TestInfrastructure;
import no.ks.kulturskole.testsupport.TopicProbe;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The walking skeleton end to end against the real broker and database: a workshop
 * arrives on {@code workshop.events}, a municipality registers, and the delegation and
 * its delegates leave on {@code registration.events}.
 */
class RegistrationFlowIntegrationTests extends OnSharedInfrastructure {

	@Autowired
	EventPublisher eventPublisher;

	@Autowired
	OutboxEntries outboxEntries;

	@Test
	void aScheduledWorkshopBecomesRegistrableAndTheRegistrationIsPublishedOnceWithItsCorrelationIdAndTrace() {
		String workshopId = UUID.randomUUID().toString();
		publishAsWorkshopServiceWould(
				workshopScheduled(workshopId, "Verksted 1: Kulturskolen i kommunen", 2, 6, true, inThirtyDays(), 60));
		await().atMost(Duration.ofSeconds(30)).until(() -> this.store.find(workshopId).isPresent());
		String correlationId = "it-" + UUID.randomUUID();
		// as the gateway sends it: the trace the request belongs to
		String traceId = UUID.randomUUID().toString().replace("-", "");

		HttpResponse<String> response = post("/api/public/workshops/" + workshopId + "/registrations",
				"application/json", this.json.writeValueAsString(registration("4601", 3)),
				Map.of("X-Correlation-Id", correlationId, "traceparent", "00-" + traceId + "-00f067aa0ba902b7-01"));

		assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
		JsonNode receipt = body(response);
		String delegationId = receipt.get("delegationId").asString();
		assertThat(response.headers().firstValue("Location")).hasValue("/api/public/registrations/" + delegationId);
		assertThat(response.headers().firstValue("X-Correlation-Id")).hasValue(correlationId);
		assertThat(receipt.get("workshopId").asString()).isEqualTo(workshopId);
		assertThat(receipt.get("sessionId").asString()).isEqualTo("s-1");
		assertThat(receipt.get("status").asString()).isEqualTo("CONFIRMED");
		assertThat(receipt.get("participantCount").asInt()).isEqualTo(3);
		assertThat(receipt.get("municipality").get("number").asString()).isEqualTo("4601");
		assertThat(receipt.get("municipality").get("name").asString()).isEqualTo("Bergen");
		assertThat(receipt.get("municipality").get("countyName").asString()).isEqualTo("Vestland");

		try (TopicProbe probe = new TopicProbe(TestInfrastructure.kafka().getBrokersAsString(),
				Topics.REGISTRATION_EVENTS)) {
			await().atMost(Duration.ofSeconds(30))
				.untilAsserted(() -> assertThat(ofWorkshop(probe, workshopId)).hasSize(5));
			await().atMost(Duration.ofSeconds(10)).until(() -> outbox(workshopId).isEmpty());
			List<TopicProbe.PublishedRecord> published = ofWorkshop(probe, workshopId);

			assertThat(published).extracting(TopicProbe.PublishedRecord::type)
				.containsExactly("DelegationRegistered", "ParticipantRegistered", "ParticipantRegistered",
						"ParticipantRegistered", "ManageLinkIssued");
			assertThat(published).extracting(TopicProbe.PublishedRecord::eventId).doesNotHaveDuplicates();
			assertThat(published).allSatisfy(record -> {
				assertThat(record.correlationId()).isEqualTo(correlationId);
				// relayed later by another thread, still in the request's trace
				assertThat(record.traceparent()).startsWith("00-" + traceId + "-");
				assertThat(this.json.readTree(record.value()).get("delegationId").asString()).isEqualTo(delegationId);
			});
			// personal data leaves sealed with the delegation's data key, which opens it
			assertThat(published).allSatisfy(record -> assertThat(record.value()).doesNotContain("kari@k4601.no"));
			DelegationRegistered registered = (DelegationRegistered) this.personalData
				.open(this.json.readValue(published.get(0).value(), RegistrationEvent.class), RegistrationEvent.class);
			assertThat(registered.workshopTitle()).isEqualTo("Verksted 1: Kulturskolen i kommunen");
			assertThat(registered.status()).isEqualTo(SeatStatus.CONFIRMED);
			assertThat(registered.participantCount()).isEqualTo(3);
			assertThat(registered.coordinator().email()).isEqualTo("kari@k4601.no");
		}
	}

	@Test
	void aRedeliveredWorkshopEventChangesNothing() {
		String workshopId = UUID.randomUUID().toString();
		WorkshopScheduled first = workshopScheduled(workshopId, "Første tittel", 2, null, false, inThirtyDays(), 40);
		WorkshopScheduled newer = workshopScheduled(workshopId, "Ny tittel", 2, null, false, inThirtyDays(), 40);

		publishAsWorkshopServiceWould(first);
		publishAsWorkshopServiceWould(first);
		publishAsWorkshopServiceWould(newer);

		// one partition per workshop, consumed in order: once the newer title is there,
		// both copies of the first event have been handled
		await().atMost(Duration.ofSeconds(30))
			.until(() -> this.store.find(workshopId)
				.map(registrations -> registrations.workshop().title().equals("Ny tittel"))
				.orElse(false));
		WorkshopRegistrations registrations = aggregate(workshopId);
		assertThat(registrations.appliedEvents()).containsExactly(first.eventId().toString(),
				newer.eventId().toString());
		assertThat(registrations.version()).isEqualTo(2);
	}

	@Test
	void registeringAgainIsRefusedWithoutRevealingTheExistingDelegationAndNeverCreatesASecond() {
		String workshopId = scheduleWorkshop(2, null, false, inThirtyDays(), 40).workshopId();

		HttpResponse<String> first = register(workshopId, registration("5001", 3));
		HttpResponse<String> again = register(workshopId, registration("5001", 4));

		assertThat(first.statusCode()).isEqualTo(201);
		assertThat(again.statusCode()).isEqualTo(409);
		assertThat(again.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(body(again).at("/errors/0/field").asString()).isEqualTo("municipalityNumber");
		assertThat(again.headers().firstValue("Location")).isEmpty();
		// nothing of the delegation there is: not its id (with which a manage request can
		// be
		// aimed at it), seat, size or contact
		assertThat(again.body()).doesNotContain(body(first).get("delegationId").asString())
			.doesNotContain(body(first).get("sessionId").asString())
			.doesNotContain("kari@k5001.no");
		assertThat(body(again).has("participantCount")).isFalse();
		assertThat(aggregate(workshopId).delegations()).hasSize(1);
	}

	@Test
	void aChunkedBodyIsLimitedLikeOneWithALengthAndAChunkedRegistrationWithinItIsTaken() throws Exception {
		String workshopId = scheduleWorkshop(2, null, false, inThirtyDays(), 40).workshopId();
		String path = "/api/public/workshops/" + workshopId + "/registrations";
		byte[] tooLarge = this.json.writeValueAsBytes(Map.of("padding", "x".repeat(300 * 1024)));
		byte[] honest = this.json.writeValueAsBytes(registration("1804", 2));

		HttpResponse<String> refused = chunked(path, tooLarge);
		HttpResponse<String> taken = chunked(path, honest);

		assertThat(refused.statusCode()).isEqualTo(413);
		assertThat(body(refused).at("/errors/0/field").asString()).isEqualTo("body");
		assertThat(taken.statusCode()).as(taken.body()).isEqualTo(201);
	}

	/**
	 * No Content-Length: the body's length is unknown to the client, so it goes chunked.
	 */
	private HttpResponse<String> chunked(String path, byte[] body) throws Exception {
		java.net.http.HttpRequest request = java.net.http.HttpRequest
			.newBuilder(java.net.URI.create("http://localhost:" + this.port + path))
			.header("Content-Type", "application/json")
			.POST(java.net.http.HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(body)))
			.build();
		try (java.net.http.HttpClient client = java.net.http.HttpClient.newBuilder()
			.version(java.net.http.HttpClient.Version.HTTP_1_1)
			.build()) {
			return client.send(request, HttpResponse.BodyHandlers.ofString());
		}
	}

	@Test
	void aMunicipalityNumberOf2023IsTakenAsTheNumberThatReplacedItAndTheAnswerSaysSo() {
		String workshopId = scheduleWorkshop(2, null, false, inThirtyDays(), 40).workshopId();

		HttpResponse<String> created = register(workshopId, registration("3001", 2));
		HttpResponse<String> again = register(workshopId, registration("3101", 2));

		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		assertThat(body(created).get("municipality").get("number").asString()).isEqualTo("3101");
		assertThat(body(created).get("municipality").get("name").asString()).isEqualTo("Halden");
		assertThat(body(created).get("notice").asString()).contains("3001", "3101 Halden");
		assertThat(again.statusCode()).isEqualTo(409);
		assertThat(again.body()).doesNotContain(body(created).get("delegationId").asString());
		assertThat(aggregate(workshopId).delegations()).extracting(delegation -> delegation.organisation().number())
			.containsExactly("3101");
	}

	@Test
	void aCountyAuthorityRegistersByItsCountyNumber() {
		String workshopId = scheduleWorkshop(2, null, false, inThirtyDays(), 40).workshopId();

		HttpResponse<String> created = register(workshopId, registration("46", 2));

		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		assertThat(body(created).get("municipality").get("number").asString()).isEqualTo("46");
		assertThat(body(created).get("municipality").get("name").asString()).isEqualTo("Vestland fylkeskommune");
		List<TopicProbe.PublishedRecord> published = awaitPublished(workshopId, 4);
		published.forEach((record) -> EventSchemas.assertMatchesItsSchema(Topics.REGISTRATION_EVENTS, record));
		DelegationRegistered registered = (DelegationRegistered) this.json.readValue(published.get(0).value(),
				RegistrationEvent.class);
		assertThat(registered.organisation().number()).isEqualTo("46");
		assertThat(registered.organisation().countyName()).isEqualTo("Vestland");
	}

	@Test
	void theReceiptBehindTheLocationCarriesNoPersonalData() {
		String workshopId = scheduleWorkshop(2, null, false, inThirtyDays(), 40).workshopId();
		HttpResponse<String> created = register(workshopId, registration("1103", 2));

		HttpResponse<String> receipt = get(created.headers().firstValue("Location").orElseThrow());

		assertThat(receipt.statusCode()).isEqualTo(200);
		assertThat(body(receipt).get("delegationId").asString())
			.isEqualTo(body(created).get("delegationId").asString());
		assertThat(body(receipt).get("municipality").get("name").asString()).isEqualTo("Stavanger");
		assertThat(receipt.body()).doesNotContain("@", "Deltaker", "Kari");
		assertThat(get("/api/public/registrations/" + UUID.randomUUID()).statusCode()).isEqualTo(404);
	}

	@Test
	void anAdministratorErasesAPersonByEmailEverythingHereAtOnceAndTheOtherServicesReportBack() {
		String workshopId = scheduleWorkshop(2, null, false, inThirtyDays(), 40).workshopId();
		String marker = "slettmeg" + UUID.randomUUID().toString().substring(0, 8);
		Map<String, Object> body = registration("1103", 2);
		body.put("coordinator",
				new LinkedHashMap<>(Map.of("name", "Kari " + marker, "email", marker + "@k1103.no", "phone", "+47 1")));
		String delegationId = body(register(workshopId, body)).get("delegationId").asString();
		String path = "/api/privacy/erasures";
		String admin = CallerTokens.admin("registration-service");

		// only administrators, and exactly one of the two, valid
		assertThat(send("POST", path, Map.of("Authorization", ""), "{\"delegationId\":\"x\"}").statusCode())
			.isEqualTo(401);
		assertThat(send("POST", path, Map.of("Authorization", CallerTokens.staff("registration-service")),
				"{\"delegationId\":\"x\"}")
			.statusCode()).isEqualTo(403);
		HttpResponse<String> neither = send("POST", path, Map.of("Authorization", admin), "{}");
		assertThat(neither.statusCode()).isEqualTo(400);
		assertThat(neither.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		assertThat(neither.body()).contains("delegationId");
		HttpResponse<String> badEmail = send("POST", path, Map.of("Authorization", admin),
				"{\"email\":\"ikke-epost\"}");
		assertThat(badEmail.statusCode()).isEqualTo(400);
		assertThat(badEmail.body()).contains("email");
		assertThat(
				send("POST", path, Map.of("Authorization", admin), "{\"delegationId\":\"" + UUID.randomUUID() + "\"}")
					.statusCode())
			.isEqualTo(404);

		HttpResponse<String> asked = send("POST", path, Map.of("Authorization", admin),
				"{\"email\":\" " + marker.toUpperCase(java.util.Locale.ROOT) + "@K1103.no \"}");

		assertThat(asked.statusCode()).as(asked.body()).isEqualTo(202);
		String erasureId = body(asked).get("erasureId").asString();
		String status = path + "/" + erasureId;
		assertThat(asked.headers().firstValue("Location")).as("where the erasure is followed").hasValue(status);
		assertThat(send("GET", status, Map.of("Authorization", ""), null).statusCode()).isEqualTo(401);
		JsonNode erasure = body(send("GET", status, Map.of("Authorization", admin), null));
		assertThat(erasure.get("owners").get(0).asString()).isEqualTo(delegationId);
		assertThat(erasure.get("services").get("registration-service").get("status").asString()).isEqualTo("DONE");
		assertThat(erasure.get("services").get("notification-service").get("status").asString()).isEqualTo("PENDING");
		assertThat(storedJson(workshopId)).doesNotContain(marker);
		assertThat(this.mongo.findById(delegationId, org.bson.Document.class, DataKeys.COLLECTION))
			.doesNotContainKey("key");

		// the erased key goes out with the erasure's id; the events' personal data reads
		// "slettet"
		try (TopicProbe keys = new TopicProbe(TestInfrastructure.kafka().getBrokersAsString(), Topics.PRIVACY_KEYS)) {
			await().atMost(Duration.ofSeconds(30))
				.untilAsserted(() -> assertThat(keys.recordsOfType("DataKeyErased"))
					.anySatisfy((record) -> assertThat(record.value()).contains(erasureId).contains(delegationId)));
			// the key was announced from the workshop's outbox, with the delegation's
			// events
			assertThat(keys.recordsOfType("DataKeyIssued"))
				.filteredOn((record) -> record.value().contains(delegationId))
				.hasSize(1);
		}
		DelegationRegistered published = (DelegationRegistered) this.personalData.open(
				this.json.readValue(awaitPublished(workshopId, 1).get(0).value(), RegistrationEvent.class),
				RegistrationEvent.class);
		assertThat(published.coordinator().name()).isEqualTo("slettet");

		// notification-service reports back (twice, as a redelivery would)
		ErasureCompleted done = new ErasureCompleted(UUID.randomUUID(), erasureId, delegationId, "notification-service",
				Instant.now(), 1);
		for (int i = 0; i < 2; i++) {
			this.eventPublisher.publish(this.outboxEntries.of(done));
		}
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(
					() -> assertThat(body(send("GET", status, Map.of("Authorization", admin), null)).get("services")
						.get("notification-service")
						.get("status")
						.asString()).isEqualTo("DONE"));
		assertThat(body(send("GET", status, Map.of("Authorization", admin), null)).get("services")
			.get("reporting-service")
			.get("status")
			.asString()).isEqualTo("PENDING");
	}

	@Test
	void staffSeeEachDelegationWithItsParticipantsInTheOrderTheyCame() {
		String workshopId = scheduleWorkshop(2, null, false, inThirtyDays(), 5).workshopId();
		register(workshopId, registration("0301", 3));
		register(workshopId, registration("4601", 3));

		HttpResponse<String> response = get("/api/registrations?workshopId=" + workshopId);

		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode delegations = body(response);
		assertThat(delegations.size()).isEqualTo(2);
		assertThat(delegations.get(0).get("municipality").get("name").asString()).isEqualTo("Oslo");
		assertThat(delegations.get(0).get("status").asString()).isEqualTo("CONFIRMED");
		assertThat(delegations.get(1).get("status").asString()).isEqualTo("WAITLISTED");
		assertThat(delegations.get(1).get("participants").get(2).get("email").asString())
			.isEqualTo("deltaker3@k4601.no");
		assertThat(get("/api/registrations?workshopId=" + UUID.randomUUID()).statusCode()).isEqualTo(404);
		assertThat(get("/api/registrations").statusCode()).isEqualTo(400);
	}

	@Test
	void theMunicipalityListHasThe357MunicipalitiesOf2024() {
		HttpResponse<String> response = get("/api/public/municipalities");

		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode municipalities = body(response);
		assertThat(municipalities.size()).isEqualTo(357);
		assertThat(municipalities.get(0).get("number").asString()).isEqualTo("0301");
		assertThat(municipalities.valueStream()).anySatisfy(municipality -> {
			assertThat(municipality.get("number").asString()).isEqualTo("4601");
			assertThat(municipality.get("name").asString()).isEqualTo("Bergen");
			assertThat(municipality.get("countyNumber").asString()).isEqualTo("46");
			assertThat(municipality.get("countyName").asString()).isEqualTo("Vestland");
		});
	}

	@Test
	void theCountyAuthorityListHasTheFourteenCountiesBesidesOslo() {
		HttpResponse<String> response = get("/api/public/county-authorities");

		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode authorities = body(response);
		assertThat(authorities.size()).isEqualTo(14);
		assertThat(authorities.valueStream()).anySatisfy(authority -> {
			assertThat(authority.get("number").asString()).isEqualTo("46");
			assertThat(authority.get("name").asString()).isEqualTo("Vestland fylkeskommune");
		});
	}

	@Test
	void aWriteBasedOnStaleStateIsRejectedSoTwoInstancesCannotBothTakeTheLastSeats() {
		String workshopId = scheduleWorkshop(1, null, false, inThirtyDays(), 4).workshopId();
		WorkshopRegistrationsStore.Loaded readByInstanceA = this.store.load(workshopId).orElseThrow();
		WorkshopRegistrationsStore.Loaded readByInstanceB = this.store.load(workshopId).orElseThrow();
		RegistrationOutcome.Registered a = (RegistrationOutcome.Registered) readByInstanceA.registrations()
			.register(request("4601"), Instant.now());
		RegistrationOutcome.Registered b = (RegistrationOutcome.Registered) readByInstanceB.registrations()
			.register(request("0301"), Instant.now());
		assertThat(a.delegation().status()).isEqualTo(SeatStatus.CONFIRMED);
		assertThat(b.delegation().status()).isEqualTo(SeatStatus.CONFIRMED);

		boolean storedA = this.store.commit(readByInstanceA, a.after(), List.of(this.store.stage(null, a.events())));
		boolean storedB = this.store.commit(readByInstanceB, b.after(), List.of(this.store.stage(null, b.events())));

		assertThat(storedA).isTrue();
		assertThat(storedB).isFalse();
		assertThat(aggregate(workshopId).delegations()).extracting(delegation -> delegation.organisation().number())
			.containsExactly("4601");
	}

	@Test
	void theServiceDescribesItsApiAndReportsItselfHealthy() {
		HttpResponse<String> apiDocs = get("/v3/api-docs");
		HttpResponse<String> health = get("/actuator/health");

		assertThat(apiDocs.statusCode()).isEqualTo(200);
		assertThat(body(apiDocs).get("paths").propertyNames()).contains(
				"/api/public/workshops/{workshopId}/registrations", "/api/public/municipalities", "/api/registrations");
		assertThat(health.statusCode()).as(health.body()).isEqualTo(200);
		assertThat(body(health).get("status").asString()).isEqualTo("UP");
	}

	/** Three delegates: together with another three they would overfill four seats. */
	private static DelegationRequest request(String number) {
		return new DelegationRequest(new Organisation(number, "Kommune " + number, "46", "Vestland"),
				new Contact("Kari", "kari@example.no", null),
				List.of(new NewParticipant("Ola", "ola@example.no", "Rektor", RoleCategory.SCHOOL),
						new NewParticipant("Per", "per@example.no", "Lærer", RoleCategory.SCHOOL),
						new NewParticipant("Ida", "ida@example.no", "Lærer", RoleCategory.SCHOOL)),
				"nb");
	}

	/**
	 * Through the platform's publisher, with the headers workshop-service's relay sets.
	 */
	private void publishAsWorkshopServiceWould(WorkshopScheduled event) {
		this.eventPublisher.publish(this.outboxEntries.of(event));
	}

	private static List<TopicProbe.PublishedRecord> ofWorkshop(TopicProbe probe, String workshopId) {
		return probe.records().stream().filter(record -> workshopId.equals(record.key())).toList();
	}

}
