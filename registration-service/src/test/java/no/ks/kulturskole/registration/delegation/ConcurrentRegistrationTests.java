package no.ks.kulturskole.registration.delegation;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import no.ks.kulturskole.contracts.registration.DelegationPromoted;
import no.ks.kulturskole.contracts.registration.RegistrationEvent;
import no.ks.kulturskole.contracts.registration.SeatStatus;
import no.ks.kulturskole.reference.Municipality;
import no.ks.kulturskole.reference.MunicipalityRegister;
import no.ks.kulturskole.registration.OnSharedInfrastructure;
import no.ks.kulturskole.registration.delegation.model.Delegation;
import no.ks.kulturskole.registration.delegation.model.Participant;
import no.ks.kulturskole.registration.delegation.model.WorkshopRegistrations;
import no.ks.kulturskole.testsupport.TopicProbe;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Many municipalities press "Meld på" in the same second, on two instances of the service
 * that share the database. The optimistic version on the workshop's document must make
 * them take turns: never more persons than seats, and the waiting list in the order the
 * registrations were stored.
 */
class ConcurrentRegistrationTests extends OnSharedInfrastructure {

	@Autowired
	MunicipalityRegister municipalities;

	@Test
	void fortyDelegationsOfFourOnTwoInstancesForSixtySeatsGiveFifteenConfirmedAndThreeCancellationsPromoteThreeInOrder()
			throws Exception {
		String workshopId = scheduleWorkshop(2, null, false, inThirtyDays(), 60).workshopId();
		List<String> numbers = this.municipalities.municipalities()
			.stream()
			.map(Municipality::number)
			.limit(40)
			.toList();

		try (ConfigurableApplicationContext second = secondInstance()) {
			int[] ports = { this.port,
					second.getEnvironment().getRequiredProperty("local.server.port", Integer.class) };

			List<HttpResponse<String>> responses = allAtOnce(40,
					i -> () -> sendTo(ports[i % 2], "POST", "/api/public/workshops/" + workshopId + "/registrations",
							Map.of(), this.json.writeValueAsString(registration(numbers.get(i), 4))));

			assertThat(responses)
				.allSatisfy(response -> assertThat(response.statusCode()).as(response.body()).isEqualTo(201));
			List<JsonNode> receipts = responses.stream().map(this::body).toList();
			assertThat(receipts).filteredOn(receipt -> receipt.get("status").asString().equals("CONFIRMED"))
				.hasSize(15);
			assertThat(receipts).filteredOn(receipt -> receipt.get("status").asString().equals("WAITLISTED"))
				.hasSize(25);
			WorkshopRegistrations stored = aggregate(workshopId);
			assertThat(stored.delegations()).hasSize(40);
			assertThat(stored.delegations()).extracting(delegation -> delegation.organisation().number())
				.containsExactlyInAnyOrderElementsOf(numbers);
			assertThat(stored.confirmedPersonsIn("s-1")).isEqualTo(60);
			// no person counted twice: 160 distinct delegates, 60 of them seated
			assertThat(stored.delegations().stream().flatMap(delegation -> delegation.participants().stream()))
				.extracting(Participant::participantId)
				.hasSize(160)
				.doesNotHaveDuplicates();
			// first come, first served in the order the writes won
			assertThat(stored.delegations().subList(0, 15)).allMatch(d -> d.status() == SeatStatus.CONFIRMED);
			assertThat(stored.delegations().subList(15, 40)).allMatch(d -> d.status() == SeatStatus.WAITLISTED);
			List<String> firstWaiting = stored.waitingList()
				.subList(0, 3)
				.stream()
				.map(Delegation::delegationId)
				.toList();

			// three confirmed delegations cancel through their links, on either instance
			List<JsonNode> confirmed = receipts.stream()
				.filter(receipt -> receipt.get("status").asString().equals("CONFIRMED"))
				.limit(3)
				.toList();
			for (int i = 0; i < confirmed.size(); i++) {
				HttpResponse<String> cancelled = sendTo(ports[i % 2], "DELETE",
						"/api/public/registrations/" + confirmed.get(i).get("delegationId").asString(),
						Map.of("X-Manage-Token", confirmed.get(i).get("manageToken").asString()), null);
				assertThat(cancelled.statusCode()).as(cancelled.body()).isEqualTo(204);
			}

			WorkshopRegistrations after = aggregate(workshopId);
			assertThat(after.confirmedPersonsIn("s-1")).isEqualTo(60);
			assertThat(after.waitingList()).hasSize(22);
			assertThat(firstWaiting)
				.allSatisfy(delegationId -> assertThat(after.delegation(delegationId).orElseThrow().status())
					.isEqualTo(SeatStatus.CONFIRMED));
			assertThat(after.delegations()).filteredOn(delegation -> !delegation.isActive()).hasSize(3);

			// 15 confirmed delegations of 4 announce 6 events each, 25 waitlisted ones 7
			// each; then 3 cancellations and their 3 promotions
			List<TopicProbe.PublishedRecord> published = awaitEverythingPublished(workshopId, 15 * 6 + 25 * 7 + 3 + 3);
			assertThat(published).hasSize(15 * 6 + 25 * 7 + 3 + 3);
			assertThat(published).extracting(TopicProbe.PublishedRecord::eventId).doesNotHaveDuplicates();
			List<DelegationPromoted> promoted = published.stream()
				.filter(record -> "DelegationPromoted".equals(record.type()))
				.map(record -> (DelegationPromoted) this.json.readValue(record.value(), RegistrationEvent.class))
				.toList();
			assertThat(promoted).extracting(DelegationPromoted::delegationId).containsExactlyElementsOf(firstWaiting);
			assertThat(promoted).allSatisfy(event -> {
				assertThat(event.sessionId()).isEqualTo("s-1");
				assertThat(event.participantCount()).isEqualTo(4);
			});
		}
	}

	@Test
	void aMunicipalitySubmittingSeveralTimesAtOnceGetsExactlyOneDelegation() throws Exception {
		String workshopId = scheduleWorkshop(2, null, false, inThirtyDays(), 40).workshopId();

		List<HttpResponse<String>> responses = allAtOnce(6, i -> () -> register(workshopId, registration("5001", 3)));

		assertThat(responses).extracting(HttpResponse::statusCode)
			.containsOnly(409, 201)
			.filteredOn(s -> s == 201)
			.hasSize(1);
		assertThat(responses).filteredOn(response -> response.statusCode() == 201)
			.extracting(response -> body(response).get("delegationId").asString())
			.containsExactly(aggregate(workshopId).delegations().get(0).delegationId());
		assertThat(aggregate(workshopId).delegations()).hasSize(1);
	}

}
