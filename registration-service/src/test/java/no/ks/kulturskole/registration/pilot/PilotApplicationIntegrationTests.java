package no.ks.kulturskole.registration.pilot;

import no.ks.kulturskole.testsupport.EventSchemas;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import no.ks.kulturskole.contracts.Topics;
import no.ks.kulturskole.contracts.registration.PilotApplicationDeclined;
import no.ks.kulturskole.contracts.registration.PilotMunicipalitySelected;
import no.ks.kulturskole.contracts.registration.RegistrationEvent;
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

		List<TopicProbe.PublishedRecord> published = awaitPublishedFor(applicationId, 2);
		assertThat(published).extracting(TopicProbe.PublishedRecord::type)
			.containsExactly("PilotApplicationSubmitted", "PilotMunicipalitySelected");
		assertThat(this.json.readValue(published.get(1).value(), RegistrationEvent.class)).isInstanceOfSatisfying(
				PilotMunicipalitySelected.class, event -> assertThat(event.organisationNumber()).isEqualTo("1108"));
	}

	@Test
	void decliningAnApplicationPublishesTheDeclineWithItsReason() {
		String applicationId = body(post("/api/public/pilot-applications", "application/json",
				this.json.writeValueAsString(application("3419")), Map.of()))
			.get("applicationId")
			.asString();

		HttpResponse<String> declined = post("/api/pilot-applications/" + applicationId + "/decision",
				"application/json", "{\"decision\":\"DECLINED\",\"reason\":\"Mange gode søkere fra Innlandet\"}",
				Map.of());

		assertThat(declined.statusCode()).as(declined.body()).isEqualTo(200);
		JsonNode line = lineOf(body(declined), applicationId);
		assertThat(line.get("status").asString()).isEqualTo("DECLINED");
		assertThat(line.get("declineReason").asString()).isEqualTo("Mange gode søkere fra Innlandet");
		List<TopicProbe.PublishedRecord> published = awaitPublishedFor(applicationId, 2);
		assertThat(published).extracting(TopicProbe.PublishedRecord::type)
			.containsExactly("PilotApplicationSubmitted", "PilotApplicationDeclined");
		assertThat(this.json.readValue(published.get(1).value(), RegistrationEvent.class))
			.isInstanceOfSatisfying(PilotApplicationDeclined.class, event -> {
				assertThat(event.applicationId()).isEqualTo(applicationId);
				assertThat(event.organisationNumber()).isEqualTo("3419");
				assertThat(event.reason()).isEqualTo("Mange gode søkere fra Innlandet");
			});
	}

	@Test
	void selectingAnEighthMunicipalityAnswersWithAWarningAboveTheTargetAndTheSpreadOverKsRegionsAndCounties() {
		// the database is shared with the other tests of the service, which may have
		// selected municipalities of their own: this test selects the rest up to eight
		JsonNode before = body(get("/api/pilot-applications")).get("selection");
		int alreadySelected = before.get("selected").asInt();
		assertThat(alreadySelected).as("selected before this test").isLessThan(7);
		List<String[]> candidates = List.of(new String[] { "1505", "KS Møre og Romsdal", "Møre og Romsdal" },
				new String[] { "1520", "KS Møre og Romsdal", "Møre og Romsdal" },
				new String[] { "1815", "KS Nord-Norge", "Nordland - Nordlánnda" },
				new String[] { "5501", "KS Nord-Norge", "Troms - Romsa - Tromssa" },
				new String[] { "3411", "KS Innlandet", "Innlandet" }, new String[] { "4207", "KS Agder", "Agder" },
				new String[] { "5021", "KS Trøndelag", "Trøndelag - Trööndelage" },
				new String[] { "5032", "KS Trøndelag", "Trøndelag - Trööndelage" });
		List<String[]> toSelect = candidates.subList(0, 8 - alreadySelected);

		List<JsonNode> answers = new ArrayList<>();
		for (String[] candidate : toSelect) {
			HttpResponse<String> applied = post("/api/public/pilot-applications", "application/json",
					this.json.writeValueAsString(application(candidate[0])), Map.of());
			assertThat(applied.statusCode()).as(applied.body()).isEqualTo(201);
			HttpResponse<String> selected = post(
					"/api/pilot-applications/" + body(applied).get("applicationId").asString() + "/decision",
					"application/json", "{\"decision\":\"SELECTED\"}", Map.of());
			assertThat(selected.statusCode()).as(selected.body()).isEqualTo(200);
			answers.add(body(selected).get("selection"));
		}

		JsonNode seventh = answers.get(answers.size() - 2);
		JsonNode eighth = answers.get(answers.size() - 1);
		assertThat(seventh.get("selected").asInt()).isEqualTo(7);
		assertThat(seventh.get("aboveTarget").asBoolean()).isFalse();
		assertThat(seventh.path("warning").isNull() || seventh.path("warning").isMissingNode()).isTrue();
		assertThat(eighth.get("selected").asInt()).isEqualTo(8);
		assertThat(eighth.get("aboveTarget").asBoolean()).isTrue();
		assertThat(eighth.get("warning").asString()).isEqualTo("Det er valgt 8 pilotkommuner; målet er 6–7.");
		assertThat(counts(eighth.get("byKsRegion"))).isEqualTo(plus(counts(before.get("byKsRegion")), toSelect, 1));
		assertThat(counts(eighth.get("byCounty"))).isEqualTo(plus(counts(before.get("byCounty")), toSelect, 2));
		assertThat(counts(eighth.get("byKsRegion")).values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(8);
		// staff who open the list later see the same warning
		assertThat(body(get("/api/pilot-applications")).get("selection")).isEqualTo(eighth);
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

	/**
	 * The events of one application, schema-checked: pilot events are keyed by the
	 * application, not by a workshop.
	 */
	private static List<TopicProbe.PublishedRecord> awaitPublishedFor(String applicationId, int count) {
		try (TopicProbe probe = new TopicProbe(TestInfrastructure.kafka().getBrokersAsString(),
				Topics.REGISTRATION_EVENTS)) {
			List<List<TopicProbe.PublishedRecord>> result = new ArrayList<>();
			await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
				List<TopicProbe.PublishedRecord> ofApplication = probe.records()
					.stream()
					.filter(record -> applicationId.equals(record.key()))
					.toList();
				assertThat(ofApplication).hasSizeGreaterThanOrEqualTo(count);
				result.add(ofApplication);
			});
			List<TopicProbe.PublishedRecord> published = result.get(result.size() - 1);
			published.forEach((record) -> EventSchemas.assertMatchesItsSchema(Topics.REGISTRATION_EVENTS, record));
			return published;
		}
	}

	private static Map<String, Integer> counts(JsonNode spread) {
		Map<String, Integer> counts = new TreeMap<>();
		spread.propertyNames().forEach(name -> counts.put(name, spread.get(name).asInt()));
		return counts;
	}

	/** The spread before, with one more for each selected candidate's column. */
	private static Map<String, Integer> plus(Map<String, Integer> before, List<String[]> selected, int column) {
		Map<String, Integer> after = new TreeMap<>(before);
		selected.forEach(candidate -> after.merge(candidate[column], 1, Integer::sum));
		return after;
	}

	/**
	 * A valid application of the municipality, its contact's address made of its number.
	 */
	static Map<String, Object> application(String number) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("municipalityNumber", number);
		body.put("contact", Map.of("name", "Kari Koordinator", "email", "kari@k" + number + ".no"));
		body.put("motivation", "Vi vil gjøre kulturskolen til et ressurssenter.");
		body.put("inGuidanceScheme", true);
		return body;
	}

}
