package no.ks.kulturskole.workshop.workshop.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import no.ks.kulturskole.support.outbox.OutboxEntries;
import no.ks.kulturskole.support.problem.ProblemDetailsAdvice;
import no.ks.kulturskole.testsupport.TestInfrastructure;
import no.ks.kulturskole.workshop.workshop.WorkshopRequests;
import no.ks.kulturskole.workshop.workshop.application.WorkshopRepository;
import no.ks.kulturskole.workshop.workshop.infrastructure.ReferenceDataConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration;
import org.springframework.boot.mongodb.autoconfigure.MongoAutoConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Repository;
import org.springframework.stereotype.Service;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Copying a workshop as the next round of a series (issue 17): a draft with the same
 * content, every time moved, the original left as it was; a shift that cannot be used is
 * refused naming its field, and nothing is stored.
 */
@WebMvcTest(includeFilters = @ComponentScan.Filter(type = FilterType.ANNOTATION,
		classes = { Service.class, Repository.class }))
// the web layer only: who may call is WorkshopSecurityTests' business
@AutoConfigureMockMvc(addFilters = false)
@ImportAutoConfiguration({ MongoAutoConfiguration.class, DataMongoAutoConfiguration.class })
@Import({ OutboxEntries.class, ProblemDetailsAdvice.class, ReferenceDataConfiguration.class })
class WorkshopCopyWebTests {

	private static final int YEAR = WorkshopRequests.YEAR;

	private static final String OWN_LINK = "https://møte.example.no/parallell";

	@DynamicPropertySource
	static void mongo(DynamicPropertyRegistry registry) {
		registry.add("spring.mongodb.uri", () -> TestInfrastructure.mongoUri() + "/copy-" + UUID.randomUUID());
	}

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JsonMapper json;

	@Autowired
	WorkshopRepository workshops;

	@Test
	void aCopyIsADraftWithTheSameContentAndEveryTimeMovedInOsloWallClockTime() {
		JsonNode original = scheduledWithTwoSessionsAndPreparation();
		String id = original.get("id").asString();

		MvcTestResult result = post("/api/workshops/" + id + "/copy", Map.of("shiftDays", 35));

		assertThat(result).hasStatus(HttpStatus.CREATED);
		JsonNode copy = body(result);
		String copyId = copy.get("id").asString();
		assertThat(copyId).isNotEqualTo(id);
		assertThat(result).hasHeader("Location", "/api/workshops/" + copyId);
		assertThat(copy.get("status").asString()).isEqualTo("DRAFT");
		assertThat(copy.get("scheduledAt").isNull()).isTrue();
		assertThat(copy.get("revision").asInt()).isZero();
		for (String same : List.of("title", "description", "programme", "organisers", "targetGroup", "free", "format",
				"venue", "meetingUrl", "language", "minDelegationSize", "maxDelegationSize", "outsideRoleRequired")) {
			assertThat(copy.get(same)).as(same).isEqualTo(original.get(same));
		}
		// 10 March + 35 days is 14 April, after the change to summer time: still 09:00
		assertThat(copy.get("registrationDeadlineLocal").asString()).isEqualTo(YEAR + "-04-05T23:59:00");
		assertThat(copy.get("sessions")).hasSize(2);
		assertThat(copy.get("sessions").get(0).get("startsAtLocal").asString()).isEqualTo(YEAR + "-04-14T09:00:00");
		assertThat(copy.get("sessions").get(0).get("endsAtLocal").asString()).isEqualTo(YEAR + "-04-14T11:30:00");
		assertThat(copy.get("sessions").get(1).get("startsAtLocal").asString()).isEqualTo(YEAR + "-04-14T12:30:00");
		assertThat(copy.get("sessions").get(1).get("capacity").asInt()).isEqualTo(40);
		assertThat(copy.get("sessions").get(1).get("meetingUrl").asString()).isEqualTo(OWN_LINK);
		assertThat(copy.get("sessions").findValuesAsString("sessionId"))
			.doesNotContainAnyElementsOf(original.get("sessions").findValuesAsString("sessionId"));
		JsonNode preparation = copy.get("preparation");
		assertThat(preparation.get("materials")).isEqualTo(original.get("preparation").get("materials"));
		assertThat(preparation.get("reflectionQuestions"))
			.isEqualTo(original.get("preparation").get("reflectionQuestions"));
		assertThat(preparation.get("releaseAtLocal").asString()).isEqualTo(YEAR + "-04-07T09:00:00");
		assertThat(preparation.get("releasedAt").isNull()).isTrue();
		assertThat(get("/api/workshops/" + id)).isEqualTo(original);
		assertThat(get("/api/workshops/" + copyId)).isEqualTo(copy);
		assertThat(this.mvc.get().uri("/api/public/workshops/{id}", copyId)).hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void aCopyCanBeMovedToANewStartOfItsFirstSessionKeepingTheDistancesBetweenTimes() {
		JsonNode original = scheduledWithTwoSessionsAndPreparation();

		JsonNode copy = body(post("/api/workshops/" + original.get("id").asString() + "/copy",
				Map.of("firstSessionStart", YEAR + "-09-16T10:00")));

		assertThat(copy.get("sessions").get(0).get("startsAtLocal").asString()).isEqualTo(YEAR + "-09-16T10:00:00");
		assertThat(copy.get("sessions").get(1).get("startsAtLocal").asString()).isEqualTo(YEAR + "-09-16T13:30:00");
		assertThat(copy.get("registrationDeadlineLocal").asString()).isEqualTo(YEAR + "-09-08T00:59:00");
		assertThat(copy.get("preparation").get("releaseAtLocal").asString()).isEqualTo(YEAR + "-09-09T10:00:00");
	}

	@Test
	void aShiftThatCannotBeUsedIsRefusedNamingItsFieldAndNothingIsStored() {
		String id = scheduledWithTwoSessionsAndPreparation().get("id").asString();
		int stored = this.workshops.findAll().size();

		assertRefused(post("/api/workshops/" + id + "/copy", Map.of()), "shiftDays", "copy-shift-required");
		assertRefused(
				post("/api/workshops/" + id + "/copy",
						Map.of("shiftDays", 7, "firstSessionStart", YEAR + "-09-16T10:00")),
				"firstSessionStart", "copy-shift-ambiguous");
		// the copy's deadline would lie years in the past
		assertRefused(post("/api/workshops/" + id + "/copy", Map.of("shiftDays", -3000)), "shiftDays",
				"copy-deadline-in-past");
		assertRefused(post("/api/workshops/" + id + "/copy", Map.of("firstSessionStart", "2020-01-01T09:00")),
				"firstSessionStart", "copy-deadline-in-past");
		assertThat(post("/api/workshops/" + id + "/copy", Map.of("shiftDays", 100000)))
			.hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.errors[*].field")
			.asArray()
			.containsExactly("shiftDays");
		assertThat(post("/api/workshops/" + id + "/copy", Map.of("shiftDays", "neste uke")))
			.hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.errors[*].field")
			.asArray()
			.containsExactly("shiftDays");
		assertThat(this.workshops.findAll()).hasSize(stored);
	}

	@Test
	void anUnknownWorkshopCannotBeCopied() {
		MvcTestResult result = post("/api/workshops/" + UUID.randomUUID() + "/copy", Map.of("shiftDays", 7));

		assertThat(result).hasStatus(HttpStatus.NOT_FOUND).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
	}

	private JsonNode scheduledWithTwoSessionsAndPreparation() {
		Map<String, Object> request = WorkshopRequests.online("Verksted 1: Kulturskolen og skolen");
		Map<String, Object> parallel = WorkshopRequests.session("03-10T12:30", "03-10T15:00", 40);
		parallel.put("meetingUrl", OWN_LINK);
		@SuppressWarnings("unchecked")
		List<Object> sessions = (List<Object>) request.get("sessions");
		sessions.add(parallel);
		String id = body(post("/api/workshops", request)).get("id").asString();
		return body(put("/api/workshops/" + id + "/preparation",
				Map.of("materials", List.of(Map.of("title", "Innledning", "url", "https://example.no/innledning.pdf")),
						"reflectionQuestions", List.of("Hvordan samarbeider kulturskolen og skolen hos dere?"))));
	}

	private void assertRefused(MvcTestResult result, String field, String rule) {
		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(result).bodyJson().extractingPath("$.type").isEqualTo("https://kulturskole.ks.no/problemer/" + rule);
		assertThat(result).bodyJson().extractingPath("$.errors[*].field").asArray().containsExactly(field);
	}

	private JsonNode get(String uri) {
		return body(this.mvc.get().uri(uri).exchange());
	}

	private MvcTestResult post(String uri, Object body) {
		return this.mvc.post()
			.uri(uri)
			.contentType(MediaType.APPLICATION_JSON)
			.content(this.json.writeValueAsString(body))
			.exchange();
	}

	private MvcTestResult put(String uri, Object body) {
		return this.mvc.put()
			.uri(uri)
			.contentType(MediaType.APPLICATION_JSON)
			.content(this.json.writeValueAsString(body))
			.exchange();
	}

	private JsonNode body(MvcTestResult result) {
		assertThat(result).hasStatus2xxSuccessful();
		return this.json.readTree(result.getResponse().getContentAsByteArray());
	}

}
