package no.ks.kulturskole.registration.delegation.web;

import java.net.http.HttpResponse;
import java.util.Map;

import no.ks.kulturskole.contracts.workshop.WorkshopScheduled;
import no.ks.kulturskole.registration.OnSharedInfrastructure;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "No one can use the platform to mail strangers": one client may have the platform write
 * to so many addresses an hour (here twelve), counted over registrations and the
 * delegates a coordinator adds. Beyond it the answer is 429 naming the participants,
 * nothing is stored, and another client is not affected.
 */
class MailBudgetHttpTests extends OnSharedInfrastructure {

	@DynamicPropertySource
	static void aSmallBudget(DynamicPropertyRegistry registry) {
		registry.add("platform.registration.mail-budget.addresses-per-hour", () -> 12);
	}

	@Test
	void aClientThatHasMailedItsHoursWorthOfAddressesIsRefusedAndNothingIsStored() {
		WorkshopScheduled workshop = scheduleWorkshop(1, 20, false, inThirtyDays(), 100);
		String script = "198.51.100.21";

		// a coordinator and four delegates: five addresses each
		assertThat(registerFrom(script, workshop.workshopId(), registration("4601", 4)).statusCode()).isEqualTo(201);
		assertThat(registerFrom(script, workshop.workshopId(), registration("5001", 4)).statusCode()).isEqualTo(201);
		HttpResponse<String> third = registerFrom(script, workshop.workshopId(), registration("1804", 4));

		assertThat(third.statusCode()).isEqualTo(429);
		assertThat(third.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		assertThat(third.headers().firstValue("Retry-After")).hasValue("3600");
		JsonNode problem = body(third);
		assertThat(problem.toString()).contains("participants");
		assertThat(aggregate(workshop.workshopId()).delegations()).hasSize(2);

		// someone else, from their own address, registers as usual
		assertThat(registerFrom("198.51.100.22", workshop.workshopId(), registration("1804", 4)).statusCode())
			.isEqualTo(201);
	}

	@Test
	@SuppressWarnings("unchecked")
	void theSameAddressTwiceOrInAnotherCaseIsOneAddress() {
		WorkshopScheduled workshop = scheduleWorkshop(1, 20, false, inThirtyDays(), 100);
		String office = "198.51.100.31";
		Map<String, Object> twelveNames = registration("4601", 11);
		// the coordinator is also the first delegate, typed in capitals: eleven addresses
		((Map<String, Object>) twelveNames.get("coordinator")).put("email", "DELTAKER1@K4601.NO");

		assertThat(registerFrom(office, workshop.workshopId(), twelveNames).statusCode()).isEqualTo(201);
		assertThat(registerFrom(office, workshop.workshopId(), registration("5001", 1)).statusCode()).isEqualTo(429);
	}

	private HttpResponse<String> registerFrom(String client, String workshopId, Map<String, Object> body) {
		// the gateway in front passes the caller's address on; loopback is a trusted
		// proxy
		return post("/api/public/workshops/" + workshopId + "/registrations", "application/json",
				this.json.writeValueAsString(body), Map.of("X-Forwarded-For", client));
	}

}
