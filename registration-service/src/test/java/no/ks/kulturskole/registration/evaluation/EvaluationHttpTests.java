package no.ks.kulturskole.registration.evaluation;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import no.ks.kulturskole.contracts.Topics;
import no.ks.kulturskole.contracts.workshop.SessionDetails;
import no.ks.kulturskole.contracts.workshop.WorkshopFormat;
import no.ks.kulturskole.contracts.workshop.WorkshopScheduled;
import no.ks.kulturskole.registration.OnSharedInfrastructure;
import no.ks.kulturskole.registration.evaluation.application.EvaluationInvitations;
import no.ks.kulturskole.registration.evaluation.application.EvaluationSweep;
import no.ks.kulturskole.registration.privacy.application.Erasures;
import no.ks.kulturskole.support.secret.SecretSeal;
import no.ks.kulturskole.testsupport.EventSchemas;
import no.ks.kulturskole.testsupport.TestInfrastructure;
import no.ks.kulturskole.testsupport.TopicProbe;
import org.awaitility.Awaitility;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 16 point 3: once a session has ended, every attendee gets one link to an
 * anonymous evaluation, announced sealed in {@code EvaluationInvited}; a link answers
 * once; staff see the answers aggregated.
 */
class EvaluationHttpTests extends OnSharedInfrastructure {

	@Autowired
	EvaluationSweep sweep;

	@Autowired
	EvaluationInvitations invitations;

	@Autowired
	Erasures erasures;

	@Test
	void attendeesOfAnEndedSessionGetOneSealedLinkEachOnceAndAbsenteesAndUnendedSessionsNone() {
		String workshopId = endedWorkshop();
		register(workshopId, registration("4601", 3));
		register(workshopId, registration("3301", 2));
		List<String> bergen = participantsOf(workshopId, "4601");
		List<String> drammen = participantsOf(workshopId, "3301");

		recordAttendance(workshopId, "s-2", List.of(drammen.get(1)));
		recordAttendance(workshopId, "s-1", List.of(bergen.get(0), bergen.get(1)));
		recordAttendance(workshopId, "s-1", List.of(bergen.get(1), bergen.get(0), drammen.get(0)));
		int bySweep = this.sweep.sweep();

		List<JsonNode> invited = evaluationInvitations(workshopId, 2);
		assertThat(bySweep).as("everybody had a link already").isZero();
		assertThat(invited).allSatisfy(event -> assertThat(event.get("sessionId").asString()).isEqualTo("s-1"));
		// one event per delegation: their documents are relayed in no order between them
		JsonNode first = invited.stream()
			.filter(event -> event.get("invitees").size() == 2)
			.findFirst()
			.orElseThrow(() -> new AssertionError("no event invites Bergen's two attendees: " + invited));
		JsonNode second = invited.get((invited.indexOf(first) + 1) % 2);
		assertThat(first.get("language").asString()).isEqualTo("nb");
		assertThat(first.get("invitees").valueStream().map(invitee -> invitee.get("participantId").asString()))
			.containsExactly(bergen.get(0), bergen.get(1));
		assertThat(second.get("invitees").valueStream().map(invitee -> invitee.get("participantId").asString()))
			.as("only the newly recorded attendee, the others have their link")
			.containsExactly(drammen.get(0));
		String token = open(first.get("invitees").get(0));
		assertThat(first.toString()).doesNotContain(token).doesNotContain("deltaker1@");
		assertThat(get("/api/public/evaluations/" + token).statusCode()).isEqualTo(200);
		assertThat(this.mongo.count(Query.query(Criteria.where("workshopId").is(workshopId)), "evaluation_links"))
			.isEqualTo(3);
		// the same mail carries the attendee's participation confirmation (issue 16
		// point 4), sealed alike: it opens to the attendee's own PDF
		JsonNode attendee = first.get("invitees").get(0);
		String certificate = SecretSeal.withKey(SEAL_KEY)
			.open(attendee.get("sealedCertificateToken").asString(), attendee.get("participantId").asString());
		assertThat(first.toString()).doesNotContain(certificate);
		HttpResponse<String> pdf = get("/api/public/certificates/" + certificate);
		assertThat(pdf.statusCode()).isEqualTo(200);
		assertThat(pdf.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/pdf"));
		assertThat(pdf.body()).startsWith("%PDF-");
	}

	@Test
	void theSweepInvitesTheAttendeesOfASessionThatEndedAfterAttendanceWasRecordedOnce() {
		String workshopId = endedWorkshop();
		register(workshopId, registration("4601", 2));
		List<String> bergen = participantsOf(workshopId, "4601");
		recordAttendance(workshopId, "s-2", bergen);
		assertThat(this.invitations.inviteAttendeesOfEndedSessions(workshopId)).as("s-2 is tomorrow").isZero();

		// s-2 is over now: what the clock would do by tomorrow
		this.mongo.updateFirst(
				Query.query(Criteria.where("_id").is(workshopId).and("workshop.sessions.sessionId").is("s-2")),
				new Update().set("workshop.sessions.$.endsAt", Instant.now().minus(Duration.ofMinutes(1))),
				"workshop_registrations");
		// the scheduled run may come first; either way it is the sweep, and it invites
		// once
		this.sweep.sweep();
		int again = this.sweep.sweep();

		assertThat(again).isZero();
		JsonNode invited = evaluationInvitations(workshopId, 1).get(0);
		assertThat(invited.get("sessionId").asString()).isEqualTo("s-2");
		assertThat(invited.get("invitees").valueStream().map(invitee -> invitee.get("participantId").asString()))
			.containsExactlyElementsOf(bergen);
	}

	@Test
	void anAttendeesLinkAnswersOnceAndTheAnswersAppearAggregatedWithoutTheLink() {
		String workshopId = endedWorkshop();
		register(workshopId, registration("4601", 2));
		List<String> bergen = participantsOf(workshopId, "4601");
		recordAttendance(workshopId, "s-1", bergen);
		JsonNode event = evaluationInvitations(workshopId, 1).get(0);
		String kari = open(event.get("invitees").get(0));
		String ola = open(event.get("invitees").get(1));

		JsonNode form = body(get("/api/public/evaluations/" + kari));
		JsonNode nynorsk = body(get("/api/public/evaluations/" + kari + "?language=nn"));
		HttpResponse<String> answered = answer(kari, Map.of("q1", "5", "q2", "4", "q4", "Gode eksempel; =SUM(A1)"));
		HttpResponse<String> again = answer(kari, Map.of("q1", "1"));
		HttpResponse<String> reopened = get("/api/public/evaluations/" + kari);
		answer(ola, Map.of("q1", "2", "q5", "Kortere pauser"));
		HttpResponse<String> unknown = answer("not-a-link", Map.of("q1", "3"));

		assertThat(form.get("workshopTitle").asString()).isEqualTo("Evaluert verksted");
		assertThat(form.get("questions")).hasSize(5);
		assertThat(form.get("questions").get(0).get("kind").asString()).isEqualTo("SCALE_1_TO_5");
		assertThat(nynorsk.get("questions").get(0).get("text").asString()).isEqualTo("Kor nyttig var økta for deg?");
		assertThat(answered.statusCode()).as(answered.body()).isEqualTo(204);
		assertThat(List.of(again, reopened)).allSatisfy(refused -> {
			assertThat(refused.statusCode()).isEqualTo(409);
			assertThat(refused.headers().firstValue("Content-Type"))
				.hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
		});
		assertThat(unknown.statusCode()).isEqualTo(404);

		JsonNode results = body(get("/api/workshops/" + workshopId + "/evaluation/results"));
		assertThat(results.get("linksIssued").asLong()).isEqualTo(2);
		assertThat(results.get("answered").asLong()).isEqualTo(2);
		JsonNode useful = results.get("questions").get(0);
		assertThat(useful.get("answers").asLong()).isEqualTo(2);
		assertThat(useful.get("mean").asDouble()).isEqualTo(3.5);
		assertThat(useful.get("distribution").valueStream().map(JsonNode::asLong)).containsExactly(0L, 1L, 0L, 0L, 1L);
		assertThat(results.get("questions").get(3).get("texts").valueStream().map(JsonNode::asString))
			.containsExactly("Gode eksempel; =SUM(A1)");
		HttpResponse<String> csv = get("/api/workshops/" + workshopId + "/evaluation/results.csv");
		assertThat(csv.headers().firstValue("Content-Type"))
			.hasValueSatisfying(type -> assertThat(type).startsWith("text/csv"));
		assertThat(csv.body()).contains("q1;skala;Hvor nyttig var økten for deg?;2;3,5;0;1;0;0;1;")
			.contains("\"Gode eksempel; =SUM(A1)\"")
			.contains("lenker sendt;;;2");

		List<Document> stored = this.mongo.find(Query.query(Criteria.where("workshopId").is(workshopId)),
				Document.class, "evaluation_answers");
		assertThat(stored).hasSize(2)
			.allSatisfy(answer -> assertThat(answer.keySet()).containsOnly("_id", "workshopId", "sessionId", "answers",
					"submittedOn", "_class"));
		assertThat(stored.toString()).doesNotContain(kari).doesNotContain(bergen.get(0));
	}

	@Test
	void aWrongAnswerIsRefusedNamingTheQuestionAndUsesNothingUp() {
		String workshopId = endedWorkshop();
		register(workshopId, registration("4601", 1));
		recordAttendance(workshopId, "s-1", participantsOf(workshopId, "4601"));
		String token = open(evaluationInvitations(workshopId, 1).get(0).get("invitees").get(0));

		HttpResponse<String> outOfScale = answer(token, Map.of("q1", "7"));
		HttpResponse<String> unasked = answer(token, Map.of("q9", "5"));
		HttpResponse<String> nothing = answer(token, Map.of("q4", "  "));

		assertThat(List.of(outOfScale, unasked, nothing)).allSatisfy(refused -> {
			assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
			assertThat(refused.headers().firstValue("Content-Type"))
				.hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
		});
		assertThat(outOfScale.body()).contains("answers.q1");
		assertThat(unasked.body()).contains("answers.q9");
		assertThat(this.mongo.exists(Query.query(Criteria.where("workshopId").is(workshopId)), "evaluation_answers"))
			.isFalse();
		assertThat(answer(token, Map.of("q1", "4")).statusCode()).as("the link still works").isEqualTo(204);
	}

	@Test
	void staffSetUpToTenQuestionsRefusedByFieldAndFixedOnceAnswered() {
		String workshopId = endedWorkshop();
		register(workshopId, registration("4601", 1));
		String path = "/api/workshops/" + workshopId + "/evaluation/questions";

		JsonNode standard = body(get(path));
		HttpResponse<String> noBokmal = send("PUT", path, Map.of(), """
				{"questions": [{"kind": "FREE_TEXT", "text": {"nb": "Hva tar dere med?"}},
				 {"kind": "SCALE_1_TO_5", "text": {"nn": "Kor nyttig?"}}]}""");
		List<Map<String, Object>> eleven = new ArrayList<>();
		for (int i = 0; i < 11; i++) {
			eleven.add(Map.of("kind", "FREE_TEXT", "text", Map.of("nb", "Spørsmål " + i)));
		}
		HttpResponse<String> tooMany = send("PUT", path, Map.of(),
				this.json.writeValueAsString(Map.of("questions", eleven)));
		HttpResponse<String> set = send("PUT", path, Map.of(), """
				{"questions": [{"kind": "SCALE_1_TO_5", "text": {"nb": "Hvor nyttig?", "en": "How useful?"}},
				 {"kind": "FREE_TEXT", "text": {"nb": "Hva tar dere med?"}}]}""");

		assertThat(standard.get("standard").asBoolean()).isTrue();
		assertThat(standard.get("questions")).hasSize(5);
		assertThat(noBokmal.statusCode()).isEqualTo(400);
		assertThat(noBokmal.body()).contains("questions[1].text.nb");
		assertThat(tooMany.statusCode()).isEqualTo(400);
		assertThat(tooMany.body()).contains("\"questions\"");
		assertThat(set.statusCode()).as(set.body()).isEqualTo(200);
		JsonNode now = body(get(path));
		assertThat(now.get("standard").asBoolean()).isFalse();
		assertThat(now.get("questions").valueStream().map(question -> question.get("id").asString()))
			.containsExactly("q1", "q2");

		recordAttendance(workshopId, "s-1", participantsOf(workshopId, "4601"));
		String token = open(evaluationInvitations(workshopId, 1).get(0).get("invitees").get(0));
		assertThat(body(get("/api/public/evaluations/" + token + "?language=en")).get("questions")
			.get(0)
			.get("text")
			.asString()).isEqualTo("How useful?");
		answer(token, Map.of("q1", "3"));
		HttpResponse<String> changed = send("PUT", path, Map.of(), set.body());
		assertThat(changed.statusCode()).isEqualTo(409);
		assertThat(body(get(path)).get("questions")).hasSize(2);
	}

	@Test
	void erasingTheDelegationForgetsWhomItInvitedAndInvitesNobodyOfItAgain() {
		String workshopId = endedWorkshop();
		register(workshopId, registration("4601", 2));
		List<String> bergen = participantsOf(workshopId, "4601");
		recordAttendance(workshopId, "s-1", List.of(bergen.get(0)));
		evaluationInvitations(workshopId, 1);
		String delegationId = aggregate(workshopId).delegations().get(0).delegationId();

		this.erasures.ofDelegation(delegationId);
		Document record = this.mongo.findOne(Query.query(Criteria.where("delegationId").is(delegationId)),
				Document.class, "evaluation_invitations");

		assertThat(record.getList("participantIds", String.class)).isEmpty();
		assertThat(record.toString()).doesNotContain(bergen.get(0));
		assertThat(this.invitations.inviteAttendeesOfEndedSessions(workshopId)).isZero();
	}

	/** s-1 ended half an hour ago, s-2 is tomorrow; registration is open. */
	private String endedWorkshop() {
		String workshopId = UUID.randomUUID().toString();
		Instant now = Instant.now();
		List<SessionDetails> sessions = List.of(
				new SessionDetails("s-1", now.minus(Duration.ofHours(3)), now.minus(Duration.ofMinutes(30)), 20,
						"https://meet.example/1"),
				new SessionDetails("s-2", now.plus(Duration.ofDays(1)), now.plus(Duration.ofDays(1).plusHours(2)), 20,
						"https://meet.example/2"));
		this.replica.apply(new WorkshopScheduled(UUID.randomUUID(), workshopId, now, WorkshopScheduled.SCHEMA_VERSION,
				"Evaluert verksted", "Hva er kulturskolens rolle i kommunen?", "Fremtidens kulturskole",
				WorkshopFormat.ONLINE, null, "nb", inThirtyDays(), 1, 20, false, sessions));
		return workshopId;
	}

	private void recordAttendance(String workshopId, String sessionId, List<String> present) {
		HttpResponse<String> recorded = send("PUT",
				"/api/workshops/" + workshopId + "/sessions/" + sessionId + "/attendance", Map.of(),
				this.json.writeValueAsString(Map.of("present", present)));
		assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(200);
	}

	private HttpResponse<String> answer(String token, Map<String, String> answers) {
		return post("/api/public/evaluations/" + token, "application/json",
				this.json.writeValueAsString(Map.of("answers", new HashMap<>(answers))), Map.of());
	}

	/** The link's secret, opened as notification-service opens it. */
	private static String open(JsonNode invitee) {
		return SecretSeal.withKey(SEAL_KEY)
			.open(invitee.get("sealedToken").asString(), invitee.get("participantId").asString());
	}

	/**
	 * Exactly {@code count} EvaluationInvited of the workshop once their outbox is empty,
	 * each checked against its schema.
	 */
	private List<JsonNode> evaluationInvitations(String workshopId, int count) {
		Awaitility.await()
			.atMost(Duration.ofSeconds(30))
			.until(() -> this.mongo
				.find(Query.query(Criteria.where("workshopId").is(workshopId).and("outbox.0").exists(true)),
						Document.class, "evaluation_invitations")
				.isEmpty());
		try (TopicProbe probe = new TopicProbe(TestInfrastructure.kafka().getBrokersAsString(),
				Topics.REGISTRATION_EVENTS)) {
			List<List<TopicProbe.PublishedRecord>> seen = new ArrayList<>();
			Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
				List<TopicProbe.PublishedRecord> invited = probe.recordsOfType("EvaluationInvited")
					.stream()
					.filter(record -> workshopId.equals(record.key()))
					.toList();
				assertThat(invited).hasSizeGreaterThanOrEqualTo(count);
				seen.add(invited);
			});
			List<TopicProbe.PublishedRecord> invited = seen.get(seen.size() - 1);
			invited.forEach(record -> EventSchemas.assertMatchesItsSchema(Topics.REGISTRATION_EVENTS, record));
			assertThat(invited).hasSize(count);
			return invited.stream().map(record -> this.json.readTree(record.value())).toList();
		}
	}

}
