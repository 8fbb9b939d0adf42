package no.ks.kulturskole.registration.delegation;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;

import no.ks.kulturskole.contracts.registration.DelegationAnswersGiven;
import no.ks.kulturskole.contracts.registration.RegistrationEvent;
import no.ks.kulturskole.contracts.workshop.RegistrationQuestion;
import no.ks.kulturskole.contracts.workshop.RegistrationQuestion.LocalisedText;
import no.ks.kulturskole.contracts.workshop.RegistrationQuestion.QuestionChoice;
import no.ks.kulturskole.contracts.workshop.WorkshopQuestionsChanged;
import no.ks.kulturskole.registration.OnSharedInfrastructure;
import no.ks.kulturskole.registration.delegation.application.answers.RegistrationAnswers;
import no.ks.kulturskole.testsupport.CallerTokens;
import no.ks.kulturskole.testsupport.TopicProbe;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Answers to a workshop's extra questions (issue 17 point 3): checked per kind before
 * anything is stored, kept with the delegation, shown to staff and to its coordinator,
 * announced with every value sealed, and erased with the delegation.
 */
class RegistrationAnswersIntegrationTests extends OnSharedInfrastructure {

	@Autowired
	RegistrationAnswers answers;

	static final List<RegistrationQuestion> FORM = List.of(
			question("hotel", RegistrationQuestion.DELEGATION, "YES_NO", true, false),
			new RegistrationQuestion("arrival", RegistrationQuestion.DELEGATION, "ONE_CHOICE", false, false,
					new LocalisedText("Når kommer dere?", null, null),
					List.of(choice("evening-before"), choice("same-day"))),
			question("note", RegistrationQuestion.DELEGATION, "SHORT_TEXT", false, false),
			new RegistrationQuestion("diet", RegistrationQuestion.PARTICIPANT, "SEVERAL_CHOICES", false, true,
					new LocalisedText("Kosthold", "Kosthald", "Diet"),
					List.of(choice("vegetarian"), choice("gluten-free"))),
			question("needs", RegistrationQuestion.PARTICIPANT, "LONG_TEXT", false, true));

	static RegistrationQuestion question(String id, String scope, String kind, boolean required, boolean personalData) {
		return new RegistrationQuestion(id, scope, kind, required, personalData,
				new LocalisedText("Spørsmål " + id, null, null), List.of());
	}

	static QuestionChoice choice(String id) {
		return new QuestionChoice(id, new LocalisedText(id, null, null));
	}

	private String workshopWithQuestions() {
		String workshopId = scheduleWorkshop(1, 5, false, inThirtyDays(), 40).workshopId();
		this.answers.apply(new WorkshopQuestionsChanged(UUID.randomUUID(), workshopId, Instant.now(), 1, 2, FORM));
		// an older form delivered again changes nothing
		this.answers.apply(new WorkshopQuestionsChanged(UUID.randomUUID(), workshopId, Instant.now(), 1, 1,
				List.of(question("old", RegistrationQuestion.DELEGATION, "SHORT_TEXT", true, false))));
		return workshopId;
	}

	private static Map<String, Object> answered(String municipalityNumber) {
		Map<String, Object> body = registration(municipalityNumber, 2);
		body.put("answers", new LinkedHashMap<>(Map.of("hotel", true, "arrival", "same-day")));
		return body;
	}

	@SuppressWarnings("unchecked")
	private static void participantAnswer(Map<String, Object> body, int index, String questionId, Object value) {
		Map<String, Object> participant = ((List<Map<String, Object>>) body.get("participants")).get(index);
		((Map<String, Object>) participant.computeIfAbsent("answers", key -> new LinkedHashMap<>())).put(questionId,
				value);
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> delegationAnswers(Map<String, Object> body) {
		return (Map<String, Object>) body.get("answers");
	}

	static Stream<Arguments> badAnswers() {
		return Stream.<Arguments>of(
				Arguments.of("required question left out", "answers.hotel",
						(Consumer<Map<String, Object>>) body -> delegationAnswers(body).remove("hotel")),
				Arguments.of("yes/no answered otherwise", "answers.hotel",
						(Consumer<Map<String, Object>>) body -> delegationAnswers(body).put("hotel", "kanskje")),
				Arguments.of("one choice with two", "answers.arrival",
						(Consumer<Map<String, Object>>) body -> delegationAnswers(body).put("arrival",
								List.of("same-day", "evening-before"))),
				Arguments.of("a choice not offered", "participants[1].answers.diet",
						(Consumer<Map<String, Object>>) body -> participantAnswer(body, 1, "diet", List.of("fish"))),
				Arguments.of("short text too long", "answers.note",
						(Consumer<Map<String, Object>>) body -> delegationAnswers(body).put("note", "x".repeat(201))),
				Arguments.of("long text too long", "participants[0].answers.needs",
						(Consumer<Map<String, Object>>) body -> participantAnswer(body, 0, "needs", "x".repeat(2001))),
				Arguments.of("a question not asked", "answers.shoe-size",
						(Consumer<Map<String, Object>>) body -> delegationAnswers(body).put("shoe-size", "44")),
				Arguments.of("a delegate answering the delegation's question", "participants[0].answers.hotel",
						(Consumer<Map<String, Object>>) body -> participantAnswer(body, 0, "hotel", true)));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("badAnswers")
	void aBadAnswerIsRefusedNamingTheQuestionAndNothingIsStored(String description, String field,
			Consumer<Map<String, Object>> spoil) {
		String workshopId = workshopWithQuestions();
		Map<String, Object> body = answered("4601");
		spoil.accept(body);

		HttpResponse<String> refused = register(workshopId, body);

		assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
		assertThat(refused.headers().firstValue("Content-Type"))
			.hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
		assertThat(body(refused).get("errors").valueStream().map(error -> error.get("field").asString()))
			.containsExactly(field);
		assertThat(aggregate(workshopId).delegations()).isEmpty();
		assertThat(outbox(workshopId)).isEmpty();
		assertThat(this.answers.ofWorkshop(workshopId)).isEmpty();
	}

	@Test
	void answersAreKeptShownToStaffAndTheCoordinatorAnnouncedSealedAndErasedWithTheDelegation() {
		String workshopId = workshopWithQuestions();
		String marker = "nøtter" + UUID.randomUUID().toString().substring(0, 8);
		Map<String, Object> body = answered("4601");
		participantAnswer(body, 0, "diet", List.of("vegetarian", "gluten-free"));
		participantAnswer(body, 1, "needs", "Allergi mot " + marker);

		HttpResponse<String> registered = register(workshopId, body);
		assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
		String delegationId = body(registered).get("delegationId").asString();
		String token = body(registered).get("manageToken").asString();
		List<String> participantIds = aggregate(workshopId).delegation(delegationId)
			.orElseThrow()
			.participants()
			.stream()
			.map(participant -> participant.participantId())
			.toList();

		JsonNode staff = body(get("/api/registrations/answers?workshopId=" + workshopId));
		assertThat(staff.get("questions")).hasSize(FORM.size());
		JsonNode delegation = staff.get("delegations").get(0);
		assertThat(delegation.get("answers").get("hotel").get(0).asString()).isEqualTo("yes");
		assertThat(delegation.get("participants").get(participantIds.get(0)).get("diet")).extracting(JsonNode::asString)
			.containsExactly("vegetarian", "gluten-free");
		assertThat(delegation.get("participants").get(participantIds.get(1)).get("needs").get(0).asString())
			.contains(marker);
		// the answers are not public: staff only, and the coordinator with the link's
		// secret
		assertThat(send("GET", "/api/registrations/answers?workshopId=" + workshopId, Map.of("Authorization", ""), null)
			.statusCode()).isEqualTo(401);
		String mine = "/api/public/registrations/" + delegationId + "/answers";
		assertThat(send("GET", mine, Map.of(), null).statusCode()).isEqualTo(404);
		assertThat(body(send("GET", mine, Map.of("X-Manage-Token", token), null)).get("answers")
			.get("arrival")
			.get(0)
			.asString()).isEqualTo("same-day");

		// the coordinator changes them: checked the same way, named by the question
		HttpResponse<String> bad = send("PUT", mine, Map.of("X-Manage-Token", token),
				"{\"answers\": {\"hotel\": \"kanskje\"}}");
		assertThat(bad.statusCode()).as(bad.body()).isEqualTo(400);
		assertThat(bad.body()).contains("answers.hotel");
		HttpResponse<String> changed = send("PUT", mine, Map.of("X-Manage-Token", token),
				this.json.writeValueAsString(Map.of("answers", Map.of("hotel", false), "participants",
						List.of(Map.of("participantId", participantIds.get(1), "answers",
								Map.of("needs", "Allergi mot " + marker, "diet", List.of("vegetarian")))))));
		assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
		assertThat(body(changed).get("answers").get("hotel").get(0).asString()).isEqualTo("no");
		assertThat(body(changed).get("participants").has(participantIds.get(0))).isFalse();

		// announced twice, every value sealed: the health answer never in the clear
		// (the answers' own document is relayed apart from the workshop's: wait for both)
		List<TopicProbe.PublishedRecord> answerEvents = await().atMost(Duration.ofSeconds(30))
			.until(() -> awaitPublished(workshopId, 4).stream()
				.filter(record -> record.type().equals("DelegationAnswersGiven"))
				.toList(), (events) -> events.size() >= 2);
		assertThat(answerEvents).hasSize(2);
		answerEvents.forEach(record -> assertThat(record.value()).doesNotContain(marker).doesNotContain("nøtter"));
		DelegationAnswersGiven latest = (DelegationAnswersGiven) this.personalData
			.open(this.json.readValue(answerEvents.get(1).value(), RegistrationEvent.class), RegistrationEvent.class);
		assertThat(latest.answersVersion()).isEqualTo(2);
		assertThat(latest.answers()).anySatisfy(answer -> {
			assertThat(answer.questionId()).isEqualTo("needs");
			assertThat(answer.personalData()).isTrue();
			assertThat(answer.values()).containsExactly("Allergi mot " + marker);
		});

		// in the coordinator's copy of the delegation's data (GDPR art. 15)
		JsonNode data = body(send("GET", "/api/public/registrations/" + delegationId + "/data",
				Map.of("X-Manage-Token", token), null));
		assertThat(data.get("extraAnswers").get("delegation").get("hotel").get(0).asString()).isEqualTo("no");
		assertThat(
				data.get("extraAnswers").get("participants").get(participantIds.get(1)).get("needs").get(0).asString())
			.contains(marker);

		// erased with the delegation
		HttpResponse<String> erasure = send("POST", "/api/privacy/erasures",
				Map.of("Authorization", CallerTokens.admin("registration-service")),
				"{\"delegationId\":\"" + delegationId + "\"}");
		assertThat(erasure.statusCode()).as(erasure.body()).isEqualTo(202);
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(this.answers.of(delegationId)).isEmpty());
		assertThat(body(get("/api/registrations/answers?workshopId=" + workshopId)).get("delegations")).isEmpty();
		assertThat(this.mongo.getCollection("registration_answers").find().into(new java.util.ArrayList<>()))
			.noneSatisfy(document -> assertThat(document.toJson()).contains(marker));
	}

}
