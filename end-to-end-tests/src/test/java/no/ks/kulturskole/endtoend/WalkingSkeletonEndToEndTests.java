package no.ks.kulturskole.endtoend;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import no.ks.kulturskole.contracts.Topics;
import no.ks.kulturskole.infra.LocalPlatform;
import no.ks.kulturskole.infra.mail.CaughtMail;
import no.ks.kulturskole.testsupport.TopicProbe;
import no.ks.kulturskole.testsupport.TopicProbe.PublishedRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The whole platform as a newcomer meets it: the packaged applications started as
 * separate processes by the same launcher as the local command, on free ports, driven
 * only from outside through the gateway, Kafka and the SMTP server.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WalkingSkeletonEndToEndTests {

	private static final Duration EVENTUALLY = Duration.ofSeconds(60);

	static LocalPlatform platform;

	static PlatformClient client;

	static String workshopId;

	@BeforeAll
	static void startThePlatform() {
		platform = RunningPlatform.get();
		client = RunningPlatform.client();
	}

	@Test
	@Order(1)
	void staffScheduleAWorkshopThroughTheGatewayAndItOpensForRegistration() {
		LocalDate day = LocalDate.now().plusDays(40);
		PlatformClient.Answer created = client.postAsStaff("/api/workshops", """
				{"title": "Verksted: Kulturskolen i fremtidens kommune", "programme": "Fremtidens kulturskole",
				 "format": "ONLINE", "meetingUrl": "https://møte.example.no/verksted", "language": "nb",
				 "registrationDeadline": "%sT23:59", "minDelegationSize": 2, "maxDelegationSize": 6,
				 "outsideRoleRequired": true,
				 "sessions": [{"startsAt": "%sT09:00", "endsAt": "%sT11:30", "capacity": 60}]}
				""".formatted(day.minusDays(9), day, day));

		assertThat(created.status()).as(created.body()).isEqualTo(201);
		workshopId = created.json().get("id").asString();

		PlatformClient.Answer open = client.get("/api/public/workshops/" + workshopId);
		assertThat(open.status()).isEqualTo(200);
		assertThat(open.body()).contains("Kulturskolen i fremtidens kommune").doesNotContain("møte.example.no");
		try (TopicProbe workshops = new TopicProbe(platform.kafkaBootstrap(), Topics.WORKSHOP_EVENTS)) {
			await().atMost(EVENTUALLY)
				.untilAsserted(
						() -> assertThat(workshops.recordsOfType("WorkshopScheduled")).extracting(PublishedRecord::key)
							.containsOnlyOnce(workshopId));
		}
	}

	@Test
	@Order(2)
	void aMunicipalityRegistersItsDelegationAndEveryServiceReacts() {
		String correlationId = "e2e-" + UUID.randomUUID();
		String registration = """
				{"municipalityNumber": "4601",
				 "coordinator": {"name": "Kari Nordmann", "email": "kari.nordmann@bergen.example.no"},
				 "participants": [
				   {"name": "Kari Nordmann", "email": "kari.nordmann@bergen.example.no",
				    "roleTitle": "Kulturskolerektor", "roleCategory": "KULTURSKOLE"},
				   {"name": "Ola Hansen", "email": "ola.hansen@bergen.example.no",
				    "roleTitle": "Kommunalsjef oppvekst", "roleCategory": "MUNICIPAL_LEADER"},
				   {"name": "Siri Berg", "email": "siri.berg@bergen.example.no",
				    "roleTitle": "Rektor", "roleCategory": "SCHOOL"}]}
				""";

		// registration-service learns of the workshop from workshop.events: until then it
		// answers 404
		PlatformClient.Answer accepted = await().atMost(EVENTUALLY)
			.until(() -> client.post("/api/public/workshops/" + workshopId + "/registrations", "application/json",
					registration, correlationId), answer -> answer.status() != 404);
		assertThat(accepted.status()).as(accepted.body()).isEqualTo(201);
		String delegationId = accepted.json().get("delegationId").asString();

		try (TopicProbe registrations = new TopicProbe(platform.kafkaBootstrap(), Topics.REGISTRATION_EVENTS)) {
			await().atMost(EVENTUALLY).untilAsserted(() -> {
				List<PublishedRecord> ofWorkshop = registrations.records()
					.stream()
					.filter(record -> workshopId.equals(record.key()))
					.toList();
				assertThat(ofWorkshop).extracting(PublishedRecord::type)
					.containsExactly("DelegationRegistered", "ParticipantRegistered", "ParticipantRegistered",
							"ParticipantRegistered", "ManageLinkIssued");
				assertThat(ofWorkshop).extracting(PublishedRecord::correlationId).containsOnly(correlationId);
				assertThat(ofWorkshop.get(0).value()).contains(delegationId);
			});
		}

		await().atMost(EVENTUALLY)
			.untilAsserted(() -> assertThat(platform.mailbox().messages())
				// Kari coordinates and is a delegate too: her own confirmation comes
				// besides
				.filteredOn(mail -> mail.to().contains("kari.nordmann@bergen.example.no")
						&& mail.subject().startsWith("Påmelding mottatt"))
				.singleElement()
				.satisfies(WalkingSkeletonEndToEndTests::isANorwegianConfirmation));

		await().atMost(EVENTUALLY).untilAsserted(() -> {
			PlatformClient.Answer report = client.getAsStaff("/api/reports/workshops/" + workshopId);
			assertThat(report.status()).isEqualTo(200);
			JsonNode totals = report.json().get("totals");
			assertThat(totals.get("delegations").asInt()).isEqualTo(1);
			assertThat(totals.get("participants").asInt()).isEqualTo(3);
			assertThat(totals.get("municipalities").asInt()).isEqualTo(1);
			assertThat(report.body()).contains("Bergen");
		});
	}

	@Test
	@Order(3)
	void badInputIsRefusedWithProblemDetailsNamingTheFieldAndNothingIsStored() {
		PlatformClient.Answer unknownMunicipality = client.post(
				"/api/public/workshops/" + workshopId + "/registrations", "application/json",
				"""
						{"municipalityNumber": "9999",
						 "coordinator": {"name": "Per", "email": "per@example.no"},
						 "participants": [
						   {"name": "Per", "email": "per@example.no", "roleTitle": "Leder", "roleCategory": "KULTURSKOLE"},
						   {"name": "Pål", "email": "pal@example.no", "roleTitle": "Ordfører", "roleCategory": "POLITICIAN"}]}
						""",
				null);
		PlatformClient.Answer noParticipants = client.post("/api/public/workshops/" + workshopId + "/registrations",
				"application/json", """
						{"municipalityNumber": "5501", "coordinator": {"name": "Per", "email": "per@example.no"},
						 "participants": []}
						""", null);
		PlatformClient.Answer malformed = client.post("/api/public/workshops/" + workshopId + "/registrations",
				"application/json", "{\"municipalityNumber\": ", null);

		assertThat(List.of(unknownMunicipality, noParticipants, malformed)).allSatisfy(answer -> {
			assertThat(answer.status()).isEqualTo(400);
			assertThat(answer.contentType()).startsWith("application/problem+json");
		});
		assertThat(unknownMunicipality.body()).contains("municipalityNumber");
		assertThat(noParticipants.body()).contains("participants");
		assertThat(malformed.json().get("errors").get(0).get("field").asString()).isNotBlank();

		PlatformClient.Answer delegations = client.getAsStaff("/api/registrations?workshopId=" + workshopId);
		assertThat(delegations.status()).isEqualTo(200);
		assertThat(delegations.body()).contains("4601").doesNotContain("9999").doesNotContain("5501");
	}

	@Test
	@Order(4)
	void staffApisRefuseAnonymousCallers() {
		assertThat(client.get("/api/reports/workshops/" + workshopId).status()).isEqualTo(401);
		assertThat(client.get("/api/workshops").status()).isEqualTo(401);
	}

	private static void isANorwegianConfirmation(CaughtMail mail) {
		assertThat(mail.subject()).contains("Kulturskolen i fremtidens kommune");
		assertThat(mail.text()).contains("Kari").contains("Bergen");
	}

}
