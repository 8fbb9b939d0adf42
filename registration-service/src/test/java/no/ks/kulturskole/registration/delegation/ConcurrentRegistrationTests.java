package no.ks.kulturskole.registration.delegation;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import java.util.stream.IntStream;

import no.ks.kulturskole.contracts.registration.SeatStatus;
import no.ks.kulturskole.reference.Municipality;
import no.ks.kulturskole.reference.MunicipalityRegister;
import no.ks.kulturskole.registration.OnSharedInfrastructure;
import no.ks.kulturskole.registration.delegation.model.Delegation;
import no.ks.kulturskole.registration.delegation.model.WorkshopRegistrations;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Many municipalities press "Meld på" in the same second. The optimistic version on the
 * workshop's document must make them take turns: never more persons than seats.
 */
class ConcurrentRegistrationTests extends OnSharedInfrastructure {

	@Autowired
	MunicipalityRegister municipalities;

	@Test
	void twentyDelegationsOfFourRacingForFortySeatsGiveTenConfirmedAndTenWaitlisted() throws Exception {
		String workshopId = scheduleWorkshop(2, null, false, inThirtyDays(), 40).workshopId();
		List<String> numbers = this.municipalities.municipalities()
			.stream()
			.map(Municipality::number)
			.limit(20)
			.toList();

		List<HttpResponse<String>> responses = allAtOnce(20,
				i -> () -> register(workshopId, registration(numbers.get(i), 4)));

		assertThat(responses)
			.allSatisfy(response -> assertThat(response.statusCode()).as(response.body()).isEqualTo(201));
		List<String> statuses = responses.stream().map(response -> body(response).get("status").asString()).toList();
		assertThat(statuses).filteredOn("CONFIRMED"::equals).hasSize(10);
		assertThat(statuses).filteredOn("WAITLISTED"::equals).hasSize(10);
		WorkshopRegistrations stored = aggregate(workshopId);
		assertThat(stored.delegations()).hasSize(20);
		assertThat(stored.delegations()).extracting(delegation -> delegation.organisation().number())
			.containsExactlyInAnyOrderElementsOf(numbers);
		assertThat(stored.confirmedPersonsIn("s-1")).isEqualTo(40);
		assertThat(stored.delegations()
			.stream()
			.filter(delegation -> delegation.status() == SeatStatus.CONFIRMED)
			.mapToInt(Delegation::personCount)
			.sum()).isLessThanOrEqualTo(40);
		assertThat(stored.version()).isEqualTo(1 + 20);
		// the waiting list is in the order the writes won, and every waitlisted group
		// came
		// after the last confirmed one: first come, first served
		int lastConfirmed = IntStream.range(0, 20)
			.filter(i -> stored.delegations().get(i).status() == SeatStatus.CONFIRMED)
			.max()
			.orElseThrow();
		assertThat(lastConfirmed).isEqualTo(9);
	}

	@Test
	void aMunicipalitySubmittingSeveralTimesAtOnceGetsExactlyOneDelegation() throws Exception {
		String workshopId = scheduleWorkshop(2, null, false, inThirtyDays(), 40).workshopId();

		List<HttpResponse<String>> responses = allAtOnce(6, i -> () -> register(workshopId, registration("5001", 3)));

		assertThat(responses).extracting(HttpResponse::statusCode)
			.containsOnly(200, 201)
			.filteredOn(s -> s == 201)
			.hasSize(1);
		assertThat(responses.stream().map(this::body).map(receipt -> receipt.get("delegationId").asString())).hasSize(6)
			.containsOnly(aggregate(workshopId).delegations().get(0).delegationId());
		assertThat(aggregate(workshopId).delegations()).hasSize(1);
	}

	/** Starts every call at the same moment from its own thread. */
	private static <T> List<T> allAtOnce(int count, IntFunction<Callable<T>> call) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(count);
		try {
			CountDownLatch start = new CountDownLatch(1);
			List<Future<T>> futures = IntStream.range(0, count).mapToObj(i -> pool.submit(() -> {
				start.await();
				return call.apply(i).call();
			})).toList();
			start.countDown();
			List<T> results = new ArrayList<>();
			for (Future<T> future : futures) {
				results.add(future.get(60, TimeUnit.SECONDS));
			}
			return results;
		}
		finally {
			pool.shutdownNow();
		}
	}

}
