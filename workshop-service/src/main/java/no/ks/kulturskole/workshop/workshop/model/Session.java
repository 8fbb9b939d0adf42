package no.ks.kulturskole.workshop.workshop.model;

import java.time.Instant;

/**
 * One time slot of a workshop. Staff may add parallel sessions when interest is high;
 * delegations are placed in a session as whole groups.
 *
 * @param capacity persons, not delegations
 * @param meetingUrl a link of the session's own, or {@code null} to use the workshop's
 */
public record Session(String sessionId, Instant startsAt, Instant endsAt, int capacity, String meetingUrl) {
}
