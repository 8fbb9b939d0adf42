package no.ks.kulturskole.gateway.staff;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * registration-service's staff answers the staff pages still read as copies (pilot
 * applications, retention, the meeting report's matching); the delegations, the
 * attendance and the registration conflicts are registration-api's records.
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

	@JsonIgnoreProperties(ignoreUnknown = true)
	record PilotOverview(List<PilotApplication> applications, PilotSelection selection) {

		PilotOverview {
			applications = (applications != null) ? applications : List.of();
		}

	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record PilotApplication(String applicationId, Organisation organisation, String ksRegion, Contact contact,
			String motivation, boolean inGuidanceScheme, Instant submittedAt, String status, String declineReason,
			List<Map<String, Object>> attended) {

		PilotApplication {
			attended = (attended != null) ? attended : List.of();
		}

		/**
		 * Workshops where staff recorded someone of the municipality's delegation
		 * present.
		 */
		public long workshopsPresent() {
			return this.attended.stream()
				.filter(workshop -> workshop.get("presentPersons") instanceof Number persons && persons.intValue() > 0)
				.count();
		}

	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record PilotSelection(int selected, boolean aboveTarget, String warning, Map<String, Integer> byKsRegion) {
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record Organisation(String number, String name, String countyName) {
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record Contact(String name, String email, String phone) {
	}

}
