package no.ks.kulturskole.registration.attendance;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import no.ks.kulturskole.registration.OnSharedInfrastructure;
import no.ks.kulturskole.testsupport.TopicProbe;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Staff record who attended a session (issue 16): by participant id, and from the video
 * meeting's participant report matched by e-mail. Attendance is stored with its events in
 * the workshop's document and announced once per delegation whose attendance changed.
 */
class AttendanceHttpTests extends OnSharedInfrastructure {

	@Test
	void staffMarkWhoCameAndEachChangedDelegationIsAnnouncedOnceWithItsWholeSet() {
		String workshopId = scheduleWorkshop(1, 20, false, inThirtyDays(), 100).workshopId();
		assertThat(register(workshopId, registration("4601", 2)).statusCode()).isEqualTo(201);
		assertThat(register(workshopId, registration("3301", 3)).statusCode()).isEqualTo(201);
		List<String> bergen = participantsOf(workshopId, "4601");
		List<String> drammen = participantsOf(workshopId, "3301");

		// the whole of Bergen's delegation, one of Drammen's
		HttpResponse<String> marked = put(workshopId, "s-1", List.of(bergen.get(0), bergen.get(1), drammen.get(2)));
		HttpResponse<String> again = put(workshopId, "s-1", List.of(drammen.get(2), bergen.get(1), bergen.get(0)));
		HttpResponse<String> corrected = put(workshopId, "s-1", List.of(bergen.get(0), drammen.get(2)));

		assertThat(marked.statusCode()).as(marked.body()).isEqualTo(200);
		assertThat(again.statusCode()).isEqualTo(200);
		assertThat(corrected.statusCode()).isEqualTo(200);
		assertThat(body(get(path(workshopId, "s-1"))).get("present").valueStream().map(JsonNode::asString))
			.containsExactlyInAnyOrder(bergen.get(0), drammen.get(2));
		List<TopicProbe.PublishedRecord> attendance = awaitEverythingPublished(workshopId, 4 + 5 + 3).stream()
			.filter(record -> record.type().equals("AttendanceRecorded"))
			.toList();
		// Bergen twice (both, then one), Drammen once; recording the same set again:
		// nothing
		assertThat(attendance).hasSize(3);
		JsonNode bergenCorrected = this.json.readTree(attendance.get(2).value());
		assertThat(bergenCorrected.get("sequence").asLong()).isEqualTo(2);
		assertThat(bergenCorrected.get("organisationNumber").asString()).isEqualTo("4601");
		assertThat(bergenCorrected.get("presentParticipantIds").valueStream().map(JsonNode::asString))
			.containsExactly(bergen.get(0));
		assertThat(attendance.get(2).value()).doesNotContain("deltaker1@");
	}

	@Test
	void unknownParticipantsSessionsAndMissingListsAreRefusedByNameAndNothingIsStored() {
		String workshopId = scheduleWorkshop(1, 20, false, inThirtyDays(), 100).workshopId();
		register(workshopId, registration("4601", 2));
		List<String> bergen = participantsOf(workshopId, "4601");
		long version = aggregate(workshopId).version();

		HttpResponse<String> stranger = put(workshopId, "s-1", List.of(bergen.get(0), "not-a-participant"));
		HttpResponse<String> noList = send("PUT", path(workshopId, "s-1"), Map.of(), "{}");
		HttpResponse<String> blank = send("PUT", path(workshopId, "s-1"), Map.of(), "{\"present\": [\" \"]}");
		HttpResponse<String> noSession = put(workshopId, "s-9", List.of(bergen.get(0)));
		HttpResponse<String> noWorkshop = put("no-such-workshop", "s-1", List.of(bergen.get(0)));

		assertThat(List.of(stranger, noList, blank)).allSatisfy(refused -> {
			assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
			assertThat(refused.headers().firstValue("Content-Type"))
				.hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
			assertThat(refused.body()).contains("present");
		});
		assertThat(noSession.statusCode()).isEqualTo(404);
		assertThat(noSession.body()).contains("sessionId");
		assertThat(noWorkshop.statusCode()).isEqualTo(404);
		assertThat(aggregate(workshopId).version()).isEqualTo(version);
		assertThat(aggregate(workshopId).attendance()).isEmpty();
	}

	@Test
	void zoomsParticipantReportIsMatchedByEmailAndWhatIsRecordedShowsInThePilotOverview() throws IOException {
		String workshopId = scheduleWorkshop(1, 20, false, inThirtyDays(), 100).workshopId();
		register(workshopId, registration("1806", 2));
		post("/api/public/pilot-applications", "application/json",
				this.json.writeValueAsString(Map.of("municipalityNumber", "1806", "contact",
						Map.of("name", "Kari Koordinator", "email", "kari@k1806.no"), "motivation",
						"Vi vil gjøre kulturskolen til et ressurssenter.", "inGuidanceScheme", true)),
				Map.of());
		List<String> narvik = participantsOf(workshopId, "1806");

		HttpResponse<String> matched = post(path(workshopId, "s-1") + "/meeting-report", "text/csv",
				resource("/attendance/zoom-participants.csv"), Map.of());

		assertThat(matched.statusCode()).as(matched.body()).isEqualTo(200);
		JsonNode matching = body(matched);
		assertThat(matching.get("matched")).singleElement().satisfies(row -> {
			assertThat(row.get("participantId").asString()).isEqualTo(narvik.get(0));
			assertThat(row.get("attendee").get("minutes").asInt()).isEqualTo(153);
		});
		assertThat(matching.get("unmatched").valueStream().map(row -> row.get("name").asString()))
			.containsExactly("Nordmann, Ola (iPad)", "Siri Privat");
		assertThat(aggregate(workshopId).attendance()).as("matching stores nothing").isEmpty();

		put(workshopId, "s-1", List.of(matching.get("matched").get(0).get("participantId").asString()));
		JsonNode line = body(get("/api/pilot-applications")).get("applications")
			.valueStream()
			.filter(application -> application.get("organisation").get("number").asString().equals("1806"))
			.findFirst()
			.orElseThrow();
		assertThat(line.get("attended")).singleElement()
			.satisfies(attended -> assertThat(attended.get("presentPersons").asInt()).isEqualTo(1));
	}

	@Test
	void aFileThatIsNoParticipantReportIsRefusedNamingTheFile() {
		String workshopId = scheduleWorkshop(1, 20, false, inThirtyDays(), 100).workshopId();
		register(workshopId, registration("4601", 2));

		HttpResponse<String> refused = post(path(workshopId, "s-1") + "/meeting-report", "text/csv", "a;b\n1;2\n",
				Map.of());

		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.body()).contains("\"file\"");
	}

	private HttpResponse<String> put(String workshopId, String sessionId, List<String> present) {
		return send("PUT", path(workshopId, sessionId), Map.of(),
				this.json.writeValueAsString(Map.of("present", present)));
	}

	private static String path(String workshopId, String sessionId) {
		return "/api/workshops/" + workshopId + "/sessions/" + sessionId + "/attendance";
	}

	private static String resource(String path) throws IOException {
		try (InputStream in = AttendanceHttpTests.class.getResourceAsStream(path)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

}
