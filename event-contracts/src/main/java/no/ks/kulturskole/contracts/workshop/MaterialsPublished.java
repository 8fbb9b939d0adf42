package no.ks.kulturskole.contracts.workshop;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Preparation material and reflection questions, to be released to delegates at
 * {@code releaseAt}.
 */
public record MaterialsPublished(UUID eventId, String workshopId, Instant occurredAt, int schemaVersion,
		List<Material> materials, List<String> reflectionQuestions, Instant releaseAt) implements WorkshopEvent {

	public static final int SCHEMA_VERSION = 1;

}
