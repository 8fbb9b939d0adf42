package no.ks.kulturskole.endtoend;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import no.ks.kulturskole.contracts.Topics;
import no.ks.kulturskole.testsupport.TopicProbe;
import no.ks.kulturskole.testsupport.TopicProbe.PublishedRecord;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issue 4 as a new user meets it through the gateway: a full session puts the next
 * municipality on the waiting list as a whole group, and a cancellation through the
 * secret manage link promotes it, every step visible on {@code registration.events}.
 */
class WaitingListEndToEndTests {

	private static final Duration EVENTUALLY = Duration.ofSeconds(60);

	private final PlatformClient client = RunningPlatform.client();

	@Test
	void aWaitlistedDelegationIsPromotedWhenAnotherCancelsThroughItsManageLink() {
		String workshopId = smallWorkshopForFourPersons();

		JsonNode bergen = register(workshopId, "4601", "bergen", 4);
		JsonNode tromso = register(workshopId, "5501", "tromso", 2);
		assertThat(bergen.get("status").asString()).isEqualTo("CONFIRMED");
		assertThat(tromso.get("status").asString()).isEqualTo("WAITLISTED");

		String bergenPath = "/api/public/registrations/" + bergen.get("delegationId").asString();
		// the coordinator's download of the delegation's data (issue 14) through the
		// gateway:
		// with the secret only
		assertThat(this.client.get(bergenPath + "/data").status()).isEqualTo(401);
		assertThat(this.client.get(bergenPath + "/data?token=not-the-secret").status()).isEqualTo(404);
		PlatformClient.Answer data = this.client
			.get(bergenPath + "/data?token=" + bergen.get("manageToken").asString());
		assertThat(data.status()).as(data.body()).isEqualTo(200);
		assertThat(data.json().get("participants")).hasSize(4);
		assertThat(this.client.deleteWithManageToken(bergenPath, "not-the-secret").status()).isEqualTo(404);
		PlatformClient.Answer cancelled = this.client.deleteWithManageToken(bergenPath,
				bergen.get("manageToken").asString());
		assertThat(cancelled.status()).as(cancelled.body()).isBetween(200, 204);

		String tromsoId = tromso.get("delegationId").asString();
		try (TopicProbe registrations = new TopicProbe(RunningPlatform.get().kafkaBootstrap(),
				Topics.REGISTRATION_EVENTS)) {
			await().atMost(EVENTUALLY).untilAsserted(() -> {
				List<String> types = registrations.records()
					.stream()
					.filter(record -> workshopId.equals(record.key()))
					.map(PublishedRecord::type)
					// delegates and manage links have their own events; this journey is
					// about seats
					.filter(type -> !type.equals("ParticipantRegistered") && !type.equals("ManageLinkIssued"))
					.toList();
				assertThat(types).containsExactly("DelegationRegistered", "DelegationRegistered",
						"DelegationWaitlisted", "DelegationCancelled", "DelegationPromoted");
			});
			assertThat(registrations.recordsOfType("DelegationPromoted"))
				.filteredOn(record -> workshopId.equals(record.key()))
				.singleElement()
				.satisfies(promoted -> assertThat(promoted.value()).contains(tromsoId));
		}
		PlatformClient.Answer delegations = this.client.getAsStaff("/api/registrations?workshopId=" + workshopId);
		assertThat(delegations.json().valueStream())
			.filteredOn(delegation -> delegation.get("delegationId").asString().equals(tromsoId))
			.singleElement()
			.satisfies(delegation -> assertThat(delegation.get("status").asString()).isEqualTo("CONFIRMED"));
	}

	private String smallWorkshopForFourPersons() {
		LocalDate day = LocalDate.now().plusDays(30);
		PlatformClient.Answer created = this.client.postAsStaff("/api/workshops", """
				{"title": "Verksted med få plasser", "programme": "Fremtidens kulturskole", "format": "ONLINE",
				 "meetingUrl": "https://møte.example.no/lite", "registrationDeadline": "%sT12:00",
				 "minDelegationSize": 2, "maxDelegationSize": 6, "outsideRoleRequired": false,
				 "sessions": [{"startsAt": "%sT09:00", "endsAt": "%sT11:30", "capacity": 4}]}
				""".formatted(day.minusDays(7), day, day));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return created.json().get("id").asString();
	}

	private JsonNode register(String workshopId, String municipality, String name, int delegates) {
		StringBuilder participants = new StringBuilder();
		for (int i = 1; i <= delegates; i++) {
			participants.append(i > 1 ? "," : "").append("""
					{"name": "Deltaker %d", "email": "deltaker%d@%s.example.no", "roleTitle": "Lærer",
					 "roleCategory": "KULTURSKOLE"}""".formatted(i, i, name));
		}
		String body = """
				{"municipalityNumber": "%s", "coordinator": {"name": "Koordinator", "email": "koordinator@%s.example.no"},
				 "participants": [%s]}"""
			.formatted(municipality, name, participants);
		PlatformClient.Answer answer = await().atMost(EVENTUALLY)
			.until(() -> this.client.post("/api/public/workshops/" + workshopId + "/registrations", "application/json",
					body, null), registered -> registered.status() != 404);
		assertThat(answer.status()).as(answer.body()).isEqualTo(201);
		return answer.json();
	}

}
