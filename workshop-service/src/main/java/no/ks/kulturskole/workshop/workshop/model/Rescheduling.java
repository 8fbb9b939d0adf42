package no.ks.kulturskole.workshop.workshop.model;

import java.time.Instant;
import java.util.List;

import no.ks.kulturskole.support.problem.ConflictingState;
import no.ks.kulturskole.support.problem.RuleViolation;

/**
 * New times for a published workshop: its sessions as {@link Timetable#moved} leaves
 * them, and its registration deadline, checked together.
 * <p>
 * Once registration has closed, a new deadline is refused: it would not open registration
 * again (no event says so, and registration-service treats the close as final), so
 * accepting it would only mislead. The old deadline then no longer has to come before the
 * sessions.
 *
 * @param deadline the deadline after the change, as stored
 * @param sessions the sessions after the change, sorted by start
 */
record Rescheduling(Instant deadline, List<Session> sessions) {

	/**
	 * @param deadline {@code null} keeps the current deadline
	 * @throws RuleViolation naming the field of the first rule broken
	 * @throws ConflictingState for a new deadline after registration closed
	 */
	static Rescheduling of(Workshop workshop, Instant deadline, List<SessionTimes> times, Instant now) {
		Timetable moved = Timetable.of(workshop.sessions()).moved(times, now);
		if (deadline != null && workshop.status() == WorkshopStatus.REGISTRATION_CLOSED) {
			throw new ConflictingState("registrationDeadline", "deadline-after-close",
					"Påmeldingen er allerede stengt, og en ny frist åpner den ikke igjen. Flytt bare øktene.");
		}
		if (deadline != null && !deadline.isAfter(now)) {
			throw new RuleViolation("registrationDeadline", "deadline-in-past",
					"Den nye påmeldingsfristen kan ikke være passert.");
		}
		if (times.isEmpty() && deadline == null) {
			throw new RuleViolation("sessions", "nothing-to-reschedule", "Oppgi ny påmeldingsfrist eller nye tider.");
		}
		Instant newDeadline = (deadline != null) ? Timetable.stored(deadline) : workshop.registrationDeadline();
		if (workshop.status() == WorkshopStatus.SCHEDULED && !newDeadline.isBefore(moved.firstStart())) {
			throw new RuleViolation("registrationDeadline", "deadline-not-before-start",
					"Påmeldingsfristen må være før første økt starter.");
		}
		return new Rescheduling(newDeadline, moved.sessions());
	}

}
