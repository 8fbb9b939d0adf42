package no.ks.kulturskole.endtoend;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import no.ks.kulturskole.infra.mail.CaughtMail;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issue 5 as a new user meets it on the local platform: a delegation of four registered
 * through the gateway gives five e-mails in the caught mail, the coordinator's summary
 * with the manage link and each delegate's own confirmation with a calendar invitation;
 * staff see the five in the e-mail log.
 */
class DelegationMailsEndToEndTests {

	private static final Duration EVENTUALLY = Duration.ofSeconds(60);

	private final PlatformClient client = RunningPlatform.client();

	@Test
	void aDelegationOfFourGivesFiveMailsAndEveryDelegateGetsACalendarInvitation() {
		String workshopId = aWorkshop();
		String domain = "molde-" + UUID.randomUUID().toString().substring(0, 8) + ".example.no";
		String coordinator = "koordinator@" + domain;
		List<String> delegates = List.of("rektor@" + domain, "ordforer@" + domain, "laerer@" + domain,
				"korleder@" + domain);

		PlatformClient.Answer registered = await().atMost(EVENTUALLY)
			.until(() -> this.client.post("/api/public/workshops/" + workshopId + "/registrations", "application/json",
					delegationOfFour(coordinator, delegates), null), answer -> answer.status() != 404);
		assertThat(registered.status()).as(registered.body()).isEqualTo(201);
		String delegationId = registered.json().get("delegationId").asString();

		await().atMost(EVENTUALLY).untilAsserted(() -> {
			List<CaughtMail> caught = RunningPlatform.get()
				.mailbox()
				.messages()
				.stream()
				.filter(mail -> mail.deliveredTo().endsWith("@" + domain))
				.toList();
			assertThat(caught).hasSize(5);
			assertThat(caught).filteredOn(mail -> mail.deliveredTo().equals(coordinator))
				.singleElement()
				.satisfies(mail -> {
					assertThat(mail.subject()).startsWith("Påmelding mottatt:");
					assertThat(mail.text()).contains("/delegasjon/" + delegationId);
				});
			for (String delegate : delegates) {
				assertThat(caught).filteredOn(mail -> mail.deliveredTo().equals(delegate))
					.singleElement()
					.satisfies(mail -> {
						assertThat(mail.subject()).startsWith("Du er påmeldt:");
						assertThat(mail.attachments()).contains("invitasjon.ics");
					});
			}
		});

		await().atMost(EVENTUALLY).untilAsserted(() -> {
			JsonNode log = this.client.getAsStaff("/api/notifications?workshopId=" + workshopId).json();
			assertThat(log.valueStream().map(entry -> entry.get("status").asString())).hasSize(5).containsOnly("SENT");
		});
	}

	private String aWorkshop() {
		LocalDate day = LocalDate.now().plusDays(35);
		PlatformClient.Answer created = this.client.postAsStaff("/api/workshops", """
				{"title": "Verksted: Kulturskolen og frivilligheten", "programme": "Fremtidens kulturskole",
				 "format": "ONLINE", "meetingUrl": "https://møte.example.no/frivillighet",
				 "registrationDeadline": "%sT12:00", "minDelegationSize": 2, "maxDelegationSize": 6,
				 "outsideRoleRequired": true,
				 "sessions": [{"startsAt": "%sT09:00", "endsAt": "%sT11:30", "capacity": 60}]}
				""".formatted(day.minusDays(7), day, day));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return created.json().get("id").asString();
	}

	private static String delegationOfFour(String coordinator, List<String> delegates) {
		return """
				{"municipalityNumber": "1506",
				 "coordinator": {"name": "Kari Koordinator", "email": "%s"},
				 "participants": [
				   {"name": "Rita Rektor", "email": "%s", "roleTitle": "Kulturskolerektor", "roleCategory": "KULTURSKOLE"},
				   {"name": "Otto Ordfører", "email": "%s", "roleTitle": "Ordfører", "roleCategory": "POLITICIAN"},
				   {"name": "Lise Lærer", "email": "%s", "roleTitle": "Lærer", "roleCategory": "SCHOOL"},
				   {"name": "Kåre Korleder", "email": "%s", "roleTitle": "Korleder", "roleCategory": "LOCAL_CULTURAL_LIFE"}]}
				"""
			.formatted(coordinator, delegates.get(0), delegates.get(1), delegates.get(2), delegates.get(3));
	}

}
