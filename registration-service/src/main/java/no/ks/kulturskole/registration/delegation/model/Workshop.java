package no.ks.kulturskole.registration.delegation.model;

import java.time.Duration;
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
 * @param invitedOrganisations the only organisations that may register (issue 17:
 * invite-only gatherings, from {@code WorkshopInvitationsChanged}); {@code null} when
 * every organisation may
 * @param endedAt when the workshop was completed or cancelled, from which its personal
 * data is kept for the retention time (issue 14); {@code null} while it is not over, and
 * in replicas stored before it was recorded
 * @param organisers who runs the workshop, named on its participation confirmations
 * (issue 16); empty in replicas stored before it was kept, until the workshop's details
 * change
 */
public record Workshop(String title, WorkshopStatus status, Instant registrationDeadline, int minDelegationSize,
		Integer maxDelegationSize, boolean outsideRoleRequired, List<Session> sessions,
		List<String> invitedOrganisations, Instant endedAt, List<String> organisers) {

	public Workshop {
		sessions = (sessions != null) ? List.copyOf(sessions) : List.of();
		invitedOrganisations = (invitedOrganisations != null) ? List.copyOf(invitedOrganisations) : null;
		organisers = (organisers != null) ? List.copyOf(organisers) : List.of();
	}

	public Workshop(String title, WorkshopStatus status, Instant registrationDeadline, int minDelegationSize,
			Integer maxDelegationSize, boolean outsideRoleRequired, List<Session> sessions,
			List<String> invitedOrganisations, Instant endedAt) {
		this(title, status, registrationDeadline, minDelegationSize, maxDelegationSize, outsideRoleRequired, sessions,
				invitedOrganisations, endedAt, null);
	}

	public Workshop(String title, WorkshopStatus status, Instant registrationDeadline, int minDelegationSize,
			Integer maxDelegationSize, boolean outsideRoleRequired, List<Session> sessions,
			List<String> invitedOrganisations) {
		this(title, status, registrationDeadline, minDelegationSize, maxDelegationSize, outsideRoleRequired, sessions,
				invitedOrganisations, null);
	}

	/** A workshop open to every organisation. */
	public Workshop(String title, WorkshopStatus status, Instant registrationDeadline, int minDelegationSize,
			Integer maxDelegationSize, boolean outsideRoleRequired, List<Session> sessions) {
		this(title, status, registrationDeadline, minDelegationSize, maxDelegationSize, outsideRoleRequired, sessions,
				null);
	}

	public boolean invites(String organisationNumber) {
		return this.invitedOrganisations == null || this.invitedOrganisations.contains(organisationNumber);
	}

	/**
	 * @param invited {@code null} to open the workshop to all
	 */
	public Workshop withInvitedOrganisations(List<String> invited) {
		return new Workshop(this.title, this.status, this.registrationDeadline, this.minDelegationSize,
				this.maxDelegationSize, this.outsideRoleRequired, this.sessions, invited, this.endedAt,
				this.organisers);
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
				this.maxDelegationSize, this.outsideRoleRequired, this.sessions, this.invitedOrganisations,
				this.endedAt, this.organisers);
	}

	/** Completed or cancelled at that time; the retention time counts from it. */
	public Workshop ended(WorkshopStatus finalStatus, Instant at) {
		return new Workshop(this.title, finalStatus, this.registrationDeadline, this.minDelegationSize,
				this.maxDelegationSize, this.outsideRoleRequired, this.sessions, this.invitedOrganisations, at,
				this.organisers);
	}

	/**
	 * When the personal data of the workshop's delegations is to be erased (issue 14:
	 * retention by default): {@code retention} after it was completed or cancelled. A
	 * replica stored before the end time was recorded counts from its last session's end
	 * (or its deadline when it has none), which is never later than the real end.
	 * @return empty while the workshop is not over
	 */
	public Optional<Instant> personalDataErasedAt(Duration retention) {
		if (!this.status.isOver()) {
			return Optional.empty();
		}
		Instant end = (this.endedAt != null) ? this.endedAt
				: this.sessions.stream()
					.map(Session::endsAt)
					.max(Comparator.naturalOrder())
					.orElse(this.registrationDeadline);
		return Optional.of(end.plus(retention));
	}

	/**
	 * @param newer empty keeps the organisers known: only a workshop stored before they
	 * were recorded has none
	 */
	public Workshop withOrganisers(List<String> newer) {
		if (newer == null || newer.isEmpty()) {
			return this;
		}
		return new Workshop(this.title, this.status, this.registrationDeadline, this.minDelegationSize,
				this.maxDelegationSize, this.outsideRoleRequired, this.sessions, this.invitedOrganisations,
				this.endedAt, newer);
	}

	public Workshop withTitle(String newTitle) {
		return new Workshop(newTitle, this.status, this.registrationDeadline, this.minDelegationSize,
				this.maxDelegationSize, this.outsideRoleRequired, this.sessions, this.invitedOrganisations,
				this.endedAt, this.organisers);
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
				this.outsideRoleRequired, newer, this.invitedOrganisations, this.endedAt, this.organisers);
	}

}
