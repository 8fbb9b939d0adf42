package no.ks.kulturskole.workshop.workshop.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import no.ks.kulturskole.support.outbox.OutboxEntries;
import no.ks.kulturskole.support.problem.ProblemDetailsAdvice;
import no.ks.kulturskole.testsupport.TestInfrastructure;
import no.ks.kulturskole.workshop.workshop.WorkshopRequests;
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
 * Staff changes over HTTP: refusals are problem+json naming the field and the rule, a
 * change that clashes with the workshop's state is a conflict, and unknown things are not
 * found.
 */
@WebMvcTest(includeFilters = @ComponentScan.Filter(type = FilterType.ANNOTATION,
		classes = { Service.class, Repository.class }))
// the web layer only: who may call is WorkshopSecurityTests' business, on the whole
// application
@AutoConfigureMockMvc(addFilters = false)
@ImportAutoConfiguration({ MongoAutoConfiguration.class, DataMongoAutoConfiguration.class })
@Import({ OutboxEntries.class, ProblemDetailsAdvice.class, ReferenceDataConfiguration.class })
class WorkshopChangesWebTests {

	private static final int YEAR = WorkshopRequests.YEAR;

	@DynamicPropertySource
	static void mongo(DynamicPropertyRegistry registry) {
		registry.add("spring.mongodb.uri", () -> TestInfrastructure.mongoUri() + "/web-" + UUID.randomUUID());
	}

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JsonMapper json;

	@Test
	void aRescheduleThatPutsTheDeadlineAfterTheStartIsRefusedNamingTheDeadline() {
		String id = idOf(post("/api/workshops", WorkshopRequests.online("Verksted")));

		MvcTestResult result = post("/api/workshops/" + id + "/reschedule",
				Map.of("registrationDeadline", YEAR + "-03-11T09:00"));

		assertProblem(result, HttpStatus.BAD_REQUEST, "registrationDeadline");
		assertThat(result).bodyJson().extractingPath("$.errors[0].message").asString().contains("før første økt");
	}

	@Test
	void aNewDeadlineAfterRegistrationClosedIsRefusedNamingTheDeadlineWhileTheSessionsMayStillMove() {
		JsonNode workshop = body(post("/api/workshops", WorkshopRequests.online("Verksted")));
		String id = workshop.get("id").asString();
		String sessionId = workshop.get("sessions").get(0).get("sessionId").asString();
		assertThat(post("/api/workshops/" + id + "/close-registration", null)).hasStatusOk();

		MvcTestResult newDeadline = post("/api/workshops/" + id + "/reschedule",
				Map.of("registrationDeadline", YEAR + "-03-05T23:59"));
		MvcTestResult newTimes = post("/api/workshops/" + id + "/reschedule", Map.of("sessions", List
			.of(Map.of("sessionId", sessionId, "startsAt", YEAR + "-03-12T09:00", "endsAt", YEAR + "-03-12T11:30"))));

		assertProblem(newDeadline, HttpStatus.CONFLICT, "registrationDeadline");
		assertThat(newTimes).hasStatusOk().bodyJson().extractingPath("$.revision").isEqualTo(1);
		assertThat(newTimes).bodyJson().extractingPath("$.status").isEqualTo("REGISTRATION_CLOSED");
	}

	@Test
	void aDraftsOrganisersTargetGroupAndPriceCanBeChangedButNotEmptied() {
		Map<String, Object> draft = WorkshopRequests.online("Utkast");
		draft.put("draft", true);
		String id = idOf(post("/api/workshops", draft));
		Map<String, Object> revised = WorkshopRequests.online("Utkast");
		revised.put("organisers", List.of("Norsk kulturskoleråd"));
		revised.remove("targetGroup");
		revised.put("free", false);

		assertProblem(put("/api/workshops/" + id, Map.of()), HttpStatus.BAD_REQUEST, "title");
		Map<String, Object> emptied = WorkshopRequests.online("Utkast");
		emptied.put("organisers", List.of());
		assertProblem(put("/api/workshops/" + id, emptied), HttpStatus.BAD_REQUEST, "organisers");
		MvcTestResult result = put("/api/workshops/" + id, revised);

		assertThat(result).hasStatusOk()
			.bodyJson()
			.extractingPath("$.organisers")
			.asArray()
			.containsExactly("Norsk kulturskoleråd");
		assertThat(result).bodyJson().extractingPath("$.targetGroup").isNull();
		assertThat(result).bodyJson().extractingPath("$.free").isEqualTo(false);
		assertThat(result).bodyJson().extractingPath("$.status").isEqualTo("DRAFT");
	}

	@Test
	void anOverflowSessionThatEndsBeforeItStartsIsRefusedNamingTheEnd() {
		String id = idOf(post("/api/workshops", WorkshopRequests.online("Verksted")));

		MvcTestResult result = post("/api/workshops/" + id + "/sessions",
				WorkshopRequests.session("03-10T15:00", "03-10T12:30", 40));

		assertProblem(result, HttpStatus.BAD_REQUEST, "endsAt");
	}

	@Test
	void anOverflowSessionIsAddedAndItsWorkshopReturned() {
		String id = idOf(post("/api/workshops", WorkshopRequests.online("Verksted")));

		MvcTestResult result = post("/api/workshops/" + id + "/sessions",
				WorkshopRequests.session("03-10T12:30", "03-10T15:00", 40));

		assertThat(result).hasStatus(HttpStatus.CREATED);
		assertThat(result).bodyJson().extractingPath("$.sessions[1].startsAtLocal").isEqualTo(YEAR + "-03-10T12:30:00");
		assertThat(result).bodyJson().extractingPath("$.sessions[1].capacity").isEqualTo(40);
	}

	@Test
	void aCapacityBelowOneDelegationIsRefusedAndAnUnknownSessionIsNotFound() {
		JsonNode workshop = body(post("/api/workshops", WorkshopRequests.online("Verksted")));
		String id = workshop.get("id").asString();
		String sessionId = workshop.get("sessions").get(0).get("sessionId").asString();

		assertProblem(patch("/api/workshops/" + id + "/sessions/" + sessionId, Map.of("capacity", 1)),
				HttpStatus.BAD_REQUEST, "capacity");
		assertProblem(patch("/api/workshops/" + id + "/sessions/" + sessionId, Map.of("capacity", 0)),
				HttpStatus.BAD_REQUEST, "capacity");
		assertProblem(patch("/api/workshops/" + id + "/sessions/ukjent", Map.of("capacity", 80)), HttpStatus.NOT_FOUND,
				"sessionId");
		assertThat(patch("/api/workshops/" + id + "/sessions/" + sessionId, Map.of("capacity", 80))).hasStatusOk()
			.bodyJson()
			.extractingPath("$.sessions[0].capacity")
			.isEqualTo(80);
	}

	@Test
	void aCancellationNeedsAReasonAndACancelledWorkshopCannotBeClosedOrCancelledAgain() {
		String id = idOf(post("/api/workshops", WorkshopRequests.online("Verksted")));

		assertProblem(post("/api/workshops/" + id + "/cancel", Map.of("reason", " ")), HttpStatus.BAD_REQUEST,
				"reason");
		assertThat(post("/api/workshops/" + id + "/cancel", Map.of("reason", "Sykdom"))).hasStatusOk()
			.bodyJson()
			.extractingPath("$.cancellationReason")
			.isEqualTo("Sykdom");
		assertProblem(post("/api/workshops/" + id + "/cancel", Map.of("reason", "Igjen")), HttpStatus.CONFLICT,
				"status");
		assertProblem(post("/api/workshops/" + id + "/close-registration", null), HttpStatus.CONFLICT, "status");
	}

	@Test
	void materialWithoutLinkIsRefusedNamingItAndValidMaterialGetsTheDefaultReleaseTime() {
		String id = idOf(post("/api/workshops", WorkshopRequests.online("Verksted")));

		assertProblem(
				put("/api/workshops/" + id + "/preparation",
						Map.of("materials", List.of(Map.of("title", "Innledning", "url", "")))),
				HttpStatus.BAD_REQUEST, "materials[0].url");
		MvcTestResult prepared = put("/api/workshops/" + id + "/preparation",
				Map.of("reflectionQuestions", List.of("Hva betyr kulturskolen for kommunen?")));
		assertThat(prepared).hasStatusOk()
			.bodyJson()
			.extractingPath("$.preparation.releaseAtLocal")
			.isEqualTo(YEAR + "-03-03T09:00:00");
	}

	@Test
	void aPublishedWorkshopCannotBeRevisedAsADraftAndAnUnknownOneIsNotFound() {
		String id = idOf(post("/api/workshops", WorkshopRequests.online("Verksted")));

		assertProblem(put("/api/workshops/" + id, WorkshopRequests.online("Nytt navn")), HttpStatus.CONFLICT, "status");
		assertProblem(post("/api/workshops/" + UUID.randomUUID() + "/schedule", null), HttpStatus.NOT_FOUND, "id");
	}

	@Test
	void aPublishedWorkshopGetsNewDetailsWhileTheNewLinkStaysOffThePublicPage() {
		String id = idOf(post("/api/workshops", WorkshopRequests.online("Verksted")));
		String newLink = "https://meet.example.no/ny-lenke-" + UUID.randomUUID();

		MvcTestResult result = patch("/api/workshops/" + id + "/details",
				Map.of("title", "Nytt navn", "targetGroup", "", "free", false, "meetingUrl", newLink));

		assertThat(result).hasStatusOk().bodyJson().extractingPath("$.title").isEqualTo("Nytt navn");
		assertThat(result).bodyJson().extractingPath("$.targetGroup").isNull();
		assertThat(result).bodyJson().extractingPath("$.free").isEqualTo(false);
		assertThat(result).bodyJson().extractingPath("$.meetingUrl").isEqualTo(newLink);
		assertThat(result).bodyJson().extractingPath("$.description").isNotNull();
		MvcTestResult publicView = this.mvc.get().uri("/api/public/workshops/" + id).exchange();
		assertThat(publicView).hasStatusOk().bodyJson().extractingPath("$.title").isEqualTo("Nytt navn");
		assertThat(publicView).bodyText().doesNotContain(newLink);
	}

	@Test
	void invalidDetailsAreRefusedNamingTheFieldAndChangeNothing() {
		String id = idOf(post("/api/workshops", WorkshopRequests.online("Verksted")));
		String details = "/api/workshops/" + id + "/details";

		assertProblem(patch(details, Map.of("title", " ")), HttpStatus.BAD_REQUEST, "title");
		assertProblem(patch(details, Map.of("title", "x".repeat(201))), HttpStatus.BAD_REQUEST, "title");
		assertProblem(patch(details, Map.of("organisers", List.of())), HttpStatus.BAD_REQUEST, "organisers");
		assertProblem(patch(details, Map.of("meetingUrl", "møterom 3")), HttpStatus.BAD_REQUEST, "meetingUrl");
		assertProblem(patch(details, Map.of("format", "VENUE")), HttpStatus.BAD_REQUEST, "venue");
		assertProblem(patch(details, Map.of("format", "HYBRID")), HttpStatus.BAD_REQUEST, "format");
		assertProblem(patch(details, Map.of("language", "norsk!")), HttpStatus.BAD_REQUEST, "language");

		assertThat(this.mvc.get().uri("/api/workshops/" + id).exchange()).hasStatusOk()
			.bodyJson()
			.extractingPath("$.title")
			.isEqualTo("Verksted");
	}

	@Test
	void theDeadlineAndTheDelegationRulesAreRefusedAsDetailsNamingTheField() {
		String details = "/api/workshops/" + idOf(post("/api/workshops", WorkshopRequests.online("Verksted")))
				+ "/details";

		for (String field : List.of("registrationDeadline", "minDelegationSize", "maxDelegationSize",
				"outsideRoleRequired")) {
			MvcTestResult refused = patch(details, Map.of("title", "Nytt navn", field, 4));

			assertProblem(refused, HttpStatus.BAD_REQUEST, field);
		}
	}

	@Test
	void aCancelledWorkshopsDetailsAreAConflictAndAnUnknownWorkshopIsNotFound() {
		String id = idOf(post("/api/workshops", WorkshopRequests.online("Verksted")));
		assertThat(post("/api/workshops/" + id + "/cancel", Map.of("reason", "Sykdom"))).hasStatusOk();

		assertProblem(patch("/api/workshops/" + id + "/details", Map.of("title", "Nytt navn")), HttpStatus.CONFLICT,
				"status");
		assertProblem(patch("/api/workshops/" + UUID.randomUUID() + "/details", Map.of("title", "Nytt navn")),
				HttpStatus.NOT_FOUND, "id");
	}

	private void assertProblem(MvcTestResult result, HttpStatus status, String field) {
		assertThat(result).hasStatus(status).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(result).bodyJson().extractingPath("$.errors[*].field").asArray().contains(field);
	}

	private MvcTestResult post(String uri, Object body) {
		var request = this.mvc.post().uri(uri);
		return (body != null)
				? request.contentType(MediaType.APPLICATION_JSON).content(this.json.writeValueAsString(body)).exchange()
				: request.exchange();
	}

	private MvcTestResult put(String uri, Object body) {
		return this.mvc.put()
			.uri(uri)
			.contentType(MediaType.APPLICATION_JSON)
			.content(this.json.writeValueAsString(body))
			.exchange();
	}

	private MvcTestResult patch(String uri, Object body) {
		return this.mvc.patch()
			.uri(uri)
			.contentType(MediaType.APPLICATION_JSON)
			.content(this.json.writeValueAsString(body))
			.exchange();
	}

	private JsonNode body(MvcTestResult result) {
		assertThat(result).hasStatus2xxSuccessful();
		return this.json.readTree(result.getResponse().getContentAsByteArray());
	}

	private String idOf(MvcTestResult created) {
		return body(created).get("id").asString();
	}

}
