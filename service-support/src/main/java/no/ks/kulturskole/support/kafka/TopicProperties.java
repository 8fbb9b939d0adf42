package no.ks.kulturskole.support.kafka;

import java.time.Duration;

import no.ks.kulturskole.contracts.Topics;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the service's topics are replicated: 1/1 on one local broker, 3/2 in production
 * (the {@code production} profile), so that one broker may be away without a write being
 * refused or an acknowledged one being lost.
 *
 * @param replicationFactor copies of every partition
 * @param minInsyncReplicas copies that must have a record before an {@code acks=all}
 * producer gets its acknowledgement
 * @param deadLetterRetention how long dead letters are kept
 */
@ConfigurationProperties("platform.kafka.topics")
public record TopicProperties(@DefaultValue("1") short replicationFactor, @DefaultValue("1") int minInsyncReplicas,
		Duration deadLetterRetention) {

	public TopicProperties {
		if (minInsyncReplicas > replicationFactor) {
			throw new IllegalArgumentException("min.insync.replicas (" + minInsyncReplicas
					+ ") above the replication factor (" + replicationFactor + ") would refuse every write");
		}
		if (deadLetterRetention == null) {
			deadLetterRetention = Topics.DEAD_LETTER_RETENTION;
		}
	}

}
