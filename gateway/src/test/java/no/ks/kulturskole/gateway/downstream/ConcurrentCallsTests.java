package no.ks.kulturskole.gateway.downstream;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A page's calls at once, each seeing what the downstream clients read on the request's
 * thread: the staff member, the correlation id, the visitor's request, the observation.
 */
class ConcurrentCallsTests {

	private final ObservationRegistry observations = ObservationRegistry.create();

	@AfterEach
	void clearThread() {
		SecurityContextHolder.clearContext();
		MDC.clear();
		RequestContextHolder.resetRequestAttributes();
	}

	@Test
	void eachCallSeesTheRequestsStaffMemberCorrelationIdVisitorAndObservation() {
		this.observations.observationConfig().observationHandler((context) -> true);
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("stab@ks.no", null,
					List.of(new SimpleGrantedAuthority("ROLE_STAFF"))));
		MDC.put("correlationId", "c-123");
		MockHttpServletRequest visitor = new MockHttpServletRequest();
		visitor.setRemoteAddr("198.18.0.7");
		RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(visitor));
		Observation page = Observation.start("page", this.observations);
		try (Observation.Scope scope = page.openScope(); ConcurrentCalls.Batch calls = new ConcurrentCalls().start()) {
			ConcurrentCalls.Call<String> call = calls.submit(() -> String.join("|",
					SecurityContextHolder.getContext().getAuthentication().getName(), MDC.get("correlationId"),
					((ServletRequestAttributes) RequestContextHolder.getRequestAttributes()).getRequest()
						.getRemoteAddr(),
					String.valueOf(this.observations.getCurrentObservation() == page),
					Thread.currentThread().isVirtual() ? "virtual" : "platform"));

			assertThat(call.get()).isEqualTo("stab@ks.no|c-123|198.18.0.7|true|virtual");
		}
		finally {
			page.stop();
		}
	}

	@Test
	void theCallsRunAtTheSameTime() throws InterruptedException {
		CountDownLatch bothStarted = new CountDownLatch(2);
		try (ConcurrentCalls.Batch calls = new ConcurrentCalls().start()) {
			ConcurrentCalls.Call<Boolean> first = calls.submit(() -> meetTheOther(bothStarted));
			ConcurrentCalls.Call<Boolean> second = calls.submit(() -> meetTheOther(bothStarted));

			// one after the other, each would wait for the other in vain
			assertThat(first.get()).isTrue();
			assertThat(second.get()).isTrue();
		}
	}

	@Test
	void whatACallThrowsIsThrownAsOnTheRequestsThread() {
		try (ConcurrentCalls.Batch calls = new ConcurrentCalls().start()) {
			ConcurrentCalls.Call<String> failing = calls.submit(() -> {
				throw new IllegalArgumentException("no such workshop");
			});

			assertThatThrownBy(failing::get).isInstanceOf(IllegalArgumentException.class)
				.hasMessage("no such workshop");
		}
	}

	@Test
	void theRequestsThreadKeepsItsOwnContext() {
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("stab@ks.no", null, List.of()));
		MDC.put("correlationId", "c-456");
		try (ConcurrentCalls.Batch calls = new ConcurrentCalls().start()) {
			ConcurrentCalls.Call<Thread> call = calls.submit(Thread::currentThread);
			call.get();
		}
		// the request's thread keeps its own
		assertThat(SecurityContextHolder.getContext().getAuthentication().getName()).isEqualTo("stab@ks.no");
		assertThat(MDC.get("correlationId")).isEqualTo("c-456");
	}

	private static boolean meetTheOther(CountDownLatch bothStarted) {
		bothStarted.countDown();
		try {
			return bothStarted.await(Duration.ofSeconds(30).toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

}
