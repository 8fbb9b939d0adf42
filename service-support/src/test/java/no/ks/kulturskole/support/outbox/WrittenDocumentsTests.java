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

	@Test
	void theSnapshotHasEachCollectionsDocumentsNextToEachOther() {
		for (int i = 0; i < 20; i++) {
			this.written.add("data_keys", "key-" + i);
			this.written.add("workshop_registrations", "w-" + (i % 2));
		}

		List<String> collections = this.written.snapshot().stream().map(WrittenDocuments.Written::collection).toList();

		// one run per collection, so the relay claims each in one group
		assertThat(collections).hasSize(22);
		assertThat(collections.stream().distinct().count()).isEqualTo(2);
		assertThat(collections.subList(0, 20)).containsOnly("data_keys");
		assertThat(collections.subList(20, 22)).containsOnly("workshop_registrations");
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
