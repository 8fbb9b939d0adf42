package no.ks.kulturskole.support.outbox;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The relay loop's pace: rounds follow each other at once while writers keep storing, and
 * only what was put back (another instance holds it, the broker is away) waits.
 */
class WrittenDocumentsTests {

	private static final Duration LONG = Duration.ofMinutes(5);

	private final WrittenDocuments written = new WrittenDocuments();

	@Test
	void aWriteWhileTheRelayPublishedEndsTheNextWaitAtOnce() throws Exception {
		this.written.add("workshops", "w1");
		List<WrittenDocuments.Written> round = this.written.snapshot();
		round.forEach(this.written::taken);
		// written while the round published
		this.written.add("workshops", "w2");

		CompletableFuture<Void> waiting = CompletableFuture.runAsync(this::awaitLong);

		await().atMost(Duration.ofSeconds(30)).until(waiting::isDone);
		assertThat(this.written.snapshot()).extracting(WrittenDocuments.Written::id).containsExactly("w2");
	}

	@Test
	void documentsOnlyPutBackWaitUntilTheNextWrite() {
		this.written.add("workshops", "held");
		List<WrittenDocuments.Written> round = this.written.snapshot();
		round.forEach(this.written::taken);
		this.written.putBack(round);

		CompletableFuture<Void> waiting = CompletableFuture.runAsync(this::awaitLong);

		await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(5)).until(() -> !waiting.isDone());
		this.written.add("workshops", "new");
		await().atMost(Duration.ofSeconds(30)).until(waiting::isDone);
		assertThat(this.written.snapshot()).extracting(WrittenDocuments.Written::id)
			.containsExactlyInAnyOrder("held", "new");
	}

	private void awaitLong() {
		try {
			this.written.await(LONG);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
