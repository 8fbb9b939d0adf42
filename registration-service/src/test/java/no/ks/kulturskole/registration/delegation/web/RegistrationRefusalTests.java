package no.ks.kulturskole.registration.delegation.web;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;

import no.ks.kulturskole.contracts.Topics;
import no.ks.kulturskole.contracts.workshop.WorkshopInvitationsChanged;
import no.ks.kulturskole.contracts.workshop.WorkshopScheduled;
import no.ks.kulturskole.registration.OnSharedInfrastructure;
import no.ks.kulturskole.registration.delegation.model.WorkshopRegistrations;
import no.ks.kulturskole.testsupport.TestInfrastructure;
import no.ks.kulturskole.testsupport.TopicProbe;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Bad input, one row per rule: each answers 4xx {@code application/problem+json} naming
 * the field, stores nothing and publishes nothing. The workshop allows 2 to 5 delegates
 * and requires one from outside the kulturskole.
 */
class RegistrationRefusalTests extends OnSharedInfrastructure {

	private static final JsonMapper JSON = JsonMapper.shared();

	private static TopicProbe published;

	@BeforeAll
	static void watchRegistrationEvents() {
		published = new TopicProbe(TestInfrastructure.kafka().getBrokersAsString(), Topics.REGISTRATION_EVENTS);
	}

	@AfterAll
	static void stopWatching() {
		published.close();
	}

	enum WorkshopState {

		OPEN, DEADLINE_PASSED, UNKNOWN

	}

	record BadRequest(WorkshopState workshop, String contentType, String body, int status, String field,
			String detail) {

		static BadRequest json(int status, String field, Consumer<Map<String, Object>> spoil) {
			return json(WorkshopState.OPEN, status, field, null, spoil);
		}

		static BadRequest json(WorkshopState workshop, int status, String field, String detail,
				Consumer<Map<String, Object>> spoil) {
			Map<String, Object> body = registration("4601", 3);
			spoil.accept(body);
			return new BadRequest(workshop, "application/json", JSON.writeValueAsString(body), status, field, detail);
		}

	}

	static Stream<Arguments> badRequests() {
		return Stream.of(
				Arguments.of("unknown municipality number",
						BadRequest.json(WorkshopState.OPEN, 400, "municipalityNumber", "Kommunenummer 9999 finnes ikke",
								body -> body.put("municipalityNumber", "9999"))),
				Arguments.of("unknown county number",
						BadRequest.json(WorkshopState.OPEN, 400, "municipalityNumber", "Fylkesnummer 99 finnes ikke",
								body -> body.put("municipalityNumber", "99"))),
				Arguments.of("Oslo's county number instead of its municipality number",
						BadRequest.json(WorkshopState.OPEN, 400, "municipalityNumber", "0301",
								body -> body.put("municipalityNumber", "03"))),
				Arguments.of("municipality number of 2023 split in two",
						BadRequest.json(WorkshopState.OPEN, 400, "municipalityNumber",
								"Kommunenummer 1507 ble 1508 Ålesund og 1580 Haram",
								body -> body.put("municipalityNumber", "1507"))),
				Arguments.of("municipality number left out",
						BadRequest.json(400, "municipalityNumber", body -> body.remove("municipalityNumber"))),
				Arguments.of("municipality number blank",
						BadRequest.json(400, "municipalityNumber", body -> body.put("municipalityNumber", "  "))),
				Arguments.of("municipality number that is neither four nor two digits",
						BadRequest.json(400, "municipalityNumber", body -> body.put("municipalityNumber", "46O1"))),
				Arguments.of("no participants",
						BadRequest.json(400, "participants", body -> body.put("participants", List.of()))),
				Arguments.of("participants left out",
						BadRequest.json(400, "participants", body -> body.remove("participants"))),
				Arguments.of("fewer participants than the workshop requires", BadRequest.json(400, "participants",
						body -> body.put("participants", List.of(participant("Ola", "ola@example.no", "POLITICIAN"))))),
				Arguments.of("more participants than the workshop allows",
						BadRequest.json(400, "participants",
								body -> body.put("participants", registration("4601", 6).get("participants")))),
				Arguments.of("nobody from outside the kulturskole",
						BadRequest.json(400, "participants",
								body -> body.put("participants",
										List.of(participant("Kari", "kari@example.no", "KULTURSKOLE"),
												participant("Ola", "ola@example.no", "KULTURSKOLE"))))),
				Arguments.of("two participants with one e-mail address",
						BadRequest.json(400, "participants[1].email",
								body -> body.put("participants",
										List.of(participant("Kari", "kari@example.no", "KULTURSKOLE"),
												participant("Ola", "KARI@example.no", "SCHOOL"))))),
				Arguments.of("malformed participant e-mail",
						BadRequest.json(400, "participants[0].email",
								body -> body.put("participants",
										List.of(participant("Kari", "kari.example.no", "KULTURSKOLE"),
												participant("Ola", "ola@example.no", "SCHOOL"))))),
				Arguments.of("malformed coordinator e-mail",
						BadRequest.json(400, "coordinator.email",
								body -> body.put("coordinator", Map.of("name", "Kari", "email", "kari@localhost")))),
				Arguments.of("no coordinator", BadRequest.json(400, "coordinator", body -> body.remove("coordinator"))),
				Arguments.of("unknown role category",
						BadRequest.json(400, "participants[0].roleCategory",
								body -> body.put("participants",
										List.of(participant("Kari", "kari@example.no", "ROCK_STAR"),
												participant("Ola", "ola@example.no", "SCHOOL"))))),
				Arguments.of("a name far too long",
						BadRequest.json(400, "participants[0].name",
								body -> body.put("participants",
										List.of(participant("K".repeat(10_000), "kari@example.no", "KULTURSKOLE"),
												participant("Ola", "ola@example.no", "SCHOOL"))))),
				Arguments.of("a thousand participants",
						BadRequest.json(400, "participants",
								body -> body.put("participants", registration("4601", 1000).get("participants")))),
				Arguments.of("oversized payload", new BadRequest(WorkshopState.OPEN, "application/json",
						JSON.writeValueAsString(Map.of("padding", "x".repeat(300 * 1024))), 413, "body", "for stor")),
				Arguments.of("malformed JSON",
						new BadRequest(WorkshopState.OPEN, "application/json",
								"{\"municipalityNumber\": \"4601\", \"participants\": [", 400, "body", null)),
				Arguments.of("wrong content type",
						new BadRequest(WorkshopState.OPEN, "text/plain",
								JSON.writeValueAsString(registration("4601", 3)), 415, "Content-Type", null)),
				Arguments.of("unknown workshop",
						BadRequest.json(WorkshopState.UNKNOWN, 404, "workshopId", null,
								body -> body.put("municipalityNumber", "4601"))),
				Arguments.of("deadline passed", BadRequest.json(WorkshopState.DEADLINE_PASSED, 409, "workshopId",
						"Påmeldingsfristen gikk ut", body -> body.put("municipalityNumber", "4601"))));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("badRequests")
	void badInputIsRefusedNamingTheFieldAndNothingIsStoredOrPublished(String description, BadRequest bad) {
		String workshopId = switch (bad.workshop()) {
			case OPEN -> scheduleWorkshop(2, 5, true, inThirtyDays(), 40).workshopId();
			case DEADLINE_PASSED -> scheduleWorkshop(2, 5, true, Instant.now().minusSeconds(60), 40).workshopId();
			case UNKNOWN -> UUID.randomUUID().toString();
		};

		HttpResponse<String> response = post("/api/public/workshops/" + workshopId + "/registrations",
				bad.contentType(), bad.body(), Map.of());

		assertThat(response.statusCode()).as(response.body()).isEqualTo(bad.status());
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying(contentType -> assertThat(contentType).startsWith("application/problem+json"));
		JsonNode problem = body(response);
		assertThat(problem.get("status").asInt()).isEqualTo(bad.status());
		assertThat(problem.get("errors").valueStream().map(error -> error.get("field").asString()))
			.contains(bad.field());
		if (bad.detail() != null) {
			assertThat(problem.get("detail").asString()).contains(bad.detail());
		}
		assertNothingStoredOrPublished(workshopId, bad.workshop());
	}

	@Test
	void aWorkshopForInvitedOrganisationsRefusesTheOthersNamingTheOrganisationFieldAndTakesTheInvited() {
		String workshopId = scheduleWorkshop(2, 5, true, inThirtyDays(), 40).workshopId();
		WorkshopInvitationsChanged limited = new WorkshopInvitationsChanged(UUID.randomUUID(), workshopId,
				Instant.now(), WorkshopInvitationsChanged.SCHEMA_VERSION, WorkshopInvitationsChanged.LISTED,
				List.of("1804"));
		this.replica.apply(limited);
		long version = aggregate(workshopId).version();
		// redelivered: already applied, nothing changes
		this.replica.apply(limited);
		assertThat(aggregate(workshopId).version()).isEqualTo(version);

		HttpResponse<String> refused = register(workshopId, registration("4601", 3));

		assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
		assertThat(refused.headers().firstValue("Content-Type"))
			.hasValueSatisfying(contentType -> assertThat(contentType).startsWith("application/problem+json"));
		JsonNode problem = body(refused);
		assertThat(problem.get("errors").valueStream().map(error -> error.get("field").asString()))
			.containsExactly("municipalityNumber");
		assertThat(problem.get("detail").asString()).contains("Bergen er ikke invitert");
		assertThat(aggregate(workshopId).delegations()).isEmpty();
		assertThat(aggregate(workshopId).version()).isEqualTo(version);
		assertThat(outbox(workshopId)).isEmpty();

		HttpResponse<String> invited = register(workshopId, registration("1804", 3));
		assertThat(invited.statusCode()).as(invited.body()).isEqualTo(201);

		this.replica.apply(new WorkshopInvitationsChanged(UUID.randomUUID(), workshopId, Instant.now(),
				WorkshopInvitationsChanged.SCHEMA_VERSION, WorkshopInvitationsChanged.OPEN, List.of()));
		HttpResponse<String> openAgain = register(workshopId, registration("4601", 3));
		assertThat(openAgain.statusCode()).as(openAgain.body()).isEqualTo(201);
	}

	private void assertNothingStoredOrPublished(String workshopId, WorkshopState state) {
		if (state == WorkshopState.UNKNOWN) {
			assertThat(this.store.find(workshopId)).isEmpty();
		}
		else {
			WorkshopRegistrations unchanged = aggregate(workshopId);
			assertThat(unchanged.delegations()).isEmpty();
			assertThat(unchanged.version()).isEqualTo(1);
			assertThat(outbox(workshopId)).isEmpty();
		}
		// One workshop's events share a partition and are relayed in order, so once a
		// later, valid registration has arrived, anything the refusal had published
		// would already be visible before it.
		String markerWorkshop = (state == WorkshopState.OPEN) ? workshopId
				: scheduleWorkshop(1, null, false, inThirtyDays(), 40).workshopId();
		HttpResponse<String> marker = register(markerWorkshop, registration("0301", 2));
		assertThat(marker.statusCode()).as(marker.body()).isEqualTo(201);
		String markerDelegation = body(marker).get("delegationId").asString();
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(published.records())
				.anySatisfy(record -> assertThat(record.value()).contains(markerDelegation)));
		assertThat(published.records()).filteredOn(record -> workshopId.equals(record.key()))
			.allSatisfy(record -> assertThat(record.value()).contains(markerDelegation));
	}

}
