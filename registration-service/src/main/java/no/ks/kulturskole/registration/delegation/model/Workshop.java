package no.ks.kulturskole.registration.delegation.model;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * What registration needs to know about a workshop: its local replica, kept up to date
 * from {@code workshop.events} so that registering never calls workshop-service.
 *
 * @param maxDelegationSize {@code null} when there is no upper limit
 * @param outsideRoleRequired at least one delegate must have a role outside the
 * kulturskole
 */
public record Workshop(String title, WorkshopStatus status, Instant registrationDeadline, int minDelegationSize,
		Integer maxDelegationSize, boolean outsideRoleRequired, List<Session> sessions) {

	public Workshop {
		sessions = (sessions != null) ? List.copyOf(sessions) : List.of();
	}

	/** Earliest first: "the first session with room" means the earliest one. */
	public List<Session> sessionsInOrder() {
		return this.sessions.stream().sorted(Comparator.comparing(Session::startsAt)).toList();
	}

	public Optional<Session> session(String sessionId) {
		return this.sessions.stream().filter(session -> session.sessionId().equals(sessionId)).findFirst();
	}

}
