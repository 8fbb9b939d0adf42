package no.ks.kulturskole.registration.delegation.web;

import no.ks.kulturskole.testsupport.EventSchemas;
import no.ks.kulturskole.contracts.Topics;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import no.ks.kulturskole.registration.OnSharedInfrastructure;
import no.ks.kulturskole.registration.delegation.application.ManageTokens;
import no.ks.kulturskole.support.secret.SecretSeal;
import no.ks.kulturskole.testsupport.TopicProbe;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The manage link reaches the coordinator by e-mail: registration-service announces it in
 * {@code ManageLinkIssued} with the secret sealed for notification-service (opened here
 * with the same key, as notification would), and a coordinator who lost it asks for a new
 * one with the organisation number and the coordinator address, always getting the same
 * answer.
 */
@ExtendWith(OutputCaptureExtension.class)
class ManageLinkByEmailTests extends OnSharedInfrastructure {

	private static final SecretSeal SEAL = SecretSeal.withKey(SEAL_KEY);

	@Test
	void aNewDelegationAnnouncesItsLinkSealedRightAfterItsParticipantsAndTheSealOpensToTheSecretOfTheReceipt() {
		String workshopId = scheduleWorkshop(2, null, false, inThirtyDays(), 20).workshopId();

		JsonNode receipt = body(register(workshopId, registration("4601", 3)));

		String delegationId = receipt.get("delegationId").asString();
		String token = receipt.get("manageToken").asString();
		List<TopicProbe.PublishedRecord> published = awaitPublished(workshopId, 5);
		assertThat(typesOf(published)).containsExactly("DelegationRegistered", "ParticipantRegistered",
				"ParticipantRegistered", "ParticipantRegistered", "ManageLinkIssued");
		published.forEach((record) -> EventSchemas.assertMatchesItsSchema(Topics.REGISTRATION_EVENTS, record));
		TopicProbe.PublishedRecord issued = published.get(4);
		assertThat(issued.value()).doesNotContain(token);
		JsonNode event = this.json.readTree(issued.value());
		assertThat(event.get("reason").asString()).isEqualTo("REGISTERED");
		assertThat(event.get("language").asString()).isEqualTo("nb");
		assertThat(event.get("delegationId").asString()).isEqualTo(delegationId);
		String sealed = event.get("sealedSecret").asString();
		assertThat(SEAL.open(sealed, delegationId)).isEqualTo(token);
		// bound to its delegation: copied onto another one's event, it does not open
		assertThatThrownBy(() -> SEAL.open(sealed, UUID.randomUUID().toString()))
			.isInstanceOf(SecretSeal.SealBroken.class);
	}

	@Test
	void theCoordinatorAsksForANewLinkAndOnlyTheNewSecretOpensTheDelegation(CapturedOutput output) {
		String workshopId = scheduleWorkshop(2, null, false, inThirtyDays(), 20).workshopId();
		JsonNode receipt = body(register(workshopId, registration("4601", 3)));
		String delegationId = receipt.get("delegationId").asString();
		String oldToken = receipt.get("manageToken").asString();
		String path = "/api/public/registrations/" + delegationId;

		// typed as people type it: other case, stray spaces
		HttpResponse<String> asked = requestLink(workshopId, "4601", "  KARI@K4601.no ");

		assertThat(asked.statusCode()).as(asked.body()).isEqualTo(202);
		assertThat(body(asked).get("message").asString()).isEqualTo(ManageLinkRequestController.ACCEPTED);
		List<TopicProbe.PublishedRecord> published = awaitPublished(workshopId, 5 + 1);
		TopicProbe.PublishedRecord issued = published.get(5);
		assertThat(issued.type()).isEqualTo("ManageLinkIssued");
		EventSchemas.assertMatchesItsSchema(Topics.REGISTRATION_EVENTS, issued);
		JsonNode event = this.json.readTree(issued.value());
		assertThat(event.get("reason").asString()).isEqualTo("REQUESTED");
		String newToken = SEAL.open(event.get("sealedSecret").asString(), delegationId);
		assertThat(newToken).isNotEqualTo(oldToken).matches("[A-Za-z0-9_-]{43}");

		HttpResponse<String> withOld = send("GET", path, Map.of("X-Manage-Token", oldToken), null);
		HttpResponse<String> withNew = send("GET", path, Map.of("X-Manage-Token", newToken), null);
		assertThat(withOld.statusCode()).isEqualTo(404);
		assertThat(withNew.statusCode()).as(withNew.body()).isEqualTo(200);
		assertThat(body(withNew).get("participants")).hasSize(3);
		HttpResponse<String> cancelled = send("DELETE", path, Map.of("X-Manage-Token", newToken), null);
		assertThat(cancelled.statusCode()).as(cancelled.body()).isEqualTo(204);

		assertThat(storedJson(workshopId)).doesNotContain(newToken).contains(ManageTokens.hash(newToken));
		assertThat(output.getAll()).doesNotContain(newToken).doesNotContain("KARI@K4601.no");
	}

	@Test
	void anAddressOrMunicipalityThatDoesNotMatchGetsTheSameAnswerAndNothingChangesOrIsPublished() {
		String workshopId = scheduleWorkshop(2, null, false, inThirtyDays(), 20).workshopId();
		JsonNode receipt = body(register(workshopId, registration("4601", 3)));
		String token = receipt.get("manageToken").asString();
		String path = "/api/public/registrations/" + receipt.get("delegationId").asString();
		long version = aggregate(workshopId).version();

		List<HttpResponse<String>> answers = List.of(
				// a delegate's address is not the coordinator's
				requestLink(workshopId, "4601", "deltaker2@k4601.no"),
				requestLink(workshopId, "4601", "ukjent@k4601.no"),
				// a municipality that has not registered
				requestLink(workshopId, "0301", "kari@k4601.no"),
				// a workshop that does not exist
				requestLink(UUID.randomUUID().toString(), "4601", "kari@k4601.no"));

		assertThat(answers).allSatisfy(answer -> {
			assertThat(answer.statusCode()).isEqualTo(202);
			assertThat(answer.body()).isEqualTo(answers.get(0).body());
		});
		assertThat(aggregate(workshopId).version()).isEqualTo(version);
		assertThat(outbox(workshopId)).extracting(entry -> entry.getString("payload"))
			.noneMatch(payload -> payload.contains("REQUESTED"));
		assertThat(send("GET", path, Map.of("X-Manage-Token", token), null).statusCode()).isEqualTo(200);
		// one workshop, one partition, relayed in order: once a later registration is on
		// the topic, a link issued by the requests above would be there before it
		String marker = body(register(workshopId, registration("5001", 2))).get("delegationId").asString();
		List<TopicProbe.PublishedRecord> published = awaitPublished(workshopId, 5 + 4);
		assertThat(published.get(published.size() - 1).value()).contains(marker);
		assertThat(published).filteredOn(record -> "ManageLinkIssued".equals(record.type()))
			.extracting(record -> this.json.readTree(record.value()).get("reason").asString())
			.containsExactly("REGISTERED", "REGISTERED");
	}

	@Test
	void tooManyRequestsForOneMunicipalityAreTurnedAwayForAWhileWhetherOrNotTheyMatch() {
		String workshopId = scheduleWorkshop(2, null, false, inThirtyDays(), 20).workshopId();

		List<Integer> allowed = Stream.generate(() -> requestLink(workshopId, "1103", "noen@k1103.no").statusCode())
			.limit(5)
			.toList();
		HttpResponse<String> limited = requestLink(workshopId, "1103", "noen@k1103.no");
		HttpResponse<String> otherMunicipality = requestLink(workshopId, "4601", "noen@k4601.no");

		assertThat(allowed).containsOnly(202);
		assertThat(limited.statusCode()).isEqualTo(429);
		assertThat(limited.headers().firstValue("Retry-After")).isPresent();
		assertThat(body(limited).get("errors").get(0).get("field").asString()).isEqualTo("organisationNumber");
		assertThat(otherMunicipality.statusCode()).isEqualTo(202);
	}

	static Stream<Arguments> badRequests() {
		return Stream.of(Arguments.of("no organisation number", "{\"email\":\"kari@k4601.no\"}", "organisationNumber"),
				Arguments.of("an organisation number with a letter",
						"{\"organisationNumber\":\"46O1\",\"email\":\"kari@k4601.no\"}", "organisationNumber"),
				Arguments.of("an organisation number that does not exist",
						"{\"organisationNumber\":\"9999\",\"email\":\"kari@k4601.no\"}", "organisationNumber"),
				Arguments.of("no e-mail address", "{\"organisationNumber\":\"4601\"}", "email"),
				Arguments.of("an e-mail address without a domain",
						"{\"organisationNumber\":\"4601\",\"email\":\"kari@k4601\"}", "email"),
				Arguments.of("not JSON", "organisationNumber=4601", "body"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("badRequests")
	void aBadRequestIsRefusedAsProblemDetailsNamingTheFieldAndChangesNothing(String name, String body, String field) {
		String workshopId = scheduleWorkshop(2, null, false, inThirtyDays(), 20).workshopId();
		register(workshopId, registration("4601", 3));
		long version = aggregate(workshopId).version();

		HttpResponse<String> response = post("/api/public/workshops/" + workshopId + "/manage-link-requests",
				"application/json", body, Map.of());

		assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
		assertThat(body(response).get("errors").valueStream().map(error -> error.get("field").asString()))
			.contains(field);
		assertThat(aggregate(workshopId).version()).isEqualTo(version);
	}

	@Test
	void theEndpointIsDescribedInTheApiDocumentWithExamples() {
		JsonNode operation = body(get("/v3/api-docs")).get("paths")
			.get("/api/public/workshops/{workshopId}/manage-link-requests")
			.get("post");

		assertThat(operation.get("responses").has("202")).isTrue();
		assertThat(operation.get("requestBody").toString()).contains("organisationNumber", "4601");
		assertThat(operation.get("responses").get("202").toString()).contains(ManageLinkRequestController.ACCEPTED);
	}

	private HttpResponse<String> requestLink(String workshopId, String organisationNumber, String email) {
		return post("/api/public/workshops/" + workshopId + "/manage-link-requests", "application/json",
				this.json.writeValueAsString(Map.of("organisationNumber", organisationNumber, "email", email)),
				Map.of());
	}

}
