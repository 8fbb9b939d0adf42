package no.ks.kulturskole.notification.mail.infrastructure;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.bulkhead.BulkheadConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.InternetAddress;
import no.ks.kulturskole.notification.mail.application.MailTransport;
import no.ks.kulturskole.notification.mail.application.MailTransportException;
import no.ks.kulturskole.notification.mail.model.MailKey;
import no.ks.kulturskole.notification.mail.model.MailKind;
import no.ks.kulturskole.notification.mail.model.OutgoingMail;
import no.ks.kulturskole.notification.mail.model.RenderedMail;
import no.ks.kulturskole.notification.mail.model.TemplateRef;
import org.junit.jupiter.api.Test;

import org.springframework.mail.MailSendException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class ResilientMailTransportTests {

	private static final TransientMailFailure TRANSIENT = new TransientMailFailure();

	private static final OutgoingMail MAIL = new OutgoingMail(
			new MailKey(MailKind.DELEGATION_CONFIRMATION, "kari@bodo.kommune.example", "w-1", "s-1", "d-1", 1),
			new RenderedMail("Emne", "Tekst", "<p>Tekst</p>", new TemplateRef("t", "nb", "1")), null);

	@Test
	void aBlipIsRetriedWithinTheSameAttempt() {
		AtomicInteger calls = new AtomicInteger();
		GuardedTransport transport = guarded((mail) -> {
			if (calls.incrementAndGet() < 3) {
				throw new MailTransportException("SMTP send failed: SocketTimeoutException", null, false);
			}
		});

		transport.send(MAIL);

		assertThat(calls).hasValue(3);
	}

	@Test
	void aRejectedAddressIsNeitherRetriedNorHeldAgainstTheServer() {
		AtomicInteger calls = new AtomicInteger();
		MailTransport rejecting = (mail) -> {
			calls.incrementAndGet();
			throw new MailTransportException("SMTP send failed: SMTPAddressFailedException", null, true);
		};
		GuardedTransport transport = guarded(rejecting);

		for (int i = 0; i < 6; i++) {
			assertThatExceptionOfType(MailTransportException.class).isThrownBy(() -> transport.send(MAIL))
				.satisfies((ex) -> assertThat(ex.isPermanent()).isTrue());
		}

		assertThat(calls).hasValue(6);
		assertThat(transport.circuitBreaker.getState()).isEqualTo(CircuitBreaker.State.CLOSED);
	}

	@Test
	void aServerThatKeepsFailingIsLeftAloneWhileTheCircuitIsOpen() {
		AtomicInteger calls = new AtomicInteger();
		GuardedTransport transport = guarded((mail) -> {
			calls.incrementAndGet();
			throw new MailTransportException("SMTP send failed: ConnectException", null, false);
		});

		for (int i = 0; i < 2; i++) {
			assertThatExceptionOfType(MailTransportException.class).isThrownBy(() -> transport.send(MAIL));
		}
		int callsWhenOpened = calls.get();
		assertThat(transport.circuitBreaker.getState()).isEqualTo(CircuitBreaker.State.OPEN);

		assertThatExceptionOfType(MailTransportException.class).isThrownBy(() -> transport.send(MAIL))
			.satisfies((ex) -> assertThat(ex.isPermanent()).isFalse())
			.withMessageStartingWith("SMTP circuit open");
		assertThat(calls).hasValue(callsWhenOpened);
	}

	@Test
	void noMoreThanTheAllowedNumberOfSmtpCallsRunAtOnceAndTheRestAreToldTheServerIsBusy() throws Exception {
		// guarded(..) allows two calls at once and lets a third wait 10 ms for a slot
		CountDownLatch bothInside = new CountDownLatch(2);
		CountDownLatch serverAnswers = new CountDownLatch(1);
		AtomicInteger inside = new AtomicInteger();
		AtomicInteger mostAtOnce = new AtomicInteger();
		AtomicInteger calls = new AtomicInteger();
		GuardedTransport transport = guarded((mail) -> {
			calls.incrementAndGet();
			mostAtOnce.accumulateAndGet(inside.incrementAndGet(), Math::max);
			bothInside.countDown();
			try {
				// a slow server: holds the connection until the test lets it answer
				serverAnswers.await(10, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			finally {
				inside.decrementAndGet();
			}
		});
		ExecutorService threads = Executors.newFixedThreadPool(2);
		try {
			List<CompletableFuture<Void>> slow = IntStream.range(0, 2)
				.mapToObj((i) -> CompletableFuture.runAsync(() -> transport.send(MAIL), threads))
				.toList();
			assertThat(bothInside.await(10, TimeUnit.SECONDS)).isTrue();

			for (int i = 0; i < 3; i++) {
				assertThatExceptionOfType(MailTransportException.class).isThrownBy(() -> transport.send(MAIL))
					.withMessage("SMTP busy: too many connections")
					.satisfies((ex) -> assertThat(ex.isPermanent()).isFalse());
			}
			assertThat(calls).hasValue(2);

			serverAnswers.countDown();
			CompletableFuture.allOf(slow.toArray(CompletableFuture[]::new)).get(10, TimeUnit.SECONDS);
		}
		finally {
			serverAnswers.countDown();
			threads.shutdownNow();
		}
		// a full bulkhead says nothing about the server's health, and frees up again
		assertThat(transport.circuitBreaker.getState()).isEqualTo(CircuitBreaker.State.CLOSED);
		transport.send(MAIL);
		assertThat(calls).hasValue(3);
		assertThat(mostAtOnce).hasValue(2);
	}

	@Test
	void anAddressTheServerRefusesCountsAsPermanent() throws Exception {
		SendFailedException refused = new SendFailedException("Invalid Addresses", null, new InternetAddress[0],
				new InternetAddress[0],
				new InternetAddress[] { new InternetAddress("finnes.ikke@bodo.kommune.example") });
		MailSendException sendFailure = new MailSendException("Failed messages", refused);

		assertThat(SmtpMailTransport.isRejectedAddress(sendFailure)).isTrue();
		assertThat(SmtpMailTransport.isRejectedAddress(new MailSendException("Mail server connection failed",
				new java.net.ConnectException("Connection refused"))))
			.isFalse();
	}

	/**
	 * The guards as the registries build them from {@code resilience4j.*.instances.smtp},
	 * with small numbers: three calls per attempt, the circuit opens at half of four
	 * calls, two connections at once.
	 */
	private static GuardedTransport guarded(MailTransport smtp) {
		CircuitBreaker circuitBreaker = CircuitBreaker.of("smtp",
				CircuitBreakerConfig.custom()
					.failureRateThreshold(50)
					.minimumNumberOfCalls(4)
					.slidingWindowSize(10)
					.waitDurationInOpenState(Duration.ofMinutes(1))
					.permittedNumberOfCallsInHalfOpenState(1)
					.automaticTransitionFromOpenToHalfOpenEnabled(false)
					.recordException(TRANSIENT)
					.build());
		Retry retry = Retry.of("smtp",
				RetryConfig.custom()
					.maxAttempts(3)
					.intervalFunction(IntervalFunction.ofExponentialBackoff(Duration.ofMillis(1), 2.0))
					.retryOnException(TRANSIENT)
					.build());
		Bulkhead bulkhead = Bulkhead.of("smtp",
				BulkheadConfig.custom().maxConcurrentCalls(2).maxWaitDuration(Duration.ofMillis(10)).build());
		return new GuardedTransport(new ResilientMailTransport(smtp, retry, circuitBreaker, bulkhead), circuitBreaker);
	}

	private record GuardedTransport(ResilientMailTransport transport, CircuitBreaker circuitBreaker) {

		void send(OutgoingMail mail) {
			this.transport.send(mail);
		}

	}

}
