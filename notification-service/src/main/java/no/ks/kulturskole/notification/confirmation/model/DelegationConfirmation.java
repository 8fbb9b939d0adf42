package no.ks.kulturskole.notification.confirmation.model;

import java.util.HashMap;
import java.util.Map;

import no.ks.kulturskole.contracts.registration.DelegationRegistered;
import no.ks.kulturskole.contracts.registration.SeatStatus;

/**
 * What the confirmation e-mail to a delegation's coordinator says. Its
 * {@link #variables()} are the names the templates use, documented for template editors
 * in {@code templates/mail/README.md}.
 */
public record DelegationConfirmation(String coordinatorName, String workshopTitle, String sessionTime,
		String municipalityName, int participantCount, boolean waitlisted) {

	public static final String TEMPLATE = "delegation-confirmation";

	public static DelegationConfirmation of(DelegationRegistered event) {
		String sessionTime = (event.sessionStartsAt() != null)
				? SessionTimeText.of(event.sessionStartsAt(), event.sessionEndsAt()) : null;
		String municipality = (event.organisation() != null) ? event.organisation().name() : null;
		String name = (event.coordinator() != null) ? event.coordinator().name() : null;
		return new DelegationConfirmation(name, event.workshopTitle(), sessionTime, municipality,
				event.participantCount(), event.status() == SeatStatus.WAITLISTED);
	}

	/** The status in the words of the e-mail. */
	public String status() {
		return this.waitlisted ? "på venteliste" : "bekreftet";
	}

	public Map<String, Object> variables() {
		// HashMap, not Map.of: a missing value (e.g. an unnamed coordinator) is null, and
		// the templates fall back to neutral wording
		Map<String, Object> variables = new HashMap<>();
		variables.put("coordinatorName", this.coordinatorName);
		variables.put("workshopTitle", this.workshopTitle);
		variables.put("sessionTime", this.sessionTime);
		variables.put("municipalityName", this.municipalityName);
		variables.put("participantCount", this.participantCount);
		variables.put("waitlisted", this.waitlisted);
		variables.put("status", status());
		return variables;
	}

	@Override
	public String toString() {
		// the coordinator's name is personal data
		return "DelegationConfirmation[" + this.workshopTitle + ", " + status() + "]";
	}

}
