package no.ks.kulturskole.endtoend;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;

import no.ks.kulturskole.contracts.Topics;
import no.ks.kulturskole.testsupport.TopicProbe;
import no.ks.kulturskole.testsupport.TopicProbe.PublishedRecord;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issue 3 as staff meet it through the gateway: a workshop with two sessions is
 * scheduled, moved a week, given an overflow session and its preparation material; each
 * change is announced exactly once on {@code workshop.events}, in the order it was made.
 */
class WorkshopLifecycleEndToEndTests {

	private static final Duration EVENTUALLY = Duration.ofSeconds(60);

	private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

	private final PlatformClient client = RunningPlatform.client();

	@Test
	void everyStaffChangeOfAWorkshopIsAnnouncedOnceAndInOrder() {
		LocalDate day = LocalDate.now(OSLO).plusDays(40);
		PlatformClient.Answer created = this.client.postAsStaff("/api/workshops", """
				{"title": "Verksted 2: Kulturskolen og skolen", "programme": "Fremtidens kulturskole",
				 "organisers": ["KS", "Norsk kulturskoleråd"], "targetGroup": "Kulturskoleledere og skoleeiere",
				 "free": true, "format": "ONLINE", "meetingUrl": "https://møte.example.no/verksted-2",
				 "registrationDeadline": "%sT12:00", "minDelegationSize": 2, "maxDelegationSize": 6,
				 "outsideRoleRequired": true,
				 "sessions": [{"startsAt": "%sT09:00", "endsAt": "%sT11:30", "capacity": 60},
				              {"startsAt": "%sT12:30", "endsAt": "%sT15:00", "capacity": 60}]}
				""".formatted(day.minusDays(7), day, day, day, day));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		String workshopId = created.json().get("id").asString();
		List<String> sessionIds = created.json()
			.get("sessions")
			.valueStream()
			.map(s -> s.get("sessionId").asString())
			.toList();
		assertThat(sessionIds).hasSize(2);

		LocalDate weekLater = day.plusDays(7);
		PlatformClient.Answer rescheduled = this.client.postAsStaff("/api/workshops/" + workshopId + "/reschedule", """
				{"registrationDeadline": "%sT12:00", "reason": "Flyttet en uke på grunn av vinterferie.",
				 "sessions": [{"sessionId": "%s", "startsAt": "%sT09:00", "endsAt": "%sT11:30"},
				              {"sessionId": "%s", "startsAt": "%sT12:30", "endsAt": "%sT15:00"}]}
				""".formatted(day, sessionIds.get(0), weekLater, weekLater, sessionIds.get(1), weekLater, weekLater));
		assertThat(rescheduled.status()).as(rescheduled.body()).isEqualTo(200);

		PlatformClient.Answer overflow = this.client.postAsStaff("/api/workshops/" + workshopId + "/sessions", """
				{"startsAt": "%sT15:30", "endsAt": "%sT18:00", "capacity": 40}""".formatted(weekLater, weekLater));
		assertThat(overflow.status()).as(overflow.body()).isEqualTo(201);

		// released at once: a release time already passed goes out on the timetable's
		// next round
		String releaseNow = LocalDateTime.now(OSLO).minusMinutes(1).truncatedTo(ChronoUnit.MINUTES).toString();
		PlatformClient.Answer prepared = this.client.putAsStaff("/api/workshops/" + workshopId + "/preparation", """
				{"materials": [{"title": "Kulturskolen og skolen – innledning",
				                "url": "https://kulturskoleradet.no/materiell/skolen.pdf"}],
				 "reflectionQuestions": ["Hvordan samarbeider kulturskolen og grunnskolen hos dere?"],
				 "releaseAt": "%s"}""".formatted(releaseNow));
		assertThat(prepared.status()).as(prepared.body()).isEqualTo(200);

		try (TopicProbe workshops = new TopicProbe(RunningPlatform.get().kafkaBootstrap(), Topics.WORKSHOP_EVENTS)) {
			await().atMost(EVENTUALLY)
				.untilAsserted(() -> assertThat(typesOf(workshops, workshopId)).containsExactly("WorkshopScheduled",
						"WorkshopRescheduled", "SessionAdded", "MaterialsPublished"));
			List<PublishedRecord> events = workshops.records()
				.stream()
				.filter(record -> workshopId.equals(record.key()))
				.toList();
			assertThat(events.get(0).value()).contains("\"organisers\":[\"KS\",\"Norsk kulturskoleråd\"]");
			assertThat(events.get(1).value()).contains(weekLater + "T");
			assertThat(events.get(2).value()).contains(weekLater.toString());
			assertThat(events.get(3).value()).contains("Kulturskolen og skolen – innledning");
		}
		JsonNode publicView = this.client.get("/api/public/workshops/" + workshopId).json();
		assertThat(publicView.get("sessions").size()).isEqualTo(3);
		assertThat(publicView.toString()).doesNotContain("møte.example.no");
	}

	private static List<String> typesOf(TopicProbe topic, String workshopId) {
		return topic.records()
			.stream()
			.filter(record -> workshopId.equals(record.key()))
			.map(PublishedRecord::type)
			.toList();
	}

}
