package no.ks.kulturskole.workshop.workshop.model;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import no.ks.kulturskole.support.problem.ConflictingState;
import no.ks.kulturskole.support.problem.NotFound;
import no.ks.kulturskole.support.problem.RuleViolation;

/**
 * A workshop's sessions in the order they are held, and the rules for changing them once
 * staff have set them: new times, an added (overflow) session, a new capacity. Each
 * change answers the sessions as they would be, or refuses with the field that broke a
 * rule; the workshop decides whether its state allows the change at all.
 */
final class Timetable {

	private final List<Session> sessions;

	private Timetable(List<Session> sessions) {
		this.sessions = sessions;
	}

	/** The sessions, sorted by start. */
	static Timetable of(List<Session> sessions) {
		List<Session> sorted = sessions.stream().sorted(Comparator.comparing(Session::startsAt)).toList();
		if (sorted.isEmpty()) {
			throw new IllegalArgumentException("A workshop has at least one session");
		}
		return new Timetable(sorted);
	}

	List<Session> sessions() {
		return this.sessions;
	}

	Instant firstStart() {
		return this.sessions.get(0).startsAt();
	}

	/** A session of this plan, with a new id. */
	static Session newSession(SessionPlan session) {
		return new Session(UUID.randomUUID().toString(), stored(session.startsAt()), stored(session.endsAt()),
				session.capacity(), SchedulingRules.blankToNull(session.meetingUrl()));
	}

	/**
	 * @throws NotFound naming {@code field} for a session the workshop does not have
	 */
	Session session(String sessionId, String field) {
		return this.sessions.stream()
			.filter(session -> session.sessionId().equals(sessionId))
			.findFirst()
			.orElseThrow(() -> new NotFound(field, "Fant ikke økten."));
	}

	/**
	 * The sessions moved to new times, each checked as a new one would be and none into
	 * the past.
	 */
	Timetable moved(List<SessionTimes> times, Instant now) {
		Map<String, SessionTimes> byId = new HashMap<>();
		for (int index = 0; index < times.size(); index++) {
			SessionTimes change = times.get(index);
			String field = "sessions[" + index + "].";
			session(change.sessionId(), field + "sessionId");
			SchedulingRules.checkTimes(field, change.startsAt(), change.endsAt());
			if (!change.startsAt().isAfter(now)) {
				throw new RuleViolation(field + "startsAt", "session-in-past", "Økten kan ikke flyttes til fortiden.");
			}
			byId.put(change.sessionId(), change);
		}
		return of(this.sessions.stream().map(session -> {
			SessionTimes change = byId.get(session.sessionId());
			return (change != null) ? new Session(session.sessionId(), stored(change.startsAt()),
					stored(change.endsAt()), session.capacity(), session.meetingUrl()) : session;
		}).toList());
	}

	/**
	 * One more session, checked as the plan's were, in the future and after the
	 * registration deadline; online without a shared link, it needs its own.
	 */
	Timetable withSession(SessionPlan plan, Format format, int minDelegationSize, Instant deadline, Instant now) {
		if (this.sessions.size() >= SchedulingRules.MAX_SESSIONS) {
			throw new RuleViolation("sessions", "too-many-sessions",
					"Et verksted kan ha høyst " + SchedulingRules.MAX_SESSIONS + " økter.");
		}
		SchedulingRules.checkSession("", plan, format.kind(), minDelegationSize);
		if (!plan.startsAt().isAfter(now)) {
			throw new RuleViolation("startsAt", "session-in-past", "Økten kan ikke starte i fortiden.");
		}
		if (!plan.startsAt().isAfter(deadline)) {
			throw new RuleViolation("startsAt", "session-before-deadline", "Økten må starte etter påmeldingsfristen.");
		}
		if (format instanceof Format.Online online && online.meetingUrl() == null
				&& SchedulingRules.isBlank(plan.meetingUrl())) {
			throw new RuleViolation("meetingUrl", "meeting-url-required",
					"Verkstedet har ingen felles møtelenke, så økten må ha sin egen.");
		}
		List<Session> sessions = new ArrayList<>(this.sessions);
		sessions.add(newSession(plan));
		return of(sessions);
	}

	/**
	 * A session taking a new number of persons: at least one delegation's, never below
	 * the persons already confirmed in it.
	 * @param seatsTaken persons confirmed in the session, as counted from
	 * registration.events (registration-service owns the seats)
	 */
	Timetable withCapacity(String sessionId, int capacity, int minDelegationSize, int seatsTaken) {
		Session session = session(sessionId, "sessionId");
		if (capacity < 1) {
			throw new RuleViolation("capacity", "capacity-too-small", "Kapasiteten må være minst 1 person.");
		}
		if (capacity < minDelegationSize) {
			throw new RuleViolation("capacity", "capacity-below-delegation-size",
					"Kapasiteten må gi plass til minst én delegasjon (" + minDelegationSize + " personer).");
		}
		if (capacity < seatsTaken) {
			throw new ConflictingState("capacity", "capacity-below-seats-taken",
					"Kapasiteten kan ikke settes lavere enn antall bekreftede deltakere i økten (" + seatsTaken + ").");
		}
		if (capacity == session.capacity()) {
			throw new RuleViolation("capacity", "capacity-unchanged", "Økten har allerede denne kapasiteten.");
		}
		return new Timetable(this.sessions.stream()
			.map(each -> each.sessionId().equals(sessionId)
					? new Session(each.sessionId(), each.startsAt(), each.endsAt(), capacity, each.meetingUrl()) : each)
			.toList());
	}

	/** MongoDB keeps milliseconds; keeping the same here makes what we return match. */
	static Instant stored(Instant instant) {
		return instant.truncatedTo(ChronoUnit.MILLIS);
	}

}
