package no.ks.kulturskole.support.config;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param collections the MongoDB collections whose documents carry an {@code outbox}
 * array
 * @param batchSize documents read per collection and round
 */
@ConfigurationProperties("platform.outbox")
public record OutboxProperties(List<String> collections, @DefaultValue("100") int batchSize) {

	public OutboxProperties {
		collections = (collections != null) ? List.copyOf(collections) : List.of();
	}

}
