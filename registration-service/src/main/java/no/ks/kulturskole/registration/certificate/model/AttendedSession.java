package no.ks.kulturskole.registration.certificate.model;

import java.time.Duration;
import java.time.Instant;

/** A session the participant was recorded present in. */
public record AttendedSession(String sessionId, Instant startsAt, Instant endsAt) {

	public Duration length() {
		return Duration.between(this.startsAt, this.endsAt);
	}

}
