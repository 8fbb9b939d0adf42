package no.ks.kulturskole.reporting.workshopreport.infrastructure;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Consumer;

import no.ks.kulturskole.reporting.workshopreport.application.SourcePosition;
import no.ks.kulturskole.support.messaging.InboundEvents;
import org.apache.kafka.common.TopicPartition;

import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;

/**
 * What the live consumers have applied, so that a rebuild can catch up exactly before it
 * switches. Live consumers apply under the read lock (concurrently); the rebuild's final
 * catch-up and switch hold the write lock, so no live event is half applied to the old
 * collections while the pointer moves, and everything a live consumer applied before is
 * in the new ones.
 */
public class LiveConsumption {

	private final ReadWriteLock lock = new ReentrantReadWriteLock();

	/** Next offset after the last applied record, per partition. */
	private final Map<TopicPartition, Long> applied = new ConcurrentHashMap<>();

	/**
	 * Hands the record's position to the handler, which applies its event, and notes the
	 * position as applied.
	 */
	public void apply(Message<byte[]> message, Consumer<SourcePosition> handler) {
		SourcePosition at = positionOf(message);
		this.lock.readLock().lock();
		try {
			handler.accept(at);
			this.applied.merge(new TopicPartition(at.topic(), at.partition()), at.offset() + 1, Math::max);
		}
		finally {
			this.lock.readLock().unlock();
		}
	}

	/**
	 * The binder puts topic, partition and offset on every consumed message; without them
	 * an event could not be deduplicated, so it is refused (and dead-lettered).
	 */
	static SourcePosition positionOf(Message<byte[]> message) {
		String topic = InboundEvents.header(message, KafkaHeaders.RECEIVED_TOPIC).orElse(null);
		Object partition = message.getHeaders().get(KafkaHeaders.RECEIVED_PARTITION);
		Object offset = message.getHeaders().get(KafkaHeaders.OFFSET);
		if (topic == null || !(partition instanceof Integer p) || !(offset instanceof Long o)) {
			throw new IllegalStateException("A consumed record without topic, partition and offset");
		}
		return new SourcePosition(topic, p, o);
	}

	Map<TopicPartition, Long> applied() {
		return Map.copyOf(this.applied);
	}

	void whilePaused(Runnable action) {
		this.lock.writeLock().lock();
		try {
			action.run();
		}
		finally {
			this.lock.writeLock().unlock();
		}
	}

}
