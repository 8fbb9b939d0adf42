package no.ks.kulturskole.notification.confirmation.model;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the confirmation e-mail to a delegation's coordinator says: a summary of the
 * delegation (who comes, in which role) and the manage link. Its {@link #variables()} are
 * the names the templates use, documented for template editors in
 * {@code templates/mail/README.md}.
 *
 * @param delegates one line per delegate: name and role title
 * @param manageLink where the coordinator changes or cancels the registration;
 * {@code null} when not (yet) known
 */
public record DelegationConfirmation(String coordinatorName, String workshopTitle, String sessionTime,
		String sessionTimeEn, String municipalityName, int participantCount, boolean waitlisted,
		List<DelegateLine> delegates, String manageLink) {

	public static final String TEMPLATE = "delegation-confirmation";

	public DelegationConfirmation {
		delegates = (delegates != null) ? List.copyOf(delegates) : List.of();
	}

	/**
	 * From the replica, once the delegates are known.
	 * @param startsAt the session's current start (the workshop may have moved since
	 * registration)
	 */
	public static DelegationConfirmation of(DelegationView delegation, String workshopTitle, Instant startsAt,
			Instant endsAt, String manageLink) {
		List<DelegateLine> lines = delegation.delegates()
			.stream()
			.map((delegate) -> new DelegateLine(delegate.name(), delegate.roleTitle()))
			.toList();
		String name = (delegation.coordinator() != null) ? delegation.coordinator().name() : null;
		return new DelegationConfirmation(name, workshopTitle, nb(startsAt, endsAt), en(startsAt, endsAt),
				delegation.municipalityName(), lines.isEmpty() ? delegation.participantCount() : lines.size(),
				delegation.waitlisted(), lines, manageLink);
	}

	/** The status in the words of the bokmål e-mail. */
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
		variables.put("sessionTimeEn", this.sessionTimeEn);
		variables.put("municipalityName", this.municipalityName);
		variables.put("participantCount", this.participantCount);
		variables.put("waitlisted", this.waitlisted);
		variables.put("status", status());
		List<Map<String, Object>> lines = new ArrayList<>();
		for (DelegateLine line : this.delegates) {
			Map<String, Object> entry = new LinkedHashMap<>();
			entry.put("name", line.name());
			entry.put("roleTitle", line.roleTitle());
			lines.add(entry);
		}
		variables.put("delegates", lines);
		variables.put("manageLink", this.manageLink);
		return variables;
	}

	private static String nb(Instant startsAt, Instant endsAt) {
		return (startsAt != null) ? SessionTimeText.of(startsAt, endsAt) : null;
	}

	private static String en(Instant startsAt, Instant endsAt) {
		return (startsAt != null) ? SessionTimeText.inEnglish(startsAt, endsAt) : null;
	}

	@Override
	public String toString() {
		// the coordinator's name is personal data
		return "DelegationConfirmation[" + this.workshopTitle + ", " + status() + "]";
	}

	/** One delegate in the summary. Personal data. */
	public record DelegateLine(String name, String roleTitle) {

		@Override
		public String toString() {
			return "DelegateLine[]";
		}

	}

}
