package no.ks.kulturskole.support.config;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param collections the MongoDB collections whose documents carry an {@code outbox}
 * array
 * @param batchSize documents read per collection and sweep
 * @param pollInterval longest wait for news of a write, and the pace of retries
 * @param sweepInterval how often every collection is searched for entries nobody named:
 * left by a crash or by another instance (a search that scans a collection)
 */
@ConfigurationProperties("platform.outbox")
public record OutboxProperties(List<String> collections, @DefaultValue("100") int batchSize,
		@DefaultValue("200ms") Duration pollInterval, @DefaultValue("5s") Duration sweepInterval) {

	public OutboxProperties {
		collections = (collections != null) ? List.copyOf(collections) : List.of();
	}

}
