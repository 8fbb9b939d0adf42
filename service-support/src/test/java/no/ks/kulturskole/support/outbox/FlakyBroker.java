package no.ks.kulturskole.support.outbox;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import no.ks.kulturskole.support.messaging.EventPublisher;
import no.ks.kulturskole.support.messaging.Publication;

/**
 * A broker and producer in one, as flaky as a real one recovering from an outage: while
 * down it takes nothing; a record marked to fail once is not taken while the records sent
 * behind it in the same call are (the batch of one expired, the next one went through).
 * The topic is a list of event ids in the order they were written.
 */
final class FlakyBroker implements EventPublisher {

	private final List<String> topic = new ArrayList<>();

	private final List<Integer> callSizes = new ArrayList<>();

	private final Set<String> failOnce = new HashSet<>();

	private final AtomicInteger downForCalls = new AtomicInteger();

	/** The next {@code calls} calls fail from their first record on. */
	FlakyBroker downFor(int calls) {
		this.downForCalls.set(calls);
		return this;
	}

	/** The first send of this event fails; records sent behind it still get through. */
	FlakyBroker failingOnce(String eventId) {
		this.failOnce.add(eventId);
		return this;
	}

	@Override
	public synchronized Publication publishAll(List<OutboxEntry> entries) {
		this.callSizes.add(entries.size());
		if (this.downForCalls.getAndUpdate((calls) -> Math.max(0, calls - 1)) > 0) {
			return new Publication(0, false, "org.apache.kafka.common.errors.TimeoutException");
		}
		Integer firstFailure = null;
		for (int i = 0; i < entries.size(); i++) {
			String eventId = entries.get(i).eventId();
			if (this.failOnce.remove(eventId)) {
				firstFailure = (firstFailure != null) ? firstFailure : i;
			}
			else {
				this.topic.add(eventId);
			}
		}
		return (firstFailure != null)
				? new Publication(firstFailure, false, "org.apache.kafka.common.errors.TimeoutException")
				: Publication.all(entries.size());
	}

	/** Every event once, in the order of its first copy on the topic. */
	synchronized List<String> firstCopies() {
		return this.topic.stream().distinct().toList();
	}

	/** How many records each call sent together. */
	synchronized List<Integer> callSizes() {
		return List.copyOf(this.callSizes);
	}

}
