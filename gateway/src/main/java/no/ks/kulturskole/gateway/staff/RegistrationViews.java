package no.ks.kulturskole.gateway.staff;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * registration-service's staff answers the staff pages still read as copies (retention,
 * the meeting report's matching); the delegations, the attendance, the registration
 * conflicts and the pilot overview are registration-api's records.
 */
final class RegistrationViews {

	private RegistrationViews() {
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record Retention(Instant personalDataErasedAt) {
	}

	/**
	 * The video meeting's participant report matched to the registered participants.
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	record Matching(List<Matched> matched, List<Attendee> unmatched) {

		Matching {
			matched = (matched != null) ? matched : List.of();
			unmatched = (unmatched != null) ? unmatched : List.of();
		}

	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record Matched(String participantId, Attendee attendee) {
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record Attendee(String name, String email, int minutes) {
	}

}
