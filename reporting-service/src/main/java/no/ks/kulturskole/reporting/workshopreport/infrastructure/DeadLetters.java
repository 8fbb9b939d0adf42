package no.ks.kulturskole.reporting.workshopreport.infrastructure;

import no.ks.kulturskole.reporting.workshopreport.application.SourcePosition;
import no.ks.kulturskole.support.deadletter.DeadLetterPublisher;
import no.ks.kulturskole.support.messaging.InboundRecord;

/**
 * Sends a record a batch could not apply to the dead-letter topic
 * {@code error.<topic>.<group>} through the platform's {@link DeadLetterPublisher} (as it
 * came, with the same {@code kafka_dlt-*} headers as every other consumer's dead
 * letters), and waits for the broker's acknowledgement: the batch is committed only after
 * that, so a poison record is never lost, and it never stops its partition.
 * <p>
 * Done here rather than by the container's error handler because a batch listener that
 * throws fails the whole batch: the good records would go with the bad one.
 */
public class DeadLetters {

	private final DeadLetterPublisher publisher;

	private final String group;

	public DeadLetters(DeadLetterPublisher publisher, String group) {
		this.publisher = publisher;
		this.group = group;
	}

	/**
	 * The topic a record of {@code topic} is dead-lettered to, as the binder names it.
	 */
	public String topicFor(String topic) {
		return DeadLetterPublisher.topicFor(topic, this.group);
	}

	public void send(InboundRecord record, Exception cause) {
		this.publisher.send(record, this.group, cause);
	}

}
