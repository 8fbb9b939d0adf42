package no.ks.kulturskole.workshop.workshop.infrastructure;

import java.time.Instant;

/** A session inside its workshop's document. */
record SessionDocument(String sessionId, Instant startsAt, Instant endsAt, int capacity, String meetingUrl) {
}
