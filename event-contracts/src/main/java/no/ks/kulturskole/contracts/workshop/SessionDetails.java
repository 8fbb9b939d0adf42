package no.ks.kulturskole.contracts.workshop;

import java.time.Instant;

/**
 * One session of a workshop. Capacity is counted in persons. The meeting URL is personal
 * to confirmed delegates and must never reach public endpoints.
 */
public record SessionDetails(String sessionId, Instant startsAt, Instant endsAt, int capacity, String meetingUrl) {
}
