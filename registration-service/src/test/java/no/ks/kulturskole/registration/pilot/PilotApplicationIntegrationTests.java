package no.ks.kulturskole.registration.pilot;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import no.ks.kulturskole.contracts.Topics;
import no.ks.kulturskole.registration.OnSharedInfrastructure;
import no.ks.kulturskole.testsupport.TestInfrastructure;
import no.ks.kulturskole.testsupport.TopicProbe;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A municipality applies to the pilot project; staff see the application with its region
 * and the workshops it attends, and decide. Every step is an event.
 */
class PilotApplicationIntegrationTests extends OnSharedInfrastructure {

	@Test
	void aMunicipalityAppliesOnceAndStaffSeeItWithRegionAndAttendanceAndSelectIt() {
		String workshopId = scheduleWorkshop(2, null, false, inThirtyDays(), 20).workshopId();
		register(workshopId, registration("1108", 3));

		HttpResponse<String> applied = post("/api/public/pilot-applications", "application/json",
				this.json.writeValueAsString(application("1108")), Map.of());
		HttpResponse<String> again = post("/api/public/pilot-applications", "application/json",
				this.json.writeValueAsString(application("1108")), Map.of());

		assertThat(applied.statusCode()).as(applied.body()).isEqualTo(201);
		String applicationId = body(applied).get("applicationId").asString();
		assertThat(again.statusCode()).isEqualTo(200);
		assertThat(body(again).get("applicationId").asString()).isEqualTo(applicationId);

		JsonNode line = lineOf(body(get("/api/pilot-applications")), applicationId);
		assertThat(line.get("organisation").get("name").asString()).isEqualTo("Sandnes");
		assertThat(line.get("ksRegion").asString()).isNotBlank();
		assertThat(line.get("status").asString()).isEqualTo("SUBMITTED");
		assertThat(line.get("attended")).anySatisfy(attended -> {
			assertThat(attended.get("workshopId").asString()).isEqualTo(workshopId);
			assertThat(attended.get("seatStatus").asString()).isEqualTo("CONFIRMED");
		});

		HttpResponse<String> selected = post("/api/pilot-applications/" + applicationId + "/decision",
				"application/json", "{\"decision\":\"SELECTED\"}", Map.of());
		assertThat(selected.statusCode()).as(selected.body()).isEqualTo(200);
		assertThat(lineOf(body(selected), applicationId).get("status").asString()).isEqualTo("SELECTED");
		assertThat(body(selected).get("selection").get("selected").asInt()).isGreaterThanOrEqualTo(1);
		assertThat(body(selected).get("selection").get("byCounty").get("Rogaland").asInt()).isGreaterThanOrEqualTo(1);

		try (TopicProbe probe = new TopicProbe(TestInfrastructure.kafka().getBrokersAsString(),
				Topics.REGISTRATION_EVENTS)) {
			await().atMost(Duration.ofSeconds(30))
				.untilAsserted(() -> assertThat(probe.records()
					.stream()
					.filter(record -> applicationId.equals(record.key()))
					.map(TopicProbe.PublishedRecord::type)
					.toList()).containsExactly("PilotApplicationSubmitted", "PilotMunicipalitySelected"));
		}
	}

	@Test
	void anApplicationWithoutMotivationOrWithAnUnknownMunicipalityIsRefused() {
		Map<String, Object> noMotivation = application("4601");
		noMotivation.remove("motivation");

		HttpResponse<String> missing = post("/api/public/pilot-applications", "application/json",
				this.json.writeValueAsString(noMotivation), Map.of());
		HttpResponse<String> unknown = post("/api/public/pilot-applications", "application/json",
				this.json.writeValueAsString(application("9999")), Map.of());

		assertThat(missing.statusCode()).isEqualTo(400);
		assertThat(body(missing).get("errors").get(0).get("field").asString()).isEqualTo("motivation");
		assertThat(unknown.statusCode()).isEqualTo(400);
		assertThat(body(unknown).get("errors").get(0).get("field").asString()).isEqualTo("municipalityNumber");
		assertThat(body(get("/api/pilot-applications")).get("applications"))
			.noneSatisfy(line -> assertThat(line.get("organisation").get("number").asString()).isEqualTo("9999"));
	}

	@Test
	void osloIsShownInTheSpreadAsOutsideTheKsRegionsRatherThanAsNull() {
		HttpResponse<String> applied = post("/api/public/pilot-applications", "application/json",
				this.json.writeValueAsString(application("0301")), Map.of());
		String applicationId = body(applied).get("applicationId").asString();

		HttpResponse<String> selected = post("/api/pilot-applications/" + applicationId + "/decision",
				"application/json", "{\"decision\":\"SELECTED\"}", Map.of());

		assertThat(selected.statusCode()).as(selected.body()).isEqualTo(200);
		JsonNode byKsRegion = body(selected).get("selection").get("byKsRegion");
		assertThat(byKsRegion.get("Ingen KS-region (Oslo)").asInt()).isGreaterThanOrEqualTo(1);
		assertThat(byKsRegion.has("null")).isFalse();
	}

	private static JsonNode lineOf(JsonNode overview, String applicationId) {
		for (JsonNode line : overview.get("applications")) {
			if (line.get("applicationId").asString().equals(applicationId)) {
				return line;
			}
		}
		throw new AssertionError("Application " + applicationId + " not in the overview");
	}

	private static Map<String, Object> application(String number) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("municipalityNumber", number);
		body.put("contact", Map.of("name", "Kari Koordinator", "email", "kari@k" + number + ".no"));
		body.put("motivation", "Vi vil gjøre kulturskolen til et ressurssenter.");
		body.put("inGuidanceScheme", true);
		return body;
	}

}
