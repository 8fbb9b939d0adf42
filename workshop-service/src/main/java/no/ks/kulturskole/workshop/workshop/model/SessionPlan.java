package no.ks.kulturskole.workshop.workshop.model;

import java.time.Instant;

/** A session as staff asked for it, before the rules have been checked. */
public record SessionPlan(Instant startsAt, Instant endsAt, Integer capacity, String meetingUrl) {
}
