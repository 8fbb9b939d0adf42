package no.ks.kulturskole.notification.mail.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import no.ks.kulturskole.notification.mail.application.MailDelivery.RetryOutcome;
import no.ks.kulturskole.notification.mail.application.MailLog.ClaimedMail;
import no.ks.kulturskole.notification.mail.model.MailKey;
import no.ks.kulturskole.notification.mail.model.MailKind;
import no.ks.kulturskole.notification.mail.model.OutgoingMail;
import no.ks.kulturskole.notification.mail.model.RenderedMail;
import no.ks.kulturskole.notification.mail.model.RetryPolicy;
import no.ks.kulturskole.notification.mail.model.TemplateRef;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

class MailDeliveryTests {

	private static final OutgoingMail MAIL = new OutgoingMail(
			new MailKey(MailKind.WORKSHOP_CANCELLED, "kari@bodo.kommune.example", "w-1", "s-1", "d-1", 1),
			new RenderedMail("Avlyst", "Tekst", "<p>Tekst</p>", new TemplateRef("workshop-cancelled", "nb", "1")),
			null);

	private final MailLog mailLog = mock(MailLog.class);

	private final BlockingTransport transport = new BlockingTransport();

	private final MailDelivery delivery = new MailDelivery(this.mailLog, this.transport, (secret) -> "hemmelig",
			new RetryPolicy(Duration.ofMinutes(2), Duration.ofSeconds(5), Duration.ofMinutes(10), 5),
			Clock.fixed(Instant.parse("2026-12-05T10:00:00Z"), ZoneOffset.UTC), new SimpleMeterRegistry());

	@Test
	void theRetrierLeavesAMailAloneWhileThisInstanceIsStillSendingIt() throws Exception {
		when(this.mailLog.recordNew(eq(MAIL), any(), any())).thenReturn(true);
		when(this.mailLog.markSent(eq(MAIL.id()), any(), any())).thenReturn(true);
		// the retrier sees it as due: the lease ran out while the first attempt stalled
		when(this.mailLog.claimNextDue(any(), any())).thenReturn(Optional.of(new ClaimedMail(MAIL, 2)));

		CompletableFuture<Boolean> first = CompletableFuture.supplyAsync(() -> this.delivery.deliver(MAIL));
		assertThat(this.transport.sending.await(10, TimeUnit.SECONDS)).isTrue();

		assertThat(this.delivery.retryNextDue()).isEqualTo(RetryOutcome.IN_FLIGHT_HERE);

		this.transport.release.countDown();
		assertThat(first.get(10, TimeUnit.SECONDS)).isTrue();
		assertThat(this.transport.calls).hasValue(1);
		verify(this.mailLog).markSent(eq(MAIL.id()), any(), any());
	}

	@Test
	void aMailNoLongerInFlightIsRetriedAsUsual() {
		this.transport.release.countDown();
		when(this.mailLog.claimNextDue(any(), any())).thenReturn(Optional.of(new ClaimedMail(MAIL, 2)));
		when(this.mailLog.markSent(eq(MAIL.id()), any(), any())).thenReturn(true);

		assertThat(this.delivery.retryNextDue()).isEqualTo(RetryOutcome.SENT);
		assertThat(this.transport.calls).hasValue(1);
	}

	/** An SMTP server that keeps the first e-mail until the test lets it through. */
	private static final class BlockingTransport implements MailTransport {

		final CountDownLatch sending = new CountDownLatch(1);

		final CountDownLatch release = new CountDownLatch(1);

		final AtomicInteger calls = new AtomicInteger();

		@Override
		public void send(OutgoingMail mail) {
			this.calls.incrementAndGet();
			this.sending.countDown();
			try {
				this.release.await(10, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}

	}

}
