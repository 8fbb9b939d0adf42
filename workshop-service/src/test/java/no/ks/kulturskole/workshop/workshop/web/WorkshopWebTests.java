package no.ks.kulturskole.workshop.workshop.web;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import no.ks.kulturskole.contracts.workshop.SessionDetails;
import no.ks.kulturskole.contracts.workshop.WorkshopFormat;
import no.ks.kulturskole.contracts.workshop.WorkshopScheduled;
import no.ks.kulturskole.support.outbox.OutboxEntries;
import no.ks.kulturskole.support.problem.ProblemDetailsAdvice;
import no.ks.kulturskole.testsupport.TestInfrastructure;
import no.ks.kulturskole.workshop.workshop.WorkshopRequests;
import no.ks.kulturskole.workshop.workshop.application.WorkshopRepository;
import no.ks.kulturskole.workshop.workshop.model.DelegationSize;
import no.ks.kulturskole.workshop.workshop.model.Format;
import no.ks.kulturskole.workshop.workshop.model.Session;
import no.ks.kulturskole.workshop.workshop.model.Workshop;
import no.ks.kulturskole.workshop.workshop.model.WorkshopStatus;
import no.ks.kulturskole.workshop.workshop.infrastructure.ReferenceDataConfiguration;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

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

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The HTTP surface: problem answers that name fields, times in Oslo, and public answers
 * without meeting links. No Kafka here; the workshops are kept in the embedded MongoDB
 * server, not in a stand-in.
 */
@WebMvcTest(includeFilters = @ComponentScan.Filter(type = FilterType.ANNOTATION,
		classes = { Service.class, Repository.class }))
// the web layer only: who may call is WorkshopSecurityTests' business, on the whole
// application
@AutoConfigureMockMvc(addFilters = false)
@ImportAutoConfiguration({ MongoAutoConfiguration.class, DataMongoAutoConfiguration.class })
@Import({ OutboxEntries.class, ProblemDetailsAdvice.class, ReferenceDataConfiguration.class })
class WorkshopWebTests {

	@DynamicPropertySource
	static void mongo(DynamicPropertyRegistry registry) {
		registry.add("spring.mongodb.uri", () -> TestInfrastructure.mongoUri() + "/web-" + UUID.randomUUID());
	}

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JsonMapper json;

	@Autowired
	WorkshopRepository workshops;

	@Test
	void schedulingAnswersCreatedWithTheWorkshopAndWhereToFindIt() {
		MvcTestResult result = post(WorkshopRequests.online("Verksted om samarbeid"));

		assertThat(result).hasStatus(HttpStatus.CREATED).hasContentTypeCompatibleWith(MediaType.APPLICATION_JSON);
		String id = idOf(result);
		assertThat(result).hasHeader("Location", "/api/workshops/" + id);
		assertThat(result).bodyJson().extractingPath("$.status").isEqualTo("SCHEDULED");
		assertThat(result).bodyJson().extractingPath("$.language").isEqualTo("nb");
		assertThat(result).bodyJson().extractingPath("$.sessions[0].sessionId").asString().isNotBlank();
		assertThat(this.mvc.get().uri("/api/workshops/{id}", id)).hasStatusOk()
			.bodyJson()
			.extractingPath("$.title")
			.isEqualTo("Verksted om samarbeid");
	}

	@Test
	void aWorkshopWithoutTitleOrSessionsIsRefusedNamingBothFields() {
		Map<String, Object> request = WorkshopRequests.online(" ");
		request.put("sessions", List.of());

		MvcTestResult result = post(request);

		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(result).bodyJson()
			.extractingPath("$.errors[*].field")
			.asArray()
			.containsExactlyInAnyOrder("title", "sessions");
		assertThat(result).bodyJson()
			.extractingPath("$.errors[*].message")
			.asArray()
			.contains("Tittel må fylles ut.", "Verkstedet må ha minst én økt.");
	}

	@Test
	void aSessionFieldIsNamedWithItsIndex() {
		Map<String, Object> request = WorkshopRequests.online("Verksted");
		WorkshopRequests.firstSession(request).put("capacity", 0);

		MvcTestResult result = post(request);

		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(result).bodyJson()
			.extractingPath("$.errors[*].field")
			.asArray()
			.containsExactly("sessions[0].capacity");
	}

	@Test
	void aBrokenProgrammeRuleIsRefusedNamingTheField() {
		Map<String, Object> request = WorkshopRequests.online("Verksted");
		request.put("registrationDeadline", WorkshopRequests.YEAR + "-03-10T10:00");

		MvcTestResult result = post(request);

		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(result).bodyJson()
			.extractingPath("$.type")
			.isEqualTo("https://kulturskole.ks.no/problemer/deadline-not-before-start");
		assertThat(result).bodyJson().extractingPath("$.errors[0].field").isEqualTo("registrationDeadline");
		assertThat(result).bodyJson()
			.extractingPath("$.errors[0].message")
			.isEqualTo("Påmeldingsfristen må være før første økt starter.");
	}

	@Test
	void aTimeThatCannotBeReadIsRefusedNamingTheField() {
		Map<String, Object> request = WorkshopRequests.online("Verksted");
		WorkshopRequests.firstSession(request).put("startsAt", "10. mars kl. 9");

		MvcTestResult result = post(request);

		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(result).bodyJson().extractingPath("$.errors[0].field").isEqualTo("sessions[0].startsAt");
	}

	@Test
	void anUnknownFormatIsRefusedNamingTheField() {
		Map<String, Object> request = WorkshopRequests.online("Verksted");
		request.put("format", "HYBRID");

		MvcTestResult result = post(request);

		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(result).bodyJson().extractingPath("$.errors[0].field").isEqualTo("format");
	}

	@Test
	void localTimesAreReadAsOsloTimeAndTimesWithAnOffsetAsGiven() {
		Map<String, Object> request = WorkshopRequests.online("Verksted med to økter");
		List<Map<String, Object>> sessions = List.of(WorkshopRequests.session("03-10T09:00", "03-10T11:30", 60),
				WorkshopRequests.session("03-10T12:30+01:00", "03-10T14:00:00Z", 60));
		request.put("sessions", sessions);

		MvcTestResult result = post(request);

		assertThat(result).hasStatus(HttpStatus.CREATED);
		int year = WorkshopRequests.YEAR;
		assertThat(result).bodyJson().extractingPath("$.timeZone").isEqualTo("Europe/Oslo");
		assertThat(result).bodyJson().extractingPath("$.registrationDeadline").isEqualTo(year + "-03-01T22:59:00Z");
		assertThat(result).bodyJson().extractingPath("$.sessions[0].startsAt").isEqualTo(year + "-03-10T08:00:00Z");
		assertThat(result).bodyJson()
			.extractingPath("$.sessions[0].startsAtLocal")
			.asString()
			.startsWith(year + "-03-10T09:00");
		assertThat(result).bodyJson().extractingPath("$.sessions[1].startsAt").isEqualTo(year + "-03-10T11:30:00Z");
		assertThat(result).bodyJson()
			.extractingPath("$.sessions[1].endsAtLocal")
			.asString()
			.startsWith(year + "-03-10T15:00");
	}

	@Test
	void publicAnswersNeverCarryMeetingLinksWhileStaffSeeThem() {
		Map<String, Object> request = WorkshopRequests.online("Verksted med hemmelig lenke");
		WorkshopRequests.firstSession(request).put("meetingUrl", "https://møte.example.no/bare-for-deltakere");
		String id = idOf(post(request));

		MvcTestResult publicOne = this.mvc.get().uri("/api/public/workshops/{id}", id).exchange();
		MvcTestResult publicList = this.mvc.get().uri("/api/public/workshops").exchange();
		MvcTestResult staffOne = this.mvc.get().uri("/api/workshops/{id}", id).exchange();

		assertThat(publicOne).hasStatusOk().bodyJson().extractingPath("$.id").isEqualTo(id);
		assertThat(publicList).hasStatusOk().bodyJson().extractingPath("$[*].id").asArray().contains(id);
		for (MvcTestResult publicAnswer : List.of(publicOne, publicList)) {
			assertThat(new String(publicAnswer.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8))
				.doesNotContain("meetingUrl")
				.doesNotContain("møte.example.no")
				.doesNotContain("scheduledAt")
				.doesNotContain("status");
		}
		assertThat(staffOne).hasStatusOk()
			.bodyJson()
			.extractingPath("$.sessions[0].meetingUrl")
			.isEqualTo("https://møte.example.no/bare-for-deltakere");
		assertThat(staffOne).bodyJson().extractingPath("$.meetingUrl").isEqualTo(WorkshopRequests.MEETING_URL);
	}

	@Test
	void thePublicListShowsWorkshopsStillOpenForRegistrationSoonestFirst() {
		Map<String, Object> later = WorkshopRequests.online("Senere verksted");
		later.put("sessions", List.of(WorkshopRequests.session("03-20T09:00", "03-20T11:30", 60)));
		String laterId = idOf(post(later));
		String soonerId = idOf(post(WorkshopRequests.online("Tidligere verksted")));
		String closedId = storeWorkshopWhoseDeadlineHasPassed();

		MvcTestResult list = this.mvc.get().uri("/api/public/workshops").exchange();

		assertThat(list).hasStatusOk();
		assertThat(list).bodyJson()
			.extractingPath("$[*].id")
			.asArray()
			.filteredOn(id -> List.of(laterId, soonerId, closedId).contains(id))
			.containsExactly(soonerId, laterId);
		assertThat(this.mvc.get().uri("/api/public/workshops/{id}", closedId)).hasStatusOk()
			.bodyJson()
			.extractingPath("$.registrationOpen")
			.isEqualTo(false);
		assertThat(this.mvc.get().uri("/api/public/workshops/{id}", soonerId)).bodyJson()
			.extractingPath("$.registrationOpen")
			.isEqualTo(true);
	}

	@Test
	void organisersTargetGroupAndPriceAreShownToStaffAndToThePublic() {
		Map<String, Object> request = WorkshopRequests.online("Verksted med egen arrangør");
		request.put("organisers", List.of("Norsk kulturskoleråd, Vestland", "Bergen kommune"));
		request.put("free", false);
		String id = idOf(post(request));

		for (String path : List.of("/api/workshops/{id}", "/api/public/workshops/{id}")) {
			MvcTestResult answer = this.mvc.get().uri(path, id).exchange();
			assertThat(answer).hasStatusOk()
				.bodyJson()
				.extractingPath("$.organisers")
				.asArray()
				.containsExactly("Norsk kulturskoleråd, Vestland", "Bergen kommune");
			assertThat(answer).bodyJson().extractingPath("$.targetGroup").isEqualTo(WorkshopRequests.TARGET_GROUP);
			assertThat(answer).bodyJson().extractingPath("$.free").isEqualTo(false);
		}
		assertThat(this.mvc.get().uri("/api/public/workshops")).hasStatusOk()
			.bodyJson()
			.extractingPath("$[?(@.id == '" + id + "')].organisers[0]")
			.asArray()
			.containsExactly("Norsk kulturskoleråd, Vestland");
	}

	@Test
	void aWorkshopSentWithoutOrganisersOrPriceIsTheProgrammesOwnAndFree() {
		Map<String, Object> request = WorkshopRequests.online("Verksted uten arrangør");
		request.remove("organisers");
		request.remove("targetGroup");
		request.remove("free");

		MvcTestResult result = post(request);

		assertThat(result).hasStatus(HttpStatus.CREATED);
		assertThat(result).bodyJson()
			.extractingPath("$.organisers")
			.asArray()
			.containsExactly("KS", "Norsk kulturskoleråd");
		assertThat(result).bodyJson().extractingPath("$.free").isEqualTo(true);
		assertThat(result).bodyJson().extractingPath("$.targetGroup").isNull();
	}

	@Test
	void theDocumentedPublicExampleHasExactlyTheFieldsOfAPublicAnswer() {
		String id = idOf(post(WorkshopRequests.online("Verksted som eksempel")));
		JsonNode answer = this.json.readTree(
				this.mvc.get().uri("/api/public/workshops/{id}", id).exchange().getResponse().getContentAsByteArray());
		JsonNode example = this.json.readTree(PublicWorkshopController.EXAMPLE);

		assertThat(example.propertyNames()).containsExactlyInAnyOrderElementsOf(answer.propertyNames());
		assertThat(example.get("sessions").get(0).propertyNames())
			.containsExactlyInAnyOrderElementsOf(answer.get("sessions").get(0).propertyNames());
	}

	@Test
	void anEmptyListOfOrganisersIsRefusedNamingTheField() {
		Map<String, Object> request = WorkshopRequests.online("Verksted");
		request.put("organisers", List.of());

		assertRefusedNaming(post(request), "organisers", "organiser-required");
	}

	@Test
	void aBlankOrganiserIsRefusedNamingItsPlaceInTheList() {
		Map<String, Object> request = WorkshopRequests.online("Verksted");
		request.put("organisers", List.of("KS", " "));

		assertRefusedNaming(post(request), "organisers[1]", "organiser-blank");
	}

	@Test
	void anOrganiserNameTooLongIsRefusedNamingItsPlaceInTheList() {
		Map<String, Object> request = WorkshopRequests.online("Verksted");
		request.put("organisers", List.of("O".repeat(101)));

		assertRefusedNaming(post(request), "organisers[0]", "invalid-fields");
	}

	@Test
	void aTargetGroupTooLongIsRefusedNamingTheField() {
		Map<String, Object> request = WorkshopRequests.online("Verksted");
		request.put("targetGroup", "m".repeat(1001));

		assertRefusedNaming(post(request), "targetGroup", "invalid-fields");
	}

	@Test
	void aPriceThatIsNeitherTrueNorFalseIsRefusedNamingTheField() {
		Map<String, Object> request = WorkshopRequests.online("Verksted");
		request.put("free", "gratis");

		assertRefusedNaming(post(request), "free", "unreadable-body");
	}

	@Test
	void anUnknownWorkshopIsNotFoundForStaffAndPublic() {
		for (String path : List.of("/api/workshops/{id}", "/api/public/workshops/{id}")) {
			assertThat(this.mvc.get().uri(path, UUID.randomUUID())).hasStatus(HttpStatus.NOT_FOUND)
				.hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
				.bodyJson()
				.extractingPath("$.errors[0].field")
				.isEqualTo("id");
		}
	}

	/** A 400 problem that names exactly this field, for this rule, and stores nothing. */
	private void assertRefusedNaming(MvcTestResult result, String field, String rule) {
		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(result).bodyJson().extractingPath("$.type").isEqualTo("https://kulturskole.ks.no/problemer/" + rule);
		assertThat(result).bodyJson().extractingPath("$.errors[*].field").asArray().containsExactly(field);
		assertThat(result).bodyJson().extractingPath("$.errors[0].message").asString().isNotBlank();
		assertThat(this.workshops.findAll()).extracting(Workshop::title).doesNotContain("Verksted");
	}

	private MvcTestResult post(Map<String, Object> request) {
		return this.mvc.post()
			.uri("/api/workshops")
			.contentType(MediaType.APPLICATION_JSON)
			.content(this.json.writeValueAsString(request))
			.exchange();
	}

	private String idOf(MvcTestResult created) {
		assertThat(created).hasStatus(HttpStatus.CREATED);
		return this.json.readTree(created.getResponse().getContentAsByteArray()).get("id").asString();
	}

	/**
	 * The API refuses a deadline in the past, so this one is stored as if it had been
	 * scheduled a while ago.
	 */
	private String storeWorkshopWhoseDeadlineHasPassed() {
		String id = UUID.randomUUID().toString();
		Instant deadline = Instant.now().minus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MILLIS);
		Instant starts = deadline.plus(2, ChronoUnit.DAYS);
		Session session = new Session("s-1", starts, starts.plus(2, ChronoUnit.HOURS), 60, null);
		Workshop workshop = new Workshop(id, WorkshopStatus.SCHEDULED, "Verksted med passert frist", null, null,
				new Format.Online(WorkshopRequests.MEETING_URL), "nb", deadline, new DelegationSize(2, null), false,
				List.of(session), deadline.minus(30, ChronoUnit.DAYS));
		this.workshops.add(workshop, new WorkshopScheduled(UUID.randomUUID(), id, workshop.scheduledAt(), 1,
				workshop.title(), null, null, WorkshopFormat.ONLINE, null, "nb", deadline, 2, null, false,
				List.of(new SessionDetails("s-1", starts, session.endsAt(), 60, WorkshopRequests.MEETING_URL))));
		return id;
	}

}
