package no.ks.kulturskole.registration.delegation;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import io.micrometer.core.instrument.MeterRegistry;
import no.ks.kulturskole.contracts.registration.SeatStatus;
import no.ks.kulturskole.reference.Municipality;
import no.ks.kulturskole.reference.MunicipalityRegister;
import no.ks.kulturskole.registration.OnSharedInfrastructure;
import no.ks.kulturskole.registration.delegation.model.Delegation;
import no.ks.kulturskole.registration.delegation.model.WorkshopRegistrations;
import no.ks.kulturskole.testsupport.TopicProbe;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Registration opens and every municipality of Norway registers a delegation of four in
 * the same moment, for a workshop with room for 150 of the 357 delegations: nobody is
 * told "busy", no seat is sold twice, no delegation is split, and seats go to the
 * delegations in the order their requests were accepted.
 */
class RegistrationRushTests extends OnSharedInfrastructure {

	private static final int SEATS_PER_SESSION = 300;

	private static final int CONFIRMED = 2 * SEATS_PER_SESSION / 4;

	@Autowired
	MunicipalityRegister municipalities;

	@Autowired
	MeterRegistry meters;

	@Test
	void allMunicipalitiesAtOnceAreAcceptedWithoutRefusalAndSeatedInTheOrderTheyWereAccepted() throws Exception {
		String workshopId = scheduleWorkshop(2, null, false, inThirtyDays(), SEATS_PER_SESSION, SEATS_PER_SESSION)
			.workshopId();
		List<String> numbers = allMunicipalities();
		long commitsBefore = commits();

		List<HttpResponse<String>> responses = allAtOnce(numbers.size(),
				i -> () -> register(workshopId, registration(numbers.get(i), 4)));

		assertThat(responses)
			.allSatisfy(response -> assertThat(response.statusCode()).as(response.body()).isEqualTo(201));
		WorkshopRegistrations stored = aggregate(workshopId);
		assertSeatedInStoredOrderWithoutOversellingOrSplitting(stored, numbers);
		// the receipts tell each coordinator what was stored
		assertThat(responses).allSatisfy(response -> {
			String delegationId = body(response).get("delegationId").asString();
			assertThat(body(response).get("status").asString())
				.isEqualTo(stored.delegation(delegationId).orElseThrow().status().name());
		});
		// group commit: the rush was stored with fewer document updates than requests
		assertThat(commits() - commitsBefore).isLessThan(numbers.size());

		// every event of every delegation once, in one update with its delegation:
		// confirmed ones announce 6 events (registered, 4 participants, manage link),
		// waitlisted ones 7 (and waitlisted)
		int waitlisted = numbers.size() - CONFIRMED;
		List<TopicProbe.PublishedRecord> published = awaitEverythingPublished(workshopId,
				CONFIRMED * 6 + waitlisted * 7);
		assertThat(published).hasSize(CONFIRMED * 6 + waitlisted * 7);
		assertThat(published).extracting(TopicProbe.PublishedRecord::eventId).doesNotHaveDuplicates();
	}

	@Test
	void allMunicipalitiesAtOnceOnTwoInstancesAreAcceptedWithoutRefusalOversellingOrSplitting() throws Exception {
		String workshopId = scheduleWorkshop(2, null, false, inThirtyDays(), SEATS_PER_SESSION, SEATS_PER_SESSION)
			.workshopId();
		List<String> numbers = allMunicipalities();

		try (ConfigurableApplicationContext second = secondInstance()) {
			int[] ports = { this.port,
					second.getEnvironment().getRequiredProperty("local.server.port", Integer.class) };

			List<HttpResponse<String>> responses = allAtOnce(numbers.size(),
					i -> () -> sendTo(ports[i % 2], "POST", "/api/public/workshops/" + workshopId + "/registrations",
							Map.of(), this.json.writeValueAsString(registration(numbers.get(i), 4))));

			assertThat(responses)
				.allSatisfy(response -> assertThat(response.statusCode()).as(response.body()).isEqualTo(201));
			assertSeatedInStoredOrderWithoutOversellingOrSplitting(aggregate(workshopId), numbers);
		}
	}

	/**
	 * Every municipality once; the first 75 stored fill the first session, the next 75
	 * the second, and the rest wait as whole groups in the order they were stored. First
	 * come, first served: the stored order is the order of acceptance, also when two
	 * instances accept (each batch an instance stores after losing to the other's comes
	 * after it in time too).
	 */
	private static void assertSeatedInStoredOrderWithoutOversellingOrSplitting(WorkshopRegistrations stored,
			List<String> numbers) {
		List<Delegation> delegations = stored.delegations();
		assertThat(delegations).extracting(delegation -> delegation.organisation().number())
			.containsExactlyInAnyOrderElementsOf(numbers);
		assertThat(delegations).allSatisfy(delegation -> assertThat(delegation.personCount()).isEqualTo(4));
		assertThat(stored.confirmedPersonsIn("s-1")).isEqualTo(SEATS_PER_SESSION);
		assertThat(stored.confirmedPersonsIn("s-2")).isEqualTo(SEATS_PER_SESSION);
		int half = CONFIRMED / 2;
		assertThat(delegations.subList(0, half))
			.allSatisfy(delegation -> assertThat(delegation.isConfirmedIn("s-1")).isTrue());
		assertThat(delegations.subList(half, CONFIRMED))
			.allSatisfy(delegation -> assertThat(delegation.isConfirmedIn("s-2")).isTrue());
		assertThat(delegations.subList(CONFIRMED, delegations.size()))
			.allSatisfy(delegation -> assertThat(delegation.status()).isEqualTo(SeatStatus.WAITLISTED));
		assertThat(stored.waitingList()).containsExactlyElementsOf(delegations.subList(CONFIRMED, delegations.size()));
		assertThat(delegations).extracting(Delegation::registeredAt)
			.isSortedAccordingTo(Comparator.<Instant>naturalOrder());
	}

	private List<String> allMunicipalities() {
		List<String> numbers = this.municipalities.municipalities().stream().map(Municipality::number).toList();
		assertThat(numbers).hasSize(357);
		return numbers;
	}

	private long commits() {
		var summary = this.meters.find("registration.write.batch.size").summary();
		return (summary != null) ? summary.count() : 0;
	}

}
