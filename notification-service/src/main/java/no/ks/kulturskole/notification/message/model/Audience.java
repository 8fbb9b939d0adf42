package no.ks.kulturskole.notification.message.model;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

import no.ks.kulturskole.support.problem.RuleViolation;

/**
 * Whom a message is for: the delegations of a workshop in the chosen statuses (in one
 * session, or in all), and of each the delegates, the coordinator, or both.
 *
 * @param sessionId {@code null} for every session of the workshop
 */
public record Audience(String sessionId, Set<SeatStatus> statuses, Set<Role> roles) {

	public Audience {
		sessionId = (sessionId == null || sessionId.isBlank()) ? null : sessionId.strip();
		statuses = (statuses == null || statuses.isEmpty()) ? Set.of() : Set.copyOf(EnumSet.copyOf(statuses));
		roles = (roles == null || roles.isEmpty()) ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
	}

	/**
	 * From the names a request gives.
	 * @throws RuleViolation naming {@code audience.statuses} or {@code audience.roles}
	 * for a name that is not one of them
	 */
	public static Audience of(String sessionId, Collection<String> statuses, Collection<String> roles) {
		return new Audience(sessionId,
				parse(statuses, SeatStatus.class, "audience.statuses",
						"Ukjent status: bare CONFIRMED, WAITLISTED og CANCELLED finnes."),
				parse(roles, Role.class, "audience.roles", "Ukjent rolle: bare DELEGATES og COORDINATORS finnes."));
	}

	private static <E extends Enum<E>> Set<E> parse(Collection<String> names, Class<E> type, String field,
			String message) {
		Set<E> parsed = EnumSet.noneOf(type);
		if (names != null) {
			for (String name : names) {
				try {
					parsed.add(Enum.valueOf(type, (name != null) ? name.strip().toUpperCase(Locale.ROOT) : ""));
				}
				catch (IllegalArgumentException ex) {
					throw new RuleViolation(field, "unknown", message);
				}
			}
		}
		return parsed;
	}

	/** Both lists must name at least one value: an empty filter would mean "nobody". */
	public void requireComplete() {
		if (this.statuses.isEmpty()) {
			throw new RuleViolation("audience.statuses", "required",
					"Velg minst én status: bekreftet, venteliste eller avmeldt.");
		}
		if (this.roles.isEmpty()) {
			throw new RuleViolation("audience.roles", "required", "Velg deltakere, kontaktpersoner eller begge.");
		}
	}

	public boolean includes(String status, String delegationSessionId) {
		return status != null && this.statuses.stream().anyMatch((chosen) -> chosen.name().equals(status))
				&& (this.sessionId == null || this.sessionId.equals(delegationSessionId));
	}

	public enum SeatStatus {

		CONFIRMED, WAITLISTED, CANCELLED

	}

	public enum Role {

		DELEGATES, COORDINATORS

	}

}
