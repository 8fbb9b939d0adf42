package no.ks.kulturskole.registration.pilot;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import no.ks.kulturskole.contracts.Topics;
import no.ks.kulturskole.contracts.registration.PilotSelectionClosed;
import no.ks.kulturskole.registration.OnSharedInfrastructure;
import no.ks.kulturskole.registration.pilot.application.PilotApplicationsStore;
import no.ks.kulturskole.registration.pilot.application.PilotSelectionClosing;
import no.ks.kulturskole.registration.pilot.application.PilotSelectionClosureStore;
import no.ks.kulturskole.registration.privacy.application.Erasures;
import no.ks.kulturskole.registration.privacy.application.PilotApplicationRetention;
import no.ks.kulturskole.support.privacy.DataKeys;
import no.ks.kulturskole.testsupport.EventSchemas;
import no.ks.kulturskole.testsupport.MutableClock;
import no.ks.kulturskole.testsupport.TestInfrastructure;
import no.ks.kulturskole.testsupport.TopicProbe;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Staff close the pilot selection (issue 14): the applications freeze, the closing is an
 * event without personal data, and the applications' personal data is erased 90 days
 * later, through the same erasure as on request, with the selection's counts unchanged.
 * The selection is one for the whole database the tests share, so every test here opens
 * it again when done (by removing the closing, which no API does).
 */
class PilotSelectionClosureIntegrationTests extends OnSharedInfrastructure {

	private static final String CLOSURE = "/api/pilot-applications/selection/closure";

	@Autowired
	PilotSelectionClosureStore closures;

	@Autowired
	PilotApplicationsStore applications;

	@Autowired
	Erasures erasures;

	@AfterEach
	void openTheSelectionAgain() {
		this.mongo.remove(Query.query(Criteria.where("_id").is(PilotSelectionClosed.SELECTION)), "pilot_selection");
	}

	@Test
	void closingOnceFreezesTheApplicationsPublishesNothingPersonalAndShowsWhenTheirDataIsErased() {
		String brønnøy = apply("1813");
		String kinn = apply("4602");
		assertThat(decide(brønnøy, "SELECTED").statusCode()).isEqualTo(200);
		assertThat(body(get(CLOSURE)).get("closed").asBoolean()).isFalse();
		assertThat(body(get(CLOSURE)).get("personalDataErasedAt").isNull()).isTrue();

		HttpResponse<String> closed = post(CLOSURE, "application/json", "{\"confirm\":true}", Map.of());
		HttpResponse<String> again = post(CLOSURE, "application/json", "{\"confirm\":true}", Map.of());

		assertThat(closed.statusCode()).as(closed.body()).isEqualTo(200);
		Instant closedAt = Instant.parse(body(closed).get("closedAt").asString());
		assertThat(body(closed).get("personalDataErasedAt").asString())
			.isEqualTo(closedAt.plus(Duration.ofDays(90)).toString());
		assertThat(body(closed).get("selected").asInt()).isGreaterThanOrEqualTo(1);
		assertThat(body(again)).isEqualTo(body(closed));
		assertThat(body(get(CLOSURE))).isEqualTo(body(closed));

		// frozen: no decision, no new application; refused as a conflict naming the field
		HttpResponse<String> late = decide(kinn, "SELECTED");
		assertThat(late.statusCode()).isEqualTo(409);
		assertThat(late.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		assertThat(body(late).get("errors").get(0).get("field").asString()).isEqualTo("decision");
		assertThat(late.body()).contains("pilot-selection-closed");
		HttpResponse<String> lateApplication = post("/api/public/pilot-applications", "application/json",
				this.json.writeValueAsString(PilotApplicationIntegrationTests.application("1811")), Map.of());
		assertThat(lateApplication.statusCode()).isEqualTo(409);
		assertThat(this.applications.findByOrganisation("1811")).isEmpty();
		assertThat(this.applications.find(kinn).orElseThrow().status().name()).isEqualTo("SUBMITTED");

		// one event, without the contacts or the motivation
		try (TopicProbe probe = new TopicProbe(TestInfrastructure.kafka().getBrokersAsString(),
				Topics.REGISTRATION_EVENTS)) {
			await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
				List<TopicProbe.PublishedRecord> published = probe.records()
					.stream()
					.filter((record) -> "PilotSelectionClosed".equals(record.type()))
					.filter((record) -> record.value().contains(closedAt.toString()))
					.toList();
				assertThat(published).singleElement().satisfies((record) -> {
					EventSchemas.assertMatchesItsSchema(Topics.REGISTRATION_EVENTS, record);
					assertThat(record.key()).isEqualTo(PilotSelectionClosed.SELECTION);
					assertThat(record.value()).doesNotContain("Kari", "@k1813.no", "ressurssenter");
				});
			});
		}
	}

	@Test
	void theApplicationsAreErasedNinetyDaysAfterTheClosingNotBeforeAndTheSelectionsCountsStay() {
		String vågan = apply("1865");
		String stad = apply("4649");
		assertThat(decide(vågan, "SELECTED").statusCode()).isEqualTo(200);
		// closed long ago, so that no instant of the movable clock is before it
		Instant closedAt = Instant.now().minus(Duration.ofDays(200)).truncatedTo(ChronoUnit.MILLIS);
		MutableClock clock = new MutableClock(closedAt);
		PilotSelectionClosing closing = new PilotSelectionClosing(this.closures, this.applications, clock,
				Duration.ofDays(90));
		PilotApplicationRetention retention = new PilotApplicationRetention(closing, this.applications, this.erasures,
				clock);
		assertThat(retention.eraseDue()).as("open: nothing due").isZero();
		closing.close();
		JsonNode selectionBefore = body(get("/api/pilot-applications")).get("selection");
		assertThat(body(get(CLOSURE)).get("personalDataErasedAt").asString())
			.isEqualTo(closedAt.plus(Duration.ofDays(90)).toString());

		clock.advance(Duration.ofDays(89));
		assertThat(retention.eraseDue()).isZero();
		assertThat(pilotDocument(vågan).toJson()).contains("kari@k1865.no", "ressurssenter");
		assertThat(this.mongo.findById(vågan, Document.class, DataKeys.COLLECTION)).containsKey("key");

		clock.advance(Duration.ofDays(2));

		assertThat(retention.eraseDue()).isGreaterThanOrEqualTo(2);
		for (String applicationId : List.of(vågan, stad)) {
			assertThat(pilotDocument(applicationId).toJson()).doesNotContain("Kari", "@k1865.no", "@k4649.no",
					"ressurssenter");
			assertThat(this.mongo.findById(applicationId, Document.class, DataKeys.COLLECTION)).doesNotContainKey("key")
				.containsEntry("erased", true);
		}
		JsonNode after = body(get("/api/pilot-applications"));
		assertThat(after.get("selection")).isEqualTo(selectionBefore);
		assertThat(after.get("applications")).anySatisfy((line) -> {
			assertThat(line.get("applicationId").asString()).isEqualTo(vågan);
			assertThat(line.get("status").asString()).isEqualTo("SELECTED");
			assertThat(line.get("organisation").get("number").asString()).isEqualTo("1865");
			assertThat(line.get("contact").get("name").asString()).isEqualTo("slettet");
		});
		// once erased, never again
		assertThat(retention.eraseDue()).isZero();
	}

	@Test
	void closingWithoutConfirmingIsRefusedNamingTheFieldAndClosesNothing() {
		HttpResponse<String> unconfirmed = post(CLOSURE, "application/json", "{}", Map.of());
		HttpResponse<String> declined = post(CLOSURE, "application/json", "{\"confirm\":false}", Map.of());
		HttpResponse<String> garbled = post(CLOSURE, "application/json", "{\"confirm\":", Map.of());

		for (HttpResponse<String> refused : List.of(unconfirmed, declined)) {
			assertThat(refused.statusCode()).isEqualTo(400);
			assertThat(refused.headers().firstValue("Content-Type"))
				.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
			assertThat(body(refused).get("errors").get(0).get("field").asString()).isEqualTo("confirm");
		}
		assertThat(garbled.statusCode()).isEqualTo(400);
		assertThat(this.closures.find()).isEmpty();
		assertThat(body(get(CLOSURE)).get("closed").asBoolean()).isFalse();
	}

	private String apply(String municipalityNumber) {
		HttpResponse<String> applied = post("/api/public/pilot-applications", "application/json",
				this.json.writeValueAsString(PilotApplicationIntegrationTests.application(municipalityNumber)),
				Map.of());
		assertThat(applied.statusCode()).as(applied.body()).isIn(200, 201);
		return body(applied).get("applicationId").asString();
	}

	private HttpResponse<String> decide(String applicationId, String decision) {
		return post("/api/pilot-applications/" + applicationId + "/decision", "application/json",
				"{\"decision\":\"" + decision + "\"}", Map.of());
	}

	private Document pilotDocument(String applicationId) {
		return this.mongo.findById(applicationId, Document.class, "pilot_applications");
	}

}
