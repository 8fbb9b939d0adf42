package no.ks.kulturskole.reporting.workshopreport.model;

import java.time.Instant;

/** A session as the workshop's schedule gives it, before anyone registered. */
public record SessionPlan(String sessionId, Instant startsAt, Instant endsAt, int capacity) {
}
