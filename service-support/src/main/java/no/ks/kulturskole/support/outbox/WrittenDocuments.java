package no.ks.kulturskole.support.outbox;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * The writers' news: documents of this instance given entries since the relay last
 * looked, and the wake-up of a relay loop waiting for them. Only news: the sweep finds
 * every entry without it, so a document taken from here and not published (another
 * instance holds it, the broker is away) is simply put back.
 */
final class WrittenDocuments {

	private final Set<Written> written = ConcurrentHashMap.newKeySet();

	private final Semaphore wakeUps = new Semaphore(0);

	void add(String collection, Object id) {
		this.written.add(new Written(collection, id));
		this.wakeUps.release();
	}

	/**
	 * What was written so far, the documents of each collection next to each other (the
	 * relay claims them in groups per collection; a set keeps no order of writing
	 * anyway); each is removed by {@link #taken} as it is handled. A write after this
	 * call makes the next {@link #await} return at once.
	 */
	List<Written> snapshot() {
		this.wakeUps.drainPermits();
		List<Written> documents = new ArrayList<>(this.written);
		documents.sort(Comparator.comparing(Written::collection));
		return documents;
	}

	void taken(Written document) {
		this.written.remove(document);
	}

	/** For the next round: without a wake-up, the relay loop paces those itself. */
	void putBack(Collection<Written> documents) {
		this.written.addAll(documents);
	}

	boolean isEmpty() {
		return this.written.isEmpty();
	}

	/**
	 * Returns at once when a writer stored entries since the last {@link #snapshot} (in a
	 * rush, while the relay published the round before); otherwise waits until one does,
	 * or {@code timeout} passed. Documents only put back do not end the wait: the timeout
	 * paces their retries.
	 */
	void await(Duration timeout) throws InterruptedException {
		this.wakeUps.tryAcquire(timeout.toMillis(), TimeUnit.MILLISECONDS);
	}

	record Written(String collection, Object id) {
	}

}
