package no.ks.kulturskole.registration;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OpenAPI document shows staff, as it shows municipalities, what to send and what
 * comes back: every staff operation carries examples, and the example requests are ones
 * the service accepts.
 */
class ApiDocumentationTests extends OnSharedInfrastructure {

	@Test
	void theStaffOperationsCarryExamplesOfWhatToSendAndWhatComesBack() {
		JsonNode paths = apiDocument().get("paths");

		Map<String, JsonNode> requests = new LinkedHashMap<>();
		requests.put("move", requestExamples(paths, "/api/registrations/{delegationId}/move", "post"));
		requests.put("waiting list", requestExamples(paths, "/api/registrations/waiting-list/moves", "post"));
		requests.put("decision", requestExamples(paths, "/api/pilot-applications/{applicationId}/decision", "post"));
		Map<String, JsonNode> responses = new LinkedHashMap<>();
		responses.put("move", responseExamples(paths, "/api/registrations/{delegationId}/move", "post"));
		responses.put("waiting list", responseExamples(paths, "/api/registrations/waiting-list/moves", "post"));
		responses.put("delegations", responseExamples(paths, "/api/registrations", "get"));
		responses.put("pilot list", responseExamples(paths, "/api/pilot-applications", "get"));
		responses.put("decision", responseExamples(paths, "/api/pilot-applications/{applicationId}/decision", "post"));

		assertThat(requests)
			.allSatisfy((operation, examples) -> assertThat(examples.size()).as(operation).isPositive());
		assertThat(responses)
			.allSatisfy((operation, examples) -> assertThat(examples.size()).as(operation).isPositive());
		assertThat(firstValue(requests.get("move")).get("sessionId").asString()).isNotBlank();
		assertThat(firstValue(requests.get("waiting list")).propertyNames()).contains("workshopId", "sessionId");
		assertThat(requests.get("decision").valueStream().map(this::valueOf))
			.anySatisfy(example -> assertThat(example.get("decision").asString()).isEqualTo("SELECTED"))
			.anySatisfy(example -> {
				assertThat(example.get("decision").asString()).isEqualTo("DECLINED");
				assertThat(example.get("reason").asString()).isNotBlank();
			});
		assertThat(firstValue(responses.get("move")).get("moved").size()).isEqualTo(1);
		JsonNode delegation = firstValue(responses.get("delegations")).get(0);
		assertThat(delegation.propertyNames()).contains("delegationId", "status", "municipality", "coordinator",
				"participants", "reflection");
		assertThat(firstValue(responses.get("pilot list")).get("applications").get(0).get("ksRegion").asString())
			.isNotBlank();
		assertThat(responses.get("decision").valueStream().map(this::valueOf)).anySatisfy(example -> {
			assertThat(example.get("selection").get("aboveTarget").asBoolean()).isTrue();
			assertThat(example.get("selection").get("warning").asString()).contains("målet er 6–7");
			assertThat(example.get("selection").get("byKsRegion").size()).isPositive();
			assertThat(example.get("selection").get("byCounty").size()).isPositive();
		});
	}

	@Test
	void theExampleRequestsOfTheStaffOperationsAreAcceptedByTheService() {
		JsonNode paths = apiDocument().get("paths");
		JsonNode move = firstValue(requestExamples(paths, "/api/registrations/{delegationId}/move", "post"));
		JsonNode decline = requestExamples(paths, "/api/pilot-applications/{applicationId}/decision", "post")
			.valueStream()
			.map(this::valueOf)
			.filter(example -> example.get("decision").asString().equals("DECLINED"))
			.findFirst()
			.orElseThrow();
		String workshopId = scheduleWorkshop(2, null, false, inThirtyDays(), 10, 10).workshopId();
		String delegationId = body(register(workshopId, registration("4601", 3))).get("delegationId").asString();
		String applicationId = body(post("/api/public/pilot-applications", "application/json",
				this.json.writeValueAsString(Map.of("municipalityNumber", "1804", "contact",
						Map.of("name", "Ola Nordmann", "email", "ola@bodo.kommune.no"), "motivation",
						"Vi vil være med.", "inGuidanceScheme", false)),
				Map.of()))
			.get("applicationId")
			.asString();

		HttpResponse<String> moved = post("/api/registrations/" + delegationId + "/move", "application/json",
				move.toString(), Map.of());
		HttpResponse<String> declined = post("/api/pilot-applications/" + applicationId + "/decision",
				"application/json", decline.toString(), Map.of());

		assertThat(moved.statusCode()).as(moved.body()).isEqualTo(200);
		assertThat(body(moved).get("sessionId").asString()).isEqualTo(move.get("sessionId").asString());
		assertThat(declined.statusCode()).as(declined.body()).isEqualTo(200);
		assertThat(body(declined).get("applications")
			.valueStream()
			.filter(line -> line.get("applicationId").asString().equals(applicationId))
			.findFirst()
			.orElseThrow()
			.get("declineReason")
			.asString()).isEqualTo(decline.get("reason").asString());
	}

	private JsonNode apiDocument() {
		HttpResponse<String> response = get("/v3/api-docs");
		assertThat(response.statusCode()).isEqualTo(200);
		return body(response);
	}

	private static JsonNode requestExamples(JsonNode paths, String path, String method) {
		return paths.path(path)
			.path(method)
			.path("requestBody")
			.path("content")
			.path("application/json")
			.path("examples");
	}

	private static JsonNode responseExamples(JsonNode paths, String path, String method) {
		return paths.path(path)
			.path(method)
			.path("responses")
			.path("200")
			.path("content")
			.path("application/json")
			.path("examples");
	}

	private JsonNode firstValue(JsonNode examples) {
		assertThat(examples.size()).isPositive();
		return valueOf(examples.valueStream().findFirst().orElseThrow());
	}

	/** springdoc gives a JSON example as JSON, or as the text it was written in. */
	private JsonNode valueOf(JsonNode example) {
		JsonNode value = example.get("value");
		return value.isString() ? this.json.readTree(value.asString()) : value;
	}

}
