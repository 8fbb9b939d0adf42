package no.ks.kulturskole.workshop.workshop;

import no.ks.kulturskole.testsupport.EventSchemas;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import no.ks.kulturskole.contracts.Topics;
import no.ks.kulturskole.contracts.registration.SeatStatus;
import no.ks.kulturskole.contracts.workshop.MaterialsPublished;
import no.ks.kulturskole.contracts.workshop.RegistrationClosed;
import no.ks.kulturskole.contracts.workshop.SessionAdded;
import no.ks.kulturskole.contracts.workshop.SessionChanged;
import no.ks.kulturskole.contracts.workshop.SessionDetails;
import no.ks.kulturskole.contracts.workshop.WorkshopFormat;
import no.ks.kulturskole.contracts.workshop.WorkshopCancelled;
import no.ks.kulturskole.contracts.workshop.WorkshopDetailsChanged;
import no.ks.kulturskole.contracts.workshop.WorkshopEvent;
import no.ks.kulturskole.contracts.workshop.WorkshopInvitationsChanged;
import no.ks.kulturskole.contracts.workshop.RegistrationQuestion;
import no.ks.kulturskole.contracts.workshop.WorkshopQuestionsChanged;
import no.ks.kulturskole.contracts.workshop.WorkshopRescheduled;
import no.ks.kulturskole.testsupport.CallerTokens;
import no.ks.kulturskole.testsupport.TestInfrastructure;
import no.ks.kulturskole.testsupport.TopicProbe;
import no.ks.kulturskole.testsupport.TopicProbe.PublishedRecord;
import no.ks.kulturskole.workshop.ControllableClock;
import no.ks.kulturskole.workshop.workshop.application.SeatCount;
import no.ks.kulturskole.workshop.workshop.application.WorkshopTimetable;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.client.EntityExchangeResult;
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A workshop's whole life through the staff API, with time moved by the test: every
 * change is announced on workshop.events once, in order, with a payload valid against its
 * published schema.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "workshop.timetable.interval=PT1H")
@AutoConfigureRestTestClient
@Import(ControllableClock.class)
class WorkshopLifecycleIntegrationTests {

	private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

	private static final int YEAR = WorkshopRequests.YEAR;

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		TestInfrastructure.registerKafkaAndMongo(registry);
		CallerTokens.trustedBy(registry);
	}

	@Autowired
	RestTestClient http;

	/**
	 * These tests are about workshops, not about who may change them: every call is an
	 * administrator's, as the gateway would relay it (WorkshopSecurityTests is about
	 * who).
	 */
	@BeforeEach
	void signedInAsAdministrator() {
		this.http = this.http.mutate().defaultHeader("Authorization", CallerTokens.admin("workshop-service")).build();
	}

	@Autowired
	MongoTemplate mongo;

	@Autowired
	JsonMapper json;

	@Autowired
	WorkshopTimetable timetable;

	@Autowired
	SeatCount seats;

	TopicProbe workshopEvents;

	@BeforeEach
	void listen() {
		ControllableClock.CLOCK.set(Instant.now());
		this.workshopEvents = new TopicProbe(TestInfrastructure.kafka().getBrokersAsString(), Topics.WORKSHOP_EVENTS);
	}

	@AfterEach
	void stopListening() {
		this.workshopEvents.close();
	}

	@Test
	void everyChangeInAWorkshopsLifeIsAnnouncedOnceAndInOrder() {
		Map<String, Object> request = WorkshopRequests.online("Kulturskolen i kommunen");
		request.put("sessions", List.of(WorkshopRequests.session("03-10T09:00", "03-10T11:30", 60),
				WorkshopRequests.session("03-10T12:30", "03-10T15:00", 30)));
		JsonNode created = send(HttpMethod.POST, "/api/workshops", request, HttpStatus.CREATED);
		String id = created.get("id").asString();
		String morning = created.get("sessions").get(0).get("sessionId").asString();
		String afternoon = created.get("sessions").get(1).get("sessionId").asString();

		JsonNode moved = send(HttpMethod.POST, "/api/workshops/" + id + "/reschedule",
				Map.of("registrationDeadline", YEAR + "-03-08T23:59", "reason", "Vinterferie", "sessions",
						List.of(Map.of("sessionId", morning, "startsAt", YEAR + "-03-17T09:00", "endsAt",
								YEAR + "-03-17T11:30"),
								Map.of("sessionId", afternoon, "startsAt", YEAR + "-03-17T12:30", "endsAt",
										YEAR + "-03-17T15:00"))),
				HttpStatus.OK);
		assertThat(moved.get("revision").asInt()).isEqualTo(1);
		send(HttpMethod.POST, "/api/workshops/" + id + "/sessions",
				Map.of("startsAt", YEAR + "-03-17T15:30", "endsAt", YEAR + "-03-17T18:00", "capacity", 40),
				HttpStatus.CREATED);
		send(HttpMethod.PATCH, "/api/workshops/" + id + "/sessions/" + morning, Map.of("capacity", 80), HttpStatus.OK);
		JsonNode prepared = send(HttpMethod.PUT, "/api/workshops/" + id + "/preparation",
				Map.of("materials", List.of(Map.of("title", "Innledning", "url", "https://kulturskoleradet.no/a.pdf")),
						"reflectionQuestions", List.of("Hva er kulturskolens rolle i kommunen?")),
				HttpStatus.OK);
		Instant release = oslo(YEAR + "-03-10T09:00");
		assertThat(prepared.get("preparation").get("releaseAt").asString()).isEqualTo(release.toString());
		// the manage page's questions: public, but only once the material is out
		assertThat(get("/api/public/workshops/" + id + "/reflection-questions")).isEmpty();

		// The deadline (8 March) and the release (10 March) have both passed.
		ControllableClock.CLOCK.set(release.plusSeconds(60));
		this.timetable.runDue();
		assertThat(get("/api/public/workshops/" + id + "/reflection-questions")).extracting(JsonNode::asString)
			.containsExactly("Hva er kulturskolens rolle i kommunen?");
		ControllableClock.CLOCK.set(oslo(YEAR + "-03-17T18:00"));
		this.timetable.runDue();

		List<PublishedRecord> announced = relayedRecordsOf(id, 7);
		assertThat(announced).extracting(PublishedRecord::type)
			.containsExactly("WorkshopScheduled", "WorkshopRescheduled", "SessionAdded", "SessionChanged",
					"RegistrationClosed", "MaterialsPublished", "WorkshopCompleted");
		announced.forEach((record) -> EventSchemas.assertMatchesItsSchema(Topics.WORKSHOP_EVENTS, record));
		assertThat(announced).extracting(PublishedRecord::eventId).doesNotHaveDuplicates();
		WorkshopRescheduled rescheduled = (WorkshopRescheduled) event(announced.get(1));
		assertThat(rescheduled.revision()).isEqualTo(1);
		assertThat(rescheduled.reason()).isEqualTo("Vinterferie");
		assertThat(rescheduled.registrationDeadline()).isEqualTo(oslo(YEAR + "-03-08T23:59"));
		assertThat(rescheduled.sessions()).extracting(SessionDetails::startsAt)
			.containsExactly(oslo(YEAR + "-03-17T09:00"), oslo(YEAR + "-03-17T12:30"));
		SessionAdded added = (SessionAdded) event(announced.get(2));
		assertThat(added.session().capacity()).isEqualTo(40);
		assertThat(added.session().meetingUrl()).isEqualTo(WorkshopRequests.MEETING_URL);
		SessionChanged changed = (SessionChanged) event(announced.get(3));
		assertThat(changed.sessionId()).isEqualTo(morning);
		assertThat(changed.capacity()).isEqualTo(80);
		assertThat(((RegistrationClosed) event(announced.get(4))).closedBy()).isEqualTo("DEADLINE");
		MaterialsPublished materials = (MaterialsPublished) event(announced.get(5));
		assertThat(materials.releaseAt()).isEqualTo(release);
		assertThat(materials.reflectionQuestions()).containsExactly("Hva er kulturskolens rolle i kommunen?");
		assertThat(get("/api/workshops/" + id).get("status").asString()).isEqualTo("COMPLETED");
	}

	@Test
	void staffCanCloseRegistrationEarlyAndCancelAndTimeThenLeavesTheWorkshopAlone() {
		String id = send(HttpMethod.POST, "/api/workshops", WorkshopRequests.online("Avlyst verksted"),
				HttpStatus.CREATED)
			.get("id")
			.asString();

		send(HttpMethod.POST, "/api/workshops/" + id + "/close-registration", null, HttpStatus.OK);
		JsonNode cancelled = send(HttpMethod.POST, "/api/workshops/" + id + "/cancel",
				Map.of("reason", "For få påmeldte"), HttpStatus.OK);
		ControllableClock.CLOCK.set(oslo(YEAR + "-04-01T00:00"));
		this.timetable.runDue();

		assertThat(cancelled.get("status").asString()).isEqualTo("CANCELLED");
		List<PublishedRecord> announced = relayedRecordsOf(id, 3);
		assertThat(announced).extracting(PublishedRecord::type)
			.containsExactly("WorkshopScheduled", "RegistrationClosed", "WorkshopCancelled");
		announced.forEach((record) -> EventSchemas.assertMatchesItsSchema(Topics.WORKSHOP_EVENTS, record));
		assertThat(((RegistrationClosed) event(announced.get(1))).closedBy()).isEqualTo("STAFF");
		assertThat(((WorkshopCancelled) event(announced.get(2))).reason()).isEqualTo("For få påmeldte");
		JsonNode publicView = get("/api/public/workshops/" + id);
		assertThat(publicView.get("cancelled").asBoolean()).isTrue();
		assertThat(publicView.get("registrationOpen").asBoolean()).isFalse();
	}

	@Test
	void newDetailsOfAPublishedWorkshopAreAnnouncedOnceWithAValidPayloadAndAChangeOfNothingNotAtAll() {
		String id = send(HttpMethod.POST, "/api/workshops", WorkshopRequests.online("Kulturskolen i kommunen"),
				HttpStatus.CREATED)
			.get("id")
			.asString();
		String details = "/api/workshops/" + id + "/details";
		String newLink = "https://møte.example.no/kulturskole-ny";
		Map<String, Object> renamed = Map.of("title", "Kulturskolen som ressurssenter", "meetingUrl", newLink,
				"organisers", List.of("Norsk kulturskoleråd"));

		send(HttpMethod.PATCH, details, renamed, HttpStatus.OK);
		JsonNode again = send(HttpMethod.PATCH, details, renamed, HttpStatus.OK);
		send(HttpMethod.POST, "/api/workshops/" + id + "/close-registration", null, HttpStatus.OK);
		send(HttpMethod.PATCH, details, Map.of("format", "VENUE", "venue", "Kulturhuset, Hamar"), HttpStatus.OK);
		send(HttpMethod.POST, "/api/workshops/" + id + "/cancel", Map.of("reason", "Sykdom"), HttpStatus.OK);
		send(HttpMethod.PATCH, details, Map.of("title", "Etter avlysningen"), HttpStatus.CONFLICT);

		assertThat(again.get("title").asString()).isEqualTo("Kulturskolen som ressurssenter");
		// The repeated change came before the close on the same partition: had it been
		// announced, it would be among these.
		List<PublishedRecord> announced = relayedRecordsOf(id, 5);
		assertThat(announced).extracting(PublishedRecord::type)
			.containsExactly("WorkshopScheduled", "WorkshopDetailsChanged", "RegistrationClosed",
					"WorkshopDetailsChanged", "WorkshopCancelled");
		announced.forEach((record) -> EventSchemas.assertMatchesItsSchema(Topics.WORKSHOP_EVENTS, record));
		assertThat(announced).extracting(PublishedRecord::eventId).doesNotHaveDuplicates();
		WorkshopDetailsChanged online = (WorkshopDetailsChanged) event(announced.get(1));
		assertThat(online.title()).isEqualTo("Kulturskolen som ressurssenter");
		assertThat(online.organisers()).containsExactly("Norsk kulturskoleråd");
		assertThat(online.targetGroup()).isEqualTo(WorkshopRequests.TARGET_GROUP);
		assertThat(online.format()).isEqualTo(WorkshopFormat.ONLINE);
		assertThat(online.sessions()).extracting(SessionDetails::meetingUrl).containsExactly(newLink);
		WorkshopDetailsChanged venue = (WorkshopDetailsChanged) event(announced.get(3));
		assertThat(venue.title()).isEqualTo("Kulturskolen som ressurssenter");
		assertThat(venue.format()).isEqualTo(WorkshopFormat.VENUE);
		assertThat(venue.venue()).isEqualTo("Kulturhuset, Hamar");
		assertThat(venue.sessions()).extracting(SessionDetails::meetingUrl).containsOnlyNulls();
		assertThat(get("/api/public/workshops/" + id).get("title").asString())
			.isEqualTo("Kulturskolen som ressurssenter");
	}

	@Test
	void aDraftIsAnnouncedOnlyWhenScheduledAndIsHiddenFromThePublicUntilThen() {
		Map<String, Object> request = WorkshopRequests.online("Utkast");
		request.put("draft", true);
		String id = send(HttpMethod.POST, "/api/workshops", request, HttpStatus.CREATED).get("id").asString();
		this.http.get().uri("/api/public/workshops/{id}", id).exchange().expectStatus().isNotFound();

		request.put("title", "Ferdig utkast");
		JsonNode revised = send(HttpMethod.PUT, "/api/workshops/" + id, request, HttpStatus.OK);
		JsonNode scheduled = send(HttpMethod.POST, "/api/workshops/" + id + "/schedule", null, HttpStatus.OK);

		assertThat(revised.get("status").asString()).isEqualTo("DRAFT");
		assertThat(scheduled.get("status").asString()).isEqualTo("SCHEDULED");
		assertThat(get("/api/public/workshops/" + id).get("title").asString()).isEqualTo("Ferdig utkast");
		List<PublishedRecord> announced = relayedRecordsOf(id, 1);
		assertThat(announced).singleElement().satisfies(record -> {
			assertThat(record.type()).isEqualTo("WorkshopScheduled");
			assertThat(record.value()).contains("Ferdig utkast");
		});
		// Scheduled twice is a clash with its state: 409, and nothing more announced.
		send(HttpMethod.POST, "/api/workshops/" + id + "/schedule", null, HttpStatus.CONFLICT);
	}

	@Test
	void aWorkshopLimitedToListedOrganisationsAndThenToThePilotMunicipalitiesIsAnnouncedWithTheWholeListEachTime() {
		String id = send(HttpMethod.POST, "/api/workshops", WorkshopRequests.online("Samling for piloten"),
				HttpStatus.CREATED)
			.get("id")
			.asString();
		String invitations = "/api/workshops/" + id + "/invitations";

		JsonNode listed = send(HttpMethod.PUT, invitations,
				Map.of("scope", "LISTED", "organisationNumbers", List.of("4601", "1804", "46", "1804")), HttpStatus.OK);
		assertThat(listed.get("invitations").get("scope").asString()).isEqualTo("LISTED");
		// workshop-api's StaffWorkshopResponse writes the invitations as the model did
		assertThat(listed.get("invitations").propertyNames()).containsExactlyInAnyOrder("scope", "organisationNumbers",
				"open");
		assertThat(listed.get("invitations").get("open").asBoolean()).isFalse();
		assertThat(listed.get("invitations").get("organisationNumbers")).extracting(JsonNode::asString)
			.containsExactly("1804", "46", "4601");
		JsonNode shown = get("/api/public/workshops/" + id);
		assertThat(shown.get("invitationOnly").asBoolean()).isTrue();
		assertThat(shown.get("invitedOrganisations")).extracting(each -> each.get("name").asString())
			.containsExactly("Bodø", "Vestland", "Bergen");
		// refused, naming the field, and nothing stored
		assertProblem(send(HttpMethod.PUT, invitations,
				Map.of("scope", "LISTED", "organisationNumbers", List.of("1804", "9999")), HttpStatus.BAD_REQUEST),
				"organisationNumbers[1]");
		assertProblem(send(HttpMethod.PUT, invitations, Map.of("scope", "LISTED", "organisationNumbers", List.of()),
				HttpStatus.BAD_REQUEST), "organisationNumbers");
		assertProblem(send(HttpMethod.PUT, invitations, Map.of("organisationNumbers", List.of("1804")),
				HttpStatus.BAD_REQUEST), "scope");
		assertThat(get("/api/workshops/" + id).get("invitations")).isEqualTo(listed.get("invitations"));

		JsonNode pilot = send(HttpMethod.PUT, invitations, Map.of("scope", "PILOT_MUNICIPALITIES"), HttpStatus.OK);
		assertThat(pilot.get("invitations").get("organisationNumbers")).extracting(JsonNode::asString)
			.doesNotContain("3403");
		UUID selection = UUID.randomUUID();
		try (RegistrationEventsProducer registrations = new RegistrationEventsProducer(this.json)) {
			registrations.pilotMunicipalitySelected(selection, "3403");
			// redelivered: the workshop already lists Hamar, so nothing more is announced
			registrations.pilotMunicipalitySelected(selection, "3403");
		}
		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(get("/api/workshops/" + id).get("invitations").get("organisationNumbers"))
				.extracting(JsonNode::asString)
				.contains("3403"));

		List<PublishedRecord> announced = relayedRecordsOf(id, 4);
		assertThat(announced).extracting(PublishedRecord::type)
			.containsExactly("WorkshopScheduled", "WorkshopInvitationsChanged", "WorkshopInvitationsChanged",
					"WorkshopInvitationsChanged");
		announced.forEach((record) -> EventSchemas.assertMatchesItsSchema(Topics.WORKSHOP_EVENTS, record));
		WorkshopInvitationsChanged first = (WorkshopInvitationsChanged) event(announced.get(1));
		assertThat(first.scope()).isEqualTo("LISTED");
		assertThat(first.organisationNumbers()).containsExactly("1804", "46", "4601");
		WorkshopInvitationsChanged last = (WorkshopInvitationsChanged) event(announced.get(3));
		assertThat(last.scope()).isEqualTo("PILOT_MUNICIPALITIES");
		assertThat(last.organisationNumbers()).contains("3403");
		assertThat(last.invites("3403")).isTrue();
		assertThat(last.invites("1804")).isFalse();
	}

	/**
	 * Issue 17 point 3: a draft's questions are announced with it, a published form only
	 * grows, each announcement carries the whole form (and no answers), and a copy asks
	 * the same questions.
	 */
	@Test
	void theRegistrationFormsExtraQuestionsAreCheckedAnnouncedWithTheWorkshopAndCopied() {
		Map<String, Object> draftRequest = WorkshopRequests.online("Samling med overnatting");
		draftRequest.put("draft", true);
		String id = send(HttpMethod.POST, "/api/workshops", draftRequest, HttpStatus.CREATED).get("id").asString();
		String questions = "/api/workshops/" + id + "/questions";
		Map<String, Object> diet = Map.of("questionId", "diet", "scope", "PARTICIPANT", "kind", "SEVERAL_CHOICES",
				"required", false, "personalData", true, "text", Map.of("nb", "Hensyn til kosthold", "en", "Diet"),
				"choices", List.of(Map.of("choiceId", "vegetarian", "label", Map.of("nb", "Vegetar")),
						Map.of("choiceId", "gluten-free", "label", Map.of("nb", "Glutenfritt"))));
		Map<String, Object> hotel = Map.of("questionId", "hotel", "scope", "DELEGATION", "kind", "YES_NO", "required",
				true, "text", Map.of("nb", "Trenger dere hotell?"));

		assertProblem(send(HttpMethod.PUT, questions, Map.of("questions", java.util.Collections.nCopies(11, hotel)),
				HttpStatus.BAD_REQUEST), "questions");
		assertProblem(
				send(HttpMethod.PUT, questions,
						Map.of("questions",
								List.of(hotel,
										Map.of("questionId", "x", "scope", "DELEGATION", "kind", "ONE_CHOICE", "text",
												Map.of("nb", "Velg")))),
						HttpStatus.BAD_REQUEST),
				"questions[1].choices");
		assertThat(get(questions).get("questions")).isEmpty();
		JsonNode asked = send(HttpMethod.PUT, questions, Map.of("questions", List.of(hotel, diet)), HttpStatus.OK);
		assertThat(asked.get("formVersion").asInt()).isEqualTo(1);
		assertThat(asked.get("questions")).extracting(each -> each.get("questionId").asString())
			.containsExactly("hotel", "diet");

		send(HttpMethod.POST, "/api/workshops/" + id + "/schedule", null, HttpStatus.OK);
		assertThat(get("/api/public/workshops/" + id).get("questions")).hasSize(2);
		// issue 18: the public workshop carries the questions as the shared
		// RegistrationQuestion, in the same JSON as the staff's form
		assertThat(get("/api/public/workshops/" + id).get("questions")).isEqualTo(get(questions).get("questions"));
		// published: a new required question would leave those registered without an
		// answer
		Map<String, Object> arrival = new java.util.HashMap<>(Map.of("questionId", "arrival", "scope", "DELEGATION",
				"kind", "SHORT_TEXT", "required", true, "text", Map.of("nb", "Når kommer dere?")));
		assertProblem(send(HttpMethod.PUT, questions, Map.of("questions", List.of(hotel, diet, arrival)),
				HttpStatus.CONFLICT), "questions[2].required");
		arrival.put("required", false);
		send(HttpMethod.PUT, questions, Map.of("questions", List.of(hotel, diet, arrival)), HttpStatus.OK);

		List<PublishedRecord> announced = relayedRecordsOf(id, 3);
		assertThat(announced).extracting(PublishedRecord::type)
			.containsExactly("WorkshopScheduled", "WorkshopQuestionsChanged", "WorkshopQuestionsChanged");
		announced.forEach((record) -> EventSchemas.assertMatchesItsSchema(Topics.WORKSHOP_EVENTS, record));
		WorkshopQuestionsChanged last = (WorkshopQuestionsChanged) event(announced.get(2));
		assertThat(last.formVersion()).isEqualTo(2);
		assertThat(last.questions()).extracting(RegistrationQuestion::questionId)
			.containsExactly("hotel", "diet", "arrival");
		assertThat(last.questions().get(1).personalData()).isTrue();

		String copyId = send(HttpMethod.POST, "/api/workshops/" + id + "/copy", Map.of("shiftDays", 35),
				HttpStatus.CREATED)
			.get("id")
			.asString();
		JsonNode copied = get("/api/workshops/" + copyId + "/questions");
		assertThat(copied.get("questions")).isEqualTo(get(questions).get("questions"));
		assertThat(copied.get("formVersion").asInt()).isEqualTo(1);
	}

	private static void assertProblem(JsonNode problem, String field) {
		assertThat(problem.get("errors")).as(problem.toString())
			.extracting(error -> error.get("field").asString())
			.containsExactly(field);
	}

	@Test
	void staffListWorkshopsByProgrammeAndByUpcomingOrPast() {
		Map<String, Object> request = WorkshopRequests.online("Verksted i eget program");
		String programme = "Kulturskole-3.0-" + System.nanoTime();
		request.put("programme", programme);
		String id = send(HttpMethod.POST, "/api/workshops", request, HttpStatus.CREATED).get("id").asString();

		assertThat(ids("/api/workshops?programme=" + programme)).containsExactly(id);
		assertThat(ids("/api/workshops?programme=" + programme + "&when=UPCOMING")).containsExactly(id);
		assertThat(ids("/api/workshops?programme=" + programme + "&when=PAST")).isEmpty();
		ControllableClock.CLOCK.set(oslo(YEAR + "-03-10T11:30"));
		assertThat(ids("/api/workshops?programme=" + programme + "&when=PAST")).containsExactly(id);
		assertThat(ids("/api/workshops?programme=" + programme + "&status=DRAFT")).isEmpty();
	}

	@Test
	void aCapacityBelowThePersonsConfirmedInRegistrationEventsIsRefused() {
		JsonNode workshop = send(HttpMethod.POST, "/api/workshops", WorkshopRequests.online("Fullt verksted"),
				HttpStatus.CREATED);
		String id = workshop.get("id").asString();
		String sessionId = workshop.get("sessions").get(0).get("sessionId").asString();
		String first = "d-" + UUID.randomUUID();
		String second = "d-" + UUID.randomUUID();
		String waiting = "d-" + UUID.randomUUID();

		try (RegistrationEventsProducer registration = new RegistrationEventsProducer(this.json)) {
			registration.delegation(first, id, sessionId, SeatStatus.CONFIRMED, 4);
			registration.participants(first, id, sessionId, 4);
			registration.delegation(second, id, sessionId, SeatStatus.CONFIRMED, 3);
			List<String> secondsParticipants = registration.participants(second, id, sessionId, 3);
			registration.removed(second, id, sessionId, secondsParticipants.get(0));
			registration.delegation(waiting, id, sessionId, SeatStatus.WAITLISTED, 5);
		}
		// The count passes 6 on its way to 7 before the removal; the waiting delegation
		// came last on the same partition, so once it is stored everything before it is.
		await().atMost(Duration.ofSeconds(30))
			.until(() -> this.mongo.exists(Query.query(Criteria.where("_id").is(waiting)), "delegation_seats"));
		assertThat(this.seats.confirmedPersons(id, sessionId)).isEqualTo(6);

		assertThat(get("/api/public/workshops/" + id).get("sessions").get(0).get("seatsLeft").asInt()).isEqualTo(54);
		JsonNode refused = send(HttpMethod.PATCH, "/api/workshops/" + id + "/sessions/" + sessionId,
				Map.of("capacity", 5), HttpStatus.CONFLICT);
		assertThat(refused.get("errors").get(0).get("field").asString()).isEqualTo("capacity");
		assertThat(refused.get("errors").get(0).get("message").asString()).contains("(6)");
		send(HttpMethod.PATCH, "/api/workshops/" + id + "/sessions/" + sessionId, Map.of("capacity", 6), HttpStatus.OK);
	}

	@Test
	void theOpenApiDocumentDescribesEveryStaffChangeWithAnExample() {
		this.http.get()
			.uri("/v3/api-docs")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.paths['/api/workshops/{id}/reschedule'].post.requestBody.content['application/json'].examples")
			.exists()
			.jsonPath("$.paths['/api/workshops/{id}/sessions'].post.requestBody.content['application/json'].examples")
			.exists()
			.jsonPath(
					"$.paths['/api/workshops/{id}/sessions/{sessionId}'].patch.requestBody.content['application/json'].examples")
			.exists()
			.jsonPath("$.paths['/api/workshops/{id}/preparation'].put.requestBody.content['application/json'].examples")
			.exists()
			.jsonPath("$.paths['/api/workshops/{id}/cancel'].post.requestBody.content['application/json'].examples")
			.exists()
			.jsonPath(
					"$.paths['/api/workshops/{id}/details'].patch.requestBody.content['application/json'].examples.*.value.title")
			.exists()
			.jsonPath("$.paths['/api/workshops/{id}/schedule'].post")
			.exists()
			.jsonPath("$.paths['/api/workshops/{id}/close-registration'].post")
			.exists()
			.jsonPath("$.paths['/api/workshops/{id}'].put")
			.exists();
	}

	private List<String> ids(String uri) {
		JsonNode list = get(uri);
		return list.valueStream().map(workshop -> workshop.get("id").asString()).toList();
	}

	/**
	 * What reached the topic for this workshop, once the outbox has been emptied (the
	 * relay empties it only after the broker acknowledged) and the probe has caught up.
	 */
	private List<PublishedRecord> relayedRecordsOf(String workshopId, int expected) {
		await().atMost(Duration.ofSeconds(30)).until(() -> {
			Document stored = this.mongo.findOne(Query.query(Criteria.where("_id").is(workshopId)), Document.class,
					"workshops");
			return stored.getList("outbox", Document.class).isEmpty();
		});
		await().atMost(Duration.ofSeconds(10)).until(() -> recordsOf(workshopId).size() >= expected);
		return recordsOf(workshopId);
	}

	private List<PublishedRecord> recordsOf(String workshopId) {
		return this.workshopEvents.records().stream().filter(record -> workshopId.equals(record.key())).toList();
	}

	private WorkshopEvent event(PublishedRecord record) {
		return this.json.readValue(record.value(), WorkshopEvent.class);
	}

	private static Instant oslo(String localDateTime) {
		return LocalDateTime.parse(localDateTime).atZone(OSLO).toInstant();
	}

	private JsonNode get(String uri) {
		EntityExchangeResult<String> result = this.http.get().uri(uri).exchange().returnResult(String.class);
		assertThat(result.getStatus()).isEqualTo(HttpStatus.OK);
		return this.json.readTree(result.getResponseBody());
	}

	private JsonNode send(HttpMethod method, String uri, Object body, HttpStatus expected) {
		RestTestClient.RequestBodySpec request = this.http.method(method).uri(uri);
		RestTestClient.ResponseSpec response = (body != null)
				? request.contentType(MediaType.APPLICATION_JSON).body(this.json.writeValueAsString(body)).exchange()
				: request.exchange();
		EntityExchangeResult<String> result = response.returnResult(String.class);
		assertThat(result.getStatus()).as("%s %s: %s", method, uri, result.getResponseBody()).isEqualTo(expected);
		return this.json.readTree(result.getResponseBody());
	}

}
