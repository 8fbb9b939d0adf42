package no.ks.kulturskole.registration.delegation.model;

import java.time.Instant;

/**
 * One session of a workshop as replicated from {@code workshop.events}. The meeting URL
 * is deliberately not kept: registration never hands it out.
 *
 * @param capacity in persons
 */
public record Session(String sessionId, Instant startsAt, Instant endsAt, int capacity) {
}
