package no.ks.kulturskole.workshop.workshop.model;

import java.time.Duration;
import java.time.LocalDateTime;

/**
 * How far a copy of a workshop moves in the calendar. Resolved to a shift of wall-clock
 * time in the workshop's zone, so that a 09:00 session is at 09:00 in the copy too, also
 * across a change to or from summer time.
 */
public sealed interface CopyShift {

	/** The request field that asked for the shift, named when the shift is refused. */
	String field();

	/** The wall-clock shift for a workshop whose first session starts at this time. */
	Duration wallClockFrom(LocalDateTime firstSessionStartsAt);

	/** The same plan {@code days} later (earlier when negative). */
	record ByDays(int days) implements CopyShift {

		@Override
		public String field() {
			return "shiftDays";
		}

		@Override
		public Duration wallClockFrom(LocalDateTime firstSessionStartsAt) {
			return Duration.ofDays(this.days);
		}

	}

	/**
	 * The same plan with its first session starting at this wall-clock time; every other
	 * time keeps its distance to the first session.
	 */
	record FirstSessionAt(LocalDateTime startsAt) implements CopyShift {

		@Override
		public String field() {
			return "firstSessionStart";
		}

		@Override
		public Duration wallClockFrom(LocalDateTime firstSessionStartsAt) {
			return Duration.between(firstSessionStartsAt, this.startsAt);
		}

	}

}
