package no.ks.kulturskole.notification.confirmation.model;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * What the personal confirmation to one delegate says: their own name and role, and where
 * and when. Every delegate gets one, not only the coordinator who registered the group.
 * Variables are documented for template editors in {@code templates/mail/README.md}.
 */
public record DelegateConfirmation(String delegateName, String roleTitle, String workshopTitle, String sessionTime,
		String sessionTimeEn, String municipalityName, boolean waitlisted) {

	public static final String TEMPLATE = "delegate-confirmation";

	public static DelegateConfirmation of(DelegationView delegation, DelegationView.Delegate delegate) {
		return of(delegation, delegate, delegation.workshopTitle(), delegation.sessionStartsAt(),
				delegation.sessionEndsAt());
	}

	/**
	 * With the session as it is now: the workshop may have been rescheduled, or the
	 * delegation moved, since it registered.
	 */
	public static DelegateConfirmation of(DelegationView delegation, DelegationView.Delegate delegate,
			String workshopTitle, Instant startsAt, Instant endsAt) {
		String sessionTime = (startsAt != null) ? SessionTimeText.of(startsAt, endsAt) : null;
		String sessionTimeEn = (startsAt != null) ? SessionTimeText.inEnglish(startsAt, endsAt) : null;
		return new DelegateConfirmation(delegate.name(), delegate.roleTitle(),
				(workshopTitle != null) ? workshopTitle : delegation.workshopTitle(), sessionTime, sessionTimeEn,
				delegation.municipalityName(), delegation.waitlisted());
	}

	public Map<String, Object> variables() {
		// HashMap: missing values are null and the templates fall back to neutral wording
		Map<String, Object> variables = new HashMap<>();
		variables.put("delegateName", this.delegateName);
		variables.put("roleTitle", this.roleTitle);
		variables.put("workshopTitle", this.workshopTitle);
		variables.put("sessionTime", this.sessionTime);
		variables.put("sessionTimeEn", this.sessionTimeEn);
		variables.put("municipalityName", this.municipalityName);
		variables.put("waitlisted", this.waitlisted);
		return variables;
	}

	@Override
	public String toString() {
		return "DelegateConfirmation[" + this.workshopTitle + ", waitlisted=" + this.waitlisted + "]";
	}

}
