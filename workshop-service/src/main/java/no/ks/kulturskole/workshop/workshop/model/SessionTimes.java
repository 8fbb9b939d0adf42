package no.ks.kulturskole.workshop.workshop.model;

import java.time.Instant;

/** New times for an existing session when a workshop is rescheduled. */
public record SessionTimes(String sessionId, Instant startsAt, Instant endsAt) {
}
