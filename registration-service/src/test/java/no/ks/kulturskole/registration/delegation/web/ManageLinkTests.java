package no.ks.kulturskole.registration.delegation.web;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import no.ks.kulturskole.contracts.workshop.SessionDetails;
import no.ks.kulturskole.contracts.workshop.WorkshopRescheduled;
import no.ks.kulturskole.registration.OnSharedInfrastructure;
import no.ks.kulturskole.registration.delegation.application.ManageTokens;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The self-service link: the secret is handed out once, works as header or query
 * parameter, is stored only hashed, never logged, and wrong guesses get nowhere.
 */
@ExtendWith(OutputCaptureExtension.class)
class ManageLinkTests extends OnSharedInfrastructure {

	@Test
	void theSecretIsGivenOnceAtRegistrationAndIsStoredOnlyAsItsHashAndNeverLogged(CapturedOutput output) {
		String workshopId = scheduleWorkshop(2, null, false, inThirtyDays(), 20).workshopId();

		HttpResponse<String> created = register(workshopId, registration("4601", 3));
		HttpResponse<String> again = register(workshopId, registration("4601", 3));

		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		JsonNode receipt = body(created);
		String token = receipt.get("manageToken").asString();
		String delegationId = receipt.get("delegationId").asString();
		// 32 random bytes, base64url without padding: 256 bits
		assertThat(token).matches("[A-Za-z0-9_-]{43}");
		assertThat(receipt.get("manageUrl").asString())
			.isEqualTo("/api/public/registrations/" + delegationId + "?token=" + token);
		assertThat(again.statusCode()).isEqualTo(409);
		assertThat(again.body()).doesNotContain("manageToken").doesNotContain(delegationId);
		assertThat(get("/api/public/registrations/" + delegationId + "?token=" + token).statusCode()).isEqualTo(200);

		String stored = storedJson(workshopId);
		assertThat(stored).doesNotContain(token).contains(ManageTokens.hash(token));
		assertThat(output.getAll()).doesNotContain(token).contains(delegationId);
	}

	@Test
	void theRightSecretShowsTheDelegationWithItsDelegatesAndAWrongOneGets404() {
		String workshopId = scheduleWorkshop(2, null, false, inThirtyDays(), 20).workshopId();
		JsonNode receipt = body(register(workshopId, registration("4601", 3)));
		String path = "/api/public/registrations/" + receipt.get("delegationId").asString();
		String token = receipt.get("manageToken").asString();

		HttpResponse<String> byHeader = send("GET", path, Map.of("X-Manage-Token", token), null);
		HttpResponse<String> byQuery = get(path + "?token=" + token);
		HttpResponse<String> wrong = send("GET", path, Map.of("X-Manage-Token", token.substring(1) + "A"), null);
		HttpResponse<String> unknown = get("/api/public/registrations/no-such-delegation?token=" + token);
		HttpResponse<String> receiptOnly = get(path);

		assertThat(byHeader.statusCode()).as(byHeader.body()).isEqualTo(200);
		JsonNode view = body(byHeader);
		assertThat(view.get("participants")).hasSize(3);
		assertThat(view.get("participants").get(0).get("email").asString()).isEqualTo("deltaker1@k4601.no");
		assertThat(view.get("coordinator").get("name").asString()).isEqualTo("Kari Koordinator");
		assertThat(view.get("changeable").asBoolean()).isTrue();
		assertThat(view.get("workshopTitle").asString()).isEqualTo("Verksted");
		assertThat(body(byQuery)).isEqualTo(view);
		assertThat(wrong.statusCode()).isEqualTo(404);
		assertThat(wrong.headers().firstValue("Content-Type"))
			.hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
		assertThat(wrong.body()).doesNotContain("deltaker1");
		assertThat(unknown.statusCode()).isEqualTo(404);
		assertThat(body(receiptOnly).has("participants")).isFalse();
		assertThat(receiptOnly.body()).doesNotContain("@");
	}

	@Test
	void theCoordinatorAddsReplacesAndRemovesDelegatesAndEachChangeGoesToTheOutbox() {
		String workshopId = scheduleWorkshop(2, null, false, inThirtyDays(), 20).workshopId();
		JsonNode receipt = body(register(workshopId, registration("4601", 3)));
		String path = "/api/public/registrations/" + receipt.get("delegationId").asString();
		Map<String, String> secret = Map.of("X-Manage-Token", receipt.get("manageToken").asString());
		JsonNode before = body(send("GET", path, secret, null)).get("participants");
		List<Map<String, Object>> lines = new ArrayList<>();
		lines.add(line(before.get(0)));
		Map<String, Object> replacement = participant("Vikar Vikarsen", "vikar@k4601.no", "POLITICIAN");
		replacement.put("participantId", before.get(1).get("participantId").asString());
		lines.add(replacement);
		lines.add(participant("Ny Deltaker", "ny@k4601.no", "VOLUNTARY_SECTOR"));
		lines.add(participant("Enda En", "enda@k4601.no", "BUSINESS"));

		HttpResponse<String> changed = send("PUT", path, secret,
				this.json.writeValueAsString(Map.of("participants", lines)));

		assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
		assertThat(body(changed).get("participants")).extracting(line -> line.get("email").asString())
			.containsExactly("deltaker1@k4601.no", "vikar@k4601.no", "ny@k4601.no", "enda@k4601.no");
		List<String> newTypes = typesOf(awaitPublished(workshopId, 5 + 4)).subList(5, 9);
		assertThat(newTypes).containsExactlyInAnyOrder("ParticipantReplaced", "ParticipantRegistered",
				"ParticipantRegistered", "ParticipantRemoved");
		assertThat(aggregate(workshopId).confirmedPersonsIn("s-1")).isEqualTo(4);
	}

	@Test
	void afterTheDeadlineTheLinkStillReplacesADelegateButNeitherAddsNorRemovesNorCancels() {
		String workshopId = scheduleWorkshop(2, null, false, inThirtyDays(), 20).workshopId();
		JsonNode receipt = body(register(workshopId, registration("4601", 3)));
		String path = "/api/public/registrations/" + receipt.get("delegationId").asString();
		Map<String, String> secret = Map.of("X-Manage-Token", receipt.get("manageToken").asString());
		JsonNode before = body(send("GET", path, secret, null)).get("participants");
		this.replica.apply(new WorkshopRescheduled(UUID.randomUUID(), workshopId, Instant.now(),
				WorkshopRescheduled.SCHEMA_VERSION, 1, Instant.now().minusSeconds(60),
				aggregate(workshopId).workshop()
					.sessions()
					.stream()
					.map(session -> new SessionDetails(session.sessionId(), session.startsAt(), session.endsAt(),
							session.capacity(), null))
					.toList(),
				"Fristen er ute"));

		JsonNode view = body(send("GET", path, secret, null));
		List<Map<String, Object>> replaced = new ArrayList<>(List.of(line(before.get(0)), line(before.get(1))));
		Map<String, Object> replacement = participant("Vikar Vikarsen", "vikar@k4601.no", "POLITICIAN");
		replacement.put("participantId", before.get(2).get("participantId").asString());
		replaced.add(replacement);
		HttpResponse<String> replacing = send("PUT", path, secret,
				this.json.writeValueAsString(Map.of("participants", replaced)));
		List<Map<String, Object>> grown = new ArrayList<>(replaced);
		grown.add(participant("Ny Deltaker", "ny@k4601.no", "SCHOOL"));
		grown.set(2, line(body(replacing).get("participants").get(2)));
		HttpResponse<String> adding = send("PUT", path, secret,
				this.json.writeValueAsString(Map.of("participants", grown)));
		HttpResponse<String> cancelling = send("DELETE", path, secret, null);

		assertThat(view.get("changeable").asBoolean()).isFalse();
		assertThat(view.get("replaceable").asBoolean()).isTrue();
		assertThat(view.get("reflectionOpen").asBoolean()).isTrue();
		assertThat(replacing.statusCode()).as(replacing.body()).isEqualTo(200);
		assertThat(body(replacing).get("participants").get(2).get("email").asString()).isEqualTo("vikar@k4601.no");
		assertThat(adding.statusCode()).isEqualTo(409);
		assertThat(adding.body()).contains("only-replacement-after-deadline");
		assertThat(body(adding).get("errors").get(0).get("field").asString()).isEqualTo("participants");
		assertThat(cancelling.statusCode()).isEqualTo(409);
		assertThat(aggregate(workshopId).delegations().get(0).personCount()).isEqualTo(3);
		assertThat(typesOf(awaitPublished(workshopId, 5 + 1))).endsWith("ParticipantReplaced");
	}

	@Test
	void aWrongSecretChangesNothing() {
		String workshopId = scheduleWorkshop(2, null, false, inThirtyDays(), 20).workshopId();
		JsonNode receipt = body(register(workshopId, registration("4601", 3)));
		String path = "/api/public/registrations/" + receipt.get("delegationId").asString();
		long version = aggregate(workshopId).version();

		HttpResponse<String> cancel = send("DELETE", path, Map.of("X-Manage-Token", "gjett"), null);
		HttpResponse<String> change = send("PUT", path + "?token=gjett", Map.of(),
				this.json.writeValueAsString(Map.of("participants", List.of())));

		assertThat(cancel.statusCode()).isEqualTo(404);
		assertThat(change.statusCode()).isIn(400, 404);
		assertThat(aggregate(workshopId).version()).isEqualTo(version);
		assertThat(aggregate(workshopId).delegations().get(0).isActive()).isTrue();
	}

	@Test
	void cancellingThroughTheLinkFreesTheSeatsForTheFirstWaitingDelegation() {
		String workshopId = scheduleWorkshop(2, null, false, inThirtyDays(), 6).workshopId();
		JsonNode bergen = body(register(workshopId, registration("4601", 4)));
		JsonNode oslo = body(register(workshopId, registration("0301", 4)));
		assertThat(oslo.get("status").asString()).isEqualTo("WAITLISTED");

		HttpResponse<String> cancelled = send("DELETE",
				"/api/public/registrations/" + bergen.get("delegationId").asString(),
				Map.of("X-Manage-Token", bergen.get("manageToken").asString()), null);

		assertThat(cancelled.statusCode()).as(cancelled.body()).isEqualTo(204);
		assertThat(
				body(get("/api/public/registrations/" + oslo.get("delegationId").asString())).get("status").asString())
			.isEqualTo("CONFIRMED");
		assertThat(typesOf(awaitPublished(workshopId, 6 + 7 + 2))).endsWith("DelegationWaitlisted",
				"DelegationCancelled", "DelegationPromoted");
		HttpResponse<String> view = get("/api/public/registrations/" + bergen.get("delegationId").asString() + "?token="
				+ bergen.get("manageToken").asString());
		assertThat(body(view).get("cancelled").asBoolean()).isTrue();
		assertThat(body(view).get("changeable").asBoolean()).isFalse();
		assertThat(body(view).get("replaceable").asBoolean()).isFalse();
		assertThat(body(view).get("reflectionOpen").asBoolean()).isFalse();
	}

	@Test
	void wrongSecretsSlowDownTheClientThatSendsThemButNeverLockOutTheRightSecret() {
		String workshopId = scheduleWorkshop(2, null, false, inThirtyDays(), 20).workshopId();
		JsonNode receipt = body(register(workshopId, registration("4601", 3)));
		String path = "/api/public/registrations/" + receipt.get("delegationId").asString();
		String token = receipt.get("manageToken").asString();
		Map<String, String> guesser = Map.of("X-Forwarded-For", "198.51.100.7");

		List<Integer> guesses = new ArrayList<>();
		for (int i = 0; i < 10; i++) {
			guesses.add(send("GET", path + "?token=gjett" + i, guesser, null).statusCode());
		}
		HttpResponse<String> limited = send("GET", path + "?token=gjett-igjen", guesser, null);
		HttpResponse<String> coordinator = send("GET", path + "?token=" + token,
				Map.of("X-Forwarded-For", "203.0.113.9"), null);
		HttpResponse<String> rightFromTheGuesser = send("GET", path + "?token=" + token, guesser, null);
		HttpResponse<String> someoneElsesTypo = send("GET", path + "?token=skrivefeil",
				Map.of("X-Forwarded-For", "203.0.113.10"), null);

		assertThat(guesses).containsOnly(404);
		assertThat(limited.statusCode()).isEqualTo(429);
		assertThat(limited.headers().firstValue("Retry-After")).isPresent();
		assertThat(body(limited).get("detail").asString()).contains("For mange forsøk");
		assertThat(coordinator.statusCode()).as("the coordinator holding the right secret").isEqualTo(200);
		assertThat(rightFromTheGuesser.statusCode()).as("the right secret opens whoever sends it").isEqualTo(200);
		assertThat(someoneElsesTypo.statusCode()).isEqualTo(404);
	}

	@Test
	void anIpv6ClientIsCountedByItsSlash64() {
		String workshopId = scheduleWorkshop(2, null, false, inThirtyDays(), 20).workshopId();
		String path = "/api/public/registrations/"
				+ body(register(workshopId, registration("4601", 2))).get("delegationId").asString();

		for (int i = 0; i < 10; i++) {
			assertThat(
					send("GET", path + "?token=gjett" + i, Map.of("X-Forwarded-For", "2001:db8:1:2::" + (i + 1)), null)
						.statusCode())
				.isEqualTo(404);
		}

		assertThat(send("GET", path + "?token=gjett", Map.of("X-Forwarded-For", "2001:db8:1:2:ffff::1"), null)
			.statusCode()).isEqualTo(429);
		assertThat(send("GET", path + "?token=gjett", Map.of("X-Forwarded-For", "2001:db8:1:3::1"), null).statusCode())
			.isEqualTo(404);
	}

	@Test
	void anInvalidChangeIsRefusedAsProblemDetailsNamingTheField() {
		String workshopId = scheduleWorkshop(2, null, false, inThirtyDays(), 20).workshopId();
		JsonNode receipt = body(register(workshopId, registration("4601", 3)));
		String path = "/api/public/registrations/" + receipt.get("delegationId").asString();
		Map<String, String> secret = Map.of("X-Manage-Token", receipt.get("manageToken").asString());
		long version = aggregate(workshopId).version();

		HttpResponse<String> tooSmall = send("PUT", path, secret, this.json
			.writeValueAsString(Map.of("participants", List.of(participant("Eneste", "eneste@k4601.no", "SCHOOL")))));
		HttpResponse<String> badEmail = send("PUT", path, secret, this.json
			.writeValueAsString(Map.of("participants", List.of(participant("A", "ikke-epost", "SCHOOL")))));

		assertThat(tooSmall.statusCode()).isEqualTo(400);
		assertThat(body(tooSmall).get("errors").get(0).get("field").asString()).isEqualTo("participants");
		assertThat(badEmail.statusCode()).isEqualTo(400);
		assertThat(body(badEmail).get("errors").get(0).get("field").asString()).contains("email");
		assertThat(aggregate(workshopId).version()).isEqualTo(version);
	}

	@Test
	void theDelegationSubmitsItsReflectionAnswersThroughTheLink() {
		String workshopId = scheduleWorkshop(2, null, false, inThirtyDays(), 20).workshopId();
		JsonNode receipt = body(register(workshopId, registration("4601", 3)));
		String path = "/api/public/registrations/" + receipt.get("delegationId").asString() + "/reflection";
		Map<String, String> secret = Map.of("X-Manage-Token", receipt.get("manageToken").asString());

		HttpResponse<String> submitted = send("PUT", path, secret, this.json.writeValueAsString(Map.of("answers",
				List.of(Map.of("question", "Hvem når kulturskolen?", "answer", "Altfor få av barna.")))));
		HttpResponse<String> empty = send("PUT", path, secret, "{\"answers\":[]}");
		HttpResponse<String> wrongSecret = send("PUT", path, Map.of("X-Manage-Token", "feil"),
				"{\"answers\":[{\"question\":\"Q\",\"answer\":\"A\"}]}");

		assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(200);
		assertThat(body(submitted).get("reflection").get(0).get("answer").asString()).isEqualTo("Altfor få av barna.");
		assertThat(typesOf(awaitPublished(workshopId, 6))).endsWith("ReflectionSubmitted");
		assertThat(empty.statusCode()).isEqualTo(400);
		assertThat(wrongSecret.statusCode()).isEqualTo(404);
	}

	@Test
	void theCoordinatorDownloadsEverythingAboutTheDelegationAsJsonWithTheSecretAndNobodyElseDoes() {
		String workshopId = scheduleWorkshop(2, null, false, inThirtyDays(), 20).workshopId();
		JsonNode receipt = body(register(workshopId, registration("4601", 3)));
		String delegationId = receipt.get("delegationId").asString();
		String token = receipt.get("manageToken").asString();
		send("PUT", "/api/public/registrations/" + delegationId + "/reflection", Map.of("X-Manage-Token", token),
				this.json.writeValueAsString(Map.of("answers",
						List.of(Map.of("question", "Hvem når kulturskolen?", "answer", "Altfor få av barna.")))));
		String path = "/api/public/registrations/" + delegationId + "/data";

		HttpResponse<String> download = send("GET", path, Map.of("X-Manage-Token", token), null);
		HttpResponse<String> anonymous = get(path);
		HttpResponse<String> wrongSecret = send("GET", path, Map.of("X-Manage-Token", token.substring(1) + "A"), null);
		HttpResponse<String> otherDelegation = get("/api/public/registrations/no-such-delegation/data?token=" + token);

		assertThat(download.statusCode()).as(download.body()).isEqualTo(200);
		assertThat(download.headers().firstValue("Content-Disposition"))
			.hasValue("attachment; filename=\"delegasjon-" + delegationId + ".json\"");
		assertThat(download.headers().firstValue("Cache-Control")).hasValue("no-store");
		JsonNode data = body(download);
		assertThat(data.get("format").asString()).isEqualTo("kulturskole-delegation/1");
		assertThat(data.get("delegationId").asString()).isEqualTo(delegationId);
		assertThat(data.get("workshop").get("workshopId").asString()).isEqualTo(workshopId);
		assertThat(data.get("organisation").get("number").asString()).isEqualTo("4601");
		assertThat(data.get("coordinator").get("name").asString()).isEqualTo("Kari Koordinator");
		assertThat(data.get("participants")).hasSize(3);
		assertThat(data.get("participants").get(0).get("email").asString()).isEqualTo("deltaker1@k4601.no");
		assertThat(data.get("status").asString()).isEqualTo("CONFIRMED");
		assertThat(data.get("registeredAt").isNull()).isFalse();
		assertThat(data.get("reflection").get(0).get("answer").asString()).isEqualTo("Altfor få av barna.");
		// the hash of the secret is about no person, and the secret never goes back out
		assertThat(download.body()).doesNotContain(ManageTokens.hash(token)).doesNotContain(token);

		for (HttpResponse<String> refused : List.of(anonymous, wrongSecret, otherDelegation)) {
			assertThat(refused.headers().firstValue("Content-Type"))
				.hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
			assertThat(refused.body()).doesNotContain("deltaker1").doesNotContain("Koordinator");
		}
		assertThat(anonymous.statusCode()).isEqualTo(401);
		assertThat(wrongSecret.statusCode()).isEqualTo(404);
		assertThat(otherDelegation.statusCode()).isEqualTo(404);
	}

	private static Map<String, Object> line(JsonNode participant) {
		Map<String, Object> line = participant(participant.get("name").asString(), participant.get("email").asString(),
				participant.get("roleCategory").asString());
		line.put("participantId", participant.get("participantId").asString());
		return line;
	}

}
