package no.ks.kulturskole.registration.delegation.web;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import no.ks.kulturskole.contracts.registration.RegistrationEvent;
import no.ks.kulturskole.contracts.workshop.WorkshopScheduled;
import no.ks.kulturskole.registration.OnSharedInfrastructure;
import no.ks.kulturskole.support.secret.SecretSeal;
import no.ks.kulturskole.testsupport.CallerTokens;
import no.ks.kulturskole.testsupport.TopicProbe;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "When a registration for a municipality that already has a delegation comes from
 * another coordinator address, the answer reveals nothing about the existing one, both
 * coordinators are told by mail, and staff see the conflict and resolve it" (issue 13).
 * Here: the answer, the conflict stored and announced in the same write, once per
 * address, and the staff API that resolves it. The mails are notification-service's
 * ({@code RegistrationConflictMailIntegrationTests}).
 */
@ExtendWith(OutputCaptureExtension.class)
class RegistrationConflictHttpTests extends OnSharedInfrastructure {

	private static final SecretSeal SEAL = SecretSeal.withKey(SEAL_KEY);

	@DynamicPropertySource
	static void aBudgetThatCountsTheConflictMails(DynamicPropertyRegistry registry) {
		registry.add("platform.registration.mail-budget.addresses-per-hour", () -> 12);
	}

	@Test
	void anotherAddressIsRefusedExactlyAsTheCoordinatorWouldBeAndTheConflictIsAnnouncedOnce(CapturedOutput output) {
		WorkshopScheduled workshop = scheduleWorkshop(1, 20, false, inThirtyDays(), 100);
		String workshopId = workshop.workshopId();
		JsonNode receipt = body(registerFrom("198.51.100.41", workshopId, registration("4601", 3)));
		String delegationId = receipt.get("delegationId").asString();

		HttpResponse<String> again = registerFrom("198.51.100.42", workshopId, registration("4601", 3));
		HttpResponse<String> stranger = registerFrom("198.51.100.43", workshopId, fromPer("per.olsen@k4601.no"));

		assertThat(again.statusCode()).isEqualTo(409);
		assertThat(stranger.statusCode()).isEqualTo(409);
		assertThat(stranger.headers().firstValue("Content-Type"))
			.hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
		// the same problem, word for word; nothing of the delegation there is
		assertThat(withoutInstance(body(stranger))).isEqualTo(withoutInstance(body(again)));
		assertThat(stranger.body()).contains("municipalityNumber")
			.doesNotContain(delegationId)
			.doesNotContain("kari@k4601.no")
			.doesNotContain("Kari Koordinator");

		// tried again, also typed otherwise: still one conflict
		assertThat(registerFrom("198.51.100.43", workshopId, fromPer("PER.OLSEN@K4601.NO")).statusCode())
			.isEqualTo(409);
		assertThat(aggregate(workshopId).conflicts()).singleElement().satisfies(conflict -> {
			assertThat(conflict.delegationId()).isEqualTo(delegationId);
			assertThat(conflict.contact().email()).isEqualTo("per.olsen@k4601.no");
			assertThat(conflict.language()).isEqualTo("nn");
			assertThat(conflict.isOpen()).isTrue();
		});
		List<TopicProbe.PublishedRecord> published = awaitEverythingPublished(workshopId, 5 + 1);
		List<TopicProbe.PublishedRecord> reported = published.stream()
			.filter(record -> record.type().equals("RegistrationConflictReported"))
			.toList();
		assertThat(reported).hasSize(1);
		JsonNode sealed = this.json.readTree(reported.get(0).value());
		assertThat(sealed.get("contact").isNull()).isTrue();
		JsonNode event = opened(reported.get(0));
		assertThat(event.get("delegationId").asString()).isEqualTo(delegationId);
		assertThat(event.get("conflictId").asString()).isEqualTo(aggregate(workshopId).conflicts().get(0).conflictId());
		assertThat(event.get("organisation").get("number").asString()).isEqualTo("4601");
		assertThat(event.get("contact").get("name").asString()).isEqualTo("Per Olsen");
		assertThat(event.get("contact").get("email").asString()).isEqualTo("per.olsen@k4601.no");
		assertThat(event.get("language").asString()).isEqualTo("nn");
		assertThat(event.get("delegationSequence").asLong()).isEqualTo(1);
		assertThat(output.getAll()).doesNotContain("per.olsen").doesNotContain("Per Olsen");
	}

	@Test
	void theConflictMailsCountAgainstTheCallersBudget() {
		WorkshopScheduled workshop = scheduleWorkshop(1, 20, false, inThirtyDays(), 100);
		String workshopId = workshop.workshopId();
		registerFrom("198.51.100.51", workshopId, registration("4601", 3));
		registerFrom("198.51.100.51", workshopId, registration("5001", 3));
		String client = "198.51.100.52";
		// eight addresses registered: 4 left of 12; each conflict mails two people
		assertThat(registerFrom(client, workshopId, registration("1804", 7)).statusCode()).isEqualTo(201);
		assertThat(registerFrom(client, workshopId, fromPer("a@k4601.no")).statusCode()).isEqualTo(409);
		assertThat(
				registerFrom(client, workshopId, withCoordinator(registration("5001", 1), "b@k5001.no")).statusCode())
			.isEqualTo(409);

		HttpResponse<String> overBudget = registerFrom(client, workshopId, fromPer("c@k4601.no"));

		assertThat(overBudget.statusCode()).isEqualTo(429);
		assertThat(aggregate(workshopId).conflicts()).hasSize(2);
	}

	@Test
	void staffSeeTheConflictAndKeepTheCoordinator() {
		String workshopId = scheduleWorkshop(1, 20, false, inThirtyDays(), 100).workshopId();
		registerFrom("198.51.100.61", workshopId, registration("4601", 3));
		registerFrom("198.51.100.62", workshopId, fromPer("per.olsen@k4601.no"));

		JsonNode listed = body(get("/api/registrations/conflicts?workshopId=" + workshopId));

		assertThat(listed).hasSize(1);
		JsonNode conflict = listed.get(0);
		assertThat(conflict.get("status").asString()).isEqualTo("OPEN");
		assertThat(conflict.get("contact").get("email").asString()).isEqualTo("per.olsen@k4601.no");
		assertThat(conflict.get("coordinator").get("email").asString()).isEqualTo("kari@k4601.no");
		assertThat(conflict.get("municipality").get("name").asString()).isEqualTo("Bergen");
		String path = "/api/registrations/conflicts/" + conflict.get("conflictId").asString() + "/resolution";

		HttpResponse<String> kept = send("POST", path, Map.of(), "{\"resolution\": \"KEEP_EXISTING\"}");

		assertThat(kept.statusCode()).as(kept.body()).isEqualTo(200);
		assertThat(body(kept).get("status").asString()).isEqualTo("RESOLVED");
		assertThat(body(kept).get("resolution").asString()).isEqualTo("KEEP_EXISTING");
		assertThat(body(kept).get("resolvedBy").asString()).isEqualTo("test-staff");
		assertThat(body(kept).get("resolvedAt").isNull()).isFalse();
		assertThat(body(kept).get("coordinator").get("email").asString()).isEqualTo("kari@k4601.no");
		List<TopicProbe.PublishedRecord> published = awaitPublished(workshopId, 5 + 1 + 1);
		assertThat(typesOf(published)).endsWith("RegistrationConflictReported", "RegistrationConflictResolved");
		assertThat(this.json.readTree(published.get(published.size() - 1).value()).get("resolution").asString())
			.isEqualTo("KEEP_EXISTING");

		// resolved once; a new attempt from the same address is a new conflict
		HttpResponse<String> twice = send("POST", path, Map.of(), "{\"resolution\": \"HAND_OVER\"}");
		assertThat(twice.statusCode()).isEqualTo(409);
		assertThat(body(twice).toString()).contains("conflictId");
		registerFrom("198.51.100.62", workshopId, fromPer("per.olsen@k4601.no"));
		assertThat(aggregate(workshopId).conflicts()).hasSize(2);
	}

	@Test
	void staffHandTheDelegationOverAndOnlyTheNewCoordinatorsLinkOpensIt() {
		String workshopId = scheduleWorkshop(1, 20, false, inThirtyDays(), 100).workshopId();
		JsonNode receipt = body(registerFrom("198.51.100.71", workshopId, registration("4601", 3)));
		String delegationId = receipt.get("delegationId").asString();
		String oldToken = receipt.get("manageToken").asString();
		registerFrom("198.51.100.72", workshopId, fromPer("per.olsen@k4601.no"));
		String conflictId = aggregate(workshopId).conflicts().get(0).conflictId();

		HttpResponse<String> handedOver = send("POST", "/api/registrations/conflicts/" + conflictId + "/resolution",
				Map.of(), "{\"resolution\": \"HAND_OVER\"}");

		assertThat(handedOver.statusCode()).as(handedOver.body()).isEqualTo(200);
		assertThat(body(handedOver).get("coordinator").get("email").asString()).isEqualTo("per.olsen@k4601.no");
		assertThat(aggregate(workshopId).delegation(delegationId).orElseThrow().coordinator().name())
			.isEqualTo("Per Olsen");
		List<TopicProbe.PublishedRecord> published = awaitPublished(workshopId, 5 + 1 + 2);
		assertThat(typesOf(published)).endsWith("RegistrationConflictResolved", "ManageLinkIssued");
		JsonNode resolved = opened(published.get(published.size() - 2));
		assertThat(resolved.get("coordinator").get("email").asString()).isEqualTo("per.olsen@k4601.no");
		JsonNode issued = this.json.readTree(published.get(published.size() - 1).value());
		assertThat(issued.get("reason").asString()).isEqualTo("HANDED_OVER");
		assertThat(issued.get("language").asString()).isEqualTo("nn");
		String newToken = SEAL.open(issued.get("sealedSecret").asString(), delegationId);
		String path = "/api/public/registrations/" + delegationId;
		assertThat(send("GET", path, Map.of("X-Manage-Token", oldToken), null).statusCode()).isEqualTo(404);
		assertThat(send("GET", path, Map.of("X-Manage-Token", newToken), null).statusCode()).isEqualTo(200);
		// the old coordinator's address is now the other one
		assertThat(registerFrom("198.51.100.71", workshopId, registration("4601", 3)).statusCode()).isEqualTo(409);
		assertThat(aggregate(workshopId).conflicts()).hasSize(2);
	}

	@Test
	void aWorkshopWithoutConflictsListsNoneAndAnUnknownWorkshopIsNotFound() {
		String workshopId = scheduleWorkshop(1, 20, false, inThirtyDays(), 100).workshopId();
		registerFrom("198.51.100.71", workshopId, registration("4601", 3));

		HttpResponse<String> none = get("/api/registrations/conflicts?workshopId=" + workshopId);
		HttpResponse<String> unknown = get("/api/registrations/conflicts?workshopId=finnes-ikke");

		assertThat(none.statusCode()).isEqualTo(200);
		assertThat(body(none)).isEmpty();
		assertThat(unknown.statusCode()).isEqualTo(404);
		assertThat(unknown.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		assertThat(body(unknown).toString()).contains("workshopId");
	}

	@Test
	void unknownConflictsAndResolutionsAreRefusedByNameAndNothingChanges() {
		String workshopId = scheduleWorkshop(1, 20, false, inThirtyDays(), 100).workshopId();
		registerFrom("198.51.100.81", workshopId, registration("4601", 3));
		registerFrom("198.51.100.82", workshopId, fromPer("per.olsen@k4601.no"));
		String conflictId = aggregate(workshopId).conflicts().get(0).conflictId();

		HttpResponse<String> unknown = send("POST", "/api/registrations/conflicts/finnes-ikke/resolution", Map.of(),
				"{\"resolution\": \"KEEP_EXISTING\"}");
		HttpResponse<String> nonsense = send("POST", "/api/registrations/conflicts/" + conflictId + "/resolution",
				Map.of(), "{\"resolution\": \"BOTH\"}");
		HttpResponse<String> missing = send("POST", "/api/registrations/conflicts/" + conflictId + "/resolution",
				Map.of(), "{}");

		assertThat(unknown.statusCode()).isEqualTo(404);
		assertThat(body(unknown).toString()).contains("conflictId");
		assertThat(nonsense.statusCode()).isEqualTo(400);
		assertThat(body(nonsense).toString()).contains("resolution");
		assertThat(missing.statusCode()).isEqualTo(400);
		assertThat(body(missing).toString()).contains("resolution");
		assertThat(aggregate(workshopId).conflicts().get(0).isOpen()).isTrue();
	}

	@Test
	void onlyStaffSeeOrResolveConflicts() {
		String workshopId = scheduleWorkshop(1, 20, false, inThirtyDays(), 100).workshopId();
		registerFrom("198.51.100.91", workshopId, registration("4601", 3));
		registerFrom("198.51.100.92", workshopId, fromPer("per.olsen@k4601.no"));
		String path = "/api/registrations/conflicts/" + aggregate(workshopId).conflicts().get(0).conflictId()
				+ "/resolution";
		String noRole = CallerTokens.bearer(CallerTokens.ISSUER, "registration-service", List.of());
		String otherService = CallerTokens.bearer(CallerTokens.ISSUER, "reporting-service", List.of("STAFF"));
		String body = "{\"resolution\": \"HAND_OVER\"}";

		assertThat(send("POST", path, Map.of("Authorization", ""), body).statusCode()).isEqualTo(401);
		assertThat(send("POST", path, Map.of("Authorization", otherService), body).statusCode()).isEqualTo(401);
		assertThat(send("POST", path, Map.of("Authorization", noRole), body).statusCode()).isEqualTo(403);
		assertThat(send("GET", "/api/registrations/conflicts?workshopId=" + workshopId, Map.of("Authorization", noRole),
				null)
			.statusCode()).isEqualTo(403);
		assertThat(aggregate(workshopId).conflicts().get(0).isOpen()).isTrue();
		assertThat(send("POST", path, Map.of("Authorization", CallerTokens.staff("registration-service")), body)
			.statusCode()).isEqualTo(200);
	}

	private static Map<String, Object> fromPer(String email) {
		Map<String, Object> body = withCoordinator(registration("4601", 2), email);
		body.put("language", "nn");
		return body;
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> withCoordinator(Map<String, Object> body, String email) {
		Map<String, Object> coordinator = (Map<String, Object>) body.get("coordinator");
		coordinator.put("name", "Per Olsen");
		coordinator.put("email", email);
		return body;
	}

	private static String withoutInstance(JsonNode problem) {
		return ((tools.jackson.databind.node.ObjectNode) problem.deepCopy())
			.without(List.of("instance", "correlationId"))
			.toString();
	}

	private HttpResponse<String> registerFrom(String client, String workshopId, Map<String, Object> body) {
		return post("/api/public/workshops/" + workshopId + "/registrations", "application/json",
				this.json.writeValueAsString(body), Map.of("X-Forwarded-For", client));
	}

	/** The event as a reader with the delegation's data key sees it. */
	private JsonNode opened(TopicProbe.PublishedRecord record) {
		RegistrationEvent event = this.personalData.open(this.json.readValue(record.value(), RegistrationEvent.class),
				RegistrationEvent.class);
		return this.json.readTree(this.json.writeValueAsString(event));
	}

}
