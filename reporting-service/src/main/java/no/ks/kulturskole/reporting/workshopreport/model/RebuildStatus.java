package no.ks.kulturskole.reporting.workshopreport.model;

import java.time.Instant;

/**
 * The last rebuild of the read models.
 *
 * @param activeGeneration the collection set the queries read now
 * @param generation the one being built, or last built
 * @param failure {@code null} unless it failed; a short reason, no event content
 */
public record RebuildStatus(State state, String activeGeneration, String generation, long eventsApplied,
		Instant startedAt, Instant finishedAt, Double eventsPerSecond, String failure) {

	public enum State {

		IDLE, RUNNING, DONE, FAILED

	}

}
