package no.ks.kulturskole.registration.delegation.model;

import java.time.Instant;
import java.util.ArrayList;
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

	public Workshop withStatus(WorkshopStatus newStatus) {
		return new Workshop(this.title, newStatus, this.registrationDeadline, this.minDelegationSize,
				this.maxDelegationSize, this.outsideRoleRequired, this.sessions);
	}

	public Workshop withTitle(String newTitle) {
		return new Workshop(newTitle, this.status, this.registrationDeadline, this.minDelegationSize,
				this.maxDelegationSize, this.outsideRoleRequired, this.sessions);
	}

	/** With the session added, or replaced when one with its id exists. */
	public Workshop withSession(Session added) {
		List<Session> newer = new ArrayList<>(this.sessions);
		newer.removeIf(session -> session.sessionId().equals(added.sessionId()));
		newer.add(added);
		return withSessions(this.registrationDeadline, newer);
	}

	public Workshop withSessions(Instant deadline, List<Session> newer) {
		return new Workshop(this.title, this.status, deadline, this.minDelegationSize, this.maxDelegationSize,
				this.outsideRoleRequired, newer);
	}

}
