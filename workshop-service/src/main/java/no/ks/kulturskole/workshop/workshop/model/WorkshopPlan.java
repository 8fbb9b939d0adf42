package no.ks.kulturskole.workshop.workshop.model;

import java.time.Instant;
import java.util.List;

/**
 * A workshop as staff asked for it, before the rules have been checked. Sessions keep the
 * order of the request so that a refusal can name the session by its index.
 *
 * @param venue the address, only for {@link FormatKind#VENUE}
 * @param meetingUrl the link for all sessions, only for {@link FormatKind#ONLINE}
 * @param language IETF language tag; {@code null} or blank means {@code nb}
 * @param maxDelegationSize {@code null} when there is no upper limit
 */
public record WorkshopPlan(String title, String description, String programme, FormatKind format, String venue,
		String meetingUrl, String language, Instant registrationDeadline, Integer minDelegationSize,
		Integer maxDelegationSize, boolean outsideRoleRequired, List<SessionPlan> sessions) {

	public WorkshopPlan {
		sessions = (sessions != null) ? List.copyOf(sessions) : List.of();
	}

}
