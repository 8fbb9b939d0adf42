package no.ks.kulturskole.support.deadletter;

import java.time.Duration;
import java.util.function.BiFunction;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;

import org.springframework.cloud.stream.binder.kafka.ListenerContainerWithDlqAndRetryCustomizer;
import org.springframework.kafka.listener.AbstractMessageListenerContainer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.BackOff;
import org.springframework.util.backoff.ExponentialBackOff;
import org.springframework.util.backoff.FixedBackOff;

/**
 * How every consumer of the platform treats a record it could not apply, set on each
 * binding's listener container instead of the binder's own retry (three attempts, then
 * the dead-letter topic, for every kind of failure alike).
 * <ul>
 * <li>A transient failure ({@link ConsumerFailures}: MongoDB or the broker away, a lost
 * race) is retried with exponential back-off (from {@link #FIRST_PAUSE}, doubling, at
 * most {@link #LONGEST_PAUSE} apart) <em>without end</em>: the container seeks back to
 * the record, so its partition moves on only once it is applied. A record is never
 * dead-lettered because the database was away for a while.
 * <li>Poison goes to the dead-letter topic at once ({@link DeadLetterPublisher}), and the
 * records behind it are applied.
 * </ul>
 * Batch bindings (reporting's, the readers' data keys, workshop-service's seat count,
 * notification-service's registration events) dead-letter their poison themselves, record
 * by record, with the same classification; what their listener throws is transient, so a
 * failed batch is retried, without end, and never dead-lettered whole: as a whole, or,
 * when the listener names the record that failed ({@code BatchListenerFailedException},
 * for a consumer whose records must not be applied twice), from that record on, the
 * records before it committed.
 * <p>
 * The pause is spent on the consumer's thread, so the other partitions that consumer
 * reads wait too; the longest pause stays far below {@code max.poll.interval.ms} (5
 * minutes), so the group does not rebalance.
 */
public class ConsumerErrorHandling implements ListenerContainerWithDlqAndRetryCustomizer {

	static final Duration FIRST_PAUSE = Duration.ofMillis(200);

	static final Duration LONGEST_PAUSE = Duration.ofSeconds(30);

	private static final BackOff NO_RETRY = new FixedBackOff(0L, 0L);

	private final DeadLetterPublisher deadLetters;

	private final BackOff untilItWorks;

	public ConsumerErrorHandling(DeadLetterPublisher deadLetters) {
		this(deadLetters, FIRST_PAUSE, LONGEST_PAUSE);
	}

	ConsumerErrorHandling(DeadLetterPublisher deadLetters, Duration firstPause, Duration longestPause) {
		this.deadLetters = deadLetters;
		ExponentialBackOff backOff = new ExponentialBackOff(firstPause.toMillis(), 2.0);
		backOff.setMaxInterval(longestPause.toMillis());
		this.untilItWorks = backOff;
	}

	/**
	 * Neither retries nor dead letters in the binding: the container's handler does both.
	 */
	@Override
	public boolean retryAndDlqInBinding(String destinationName, String group) {
		return false;
	}

	@Override
	public void configure(AbstractMessageListenerContainer<?, ?> container, String destinationName, String group,
			BiFunction<ConsumerRecord<?, ?>, Exception, TopicPartition> dlqDestinationResolver, BackOff backOff) {
		DefaultErrorHandler handler = new DefaultErrorHandler(this.deadLetters.recoverer(group), this.untilItWorks);
		handler.setBackOffFunction(
				(record, failure) -> ConsumerFailures.isTransient(failure) ? this.untilItWorks : NO_RETRY);
		container.setCommonErrorHandler(handler);
	}

}
