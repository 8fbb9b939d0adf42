package no.ks.kulturskole.workshop.workshop.model;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import no.ks.kulturskole.workshop.workshop.model.Workshop.Milestone;
import no.ks.kulturskole.workshop.workshop.model.Workshop.Progress;

/**
 * What time does to a workshop without anyone asking: registration closes at the
 * deadline, material goes out at its release time, the workshop completes after its last
 * session. Also when the next of these is due, which storage keeps so that one query
 * finds every due workshop.
 */
final class Milestones {

	private Milestones() {
	}

	/**
	 * Everything due at {@code now}, in the order it happens; several may be due at once
	 * after a pause (a restart, say).
	 */
	static Progress advance(Workshop workshop, Instant now) {
		Workshop current = workshop;
		List<Milestone> reached = new ArrayList<>();
		if (current.status() == WorkshopStatus.SCHEDULED && !now.isBefore(current.registrationDeadline())) {
			current = current.closeRegistration();
			reached.add(Milestone.REGISTRATION_CLOSED);
		}
		if (preparationWaits(current) && !now.isBefore(current.preparation().releaseAt())) {
			current = current.releasePreparation(now);
			reached.add(Milestone.MATERIALS_RELEASED);
		}
		if (current.status() == WorkshopStatus.REGISTRATION_CLOSED && !now.isBefore(current.lastSessionEndsAt())) {
			current = current.complete(now);
			reached.add(Milestone.COMPLETED);
		}
		return new Progress(current, List.copyOf(reached));
	}

	/** The next moment something is due, or {@code null} when nothing will be. */
	static Instant nextDueAt(Workshop workshop) {
		Instant next = null;
		if (workshop.status() == WorkshopStatus.SCHEDULED) {
			next = workshop.registrationDeadline();
		}
		if (preparationWaits(workshop)) {
			next = earliest(next, workshop.preparation().releaseAt());
		}
		if (workshop.status() == WorkshopStatus.SCHEDULED || workshop.status() == WorkshopStatus.REGISTRATION_CLOSED) {
			next = earliest(next, workshop.lastSessionEndsAt());
		}
		return next;
	}

	/**
	 * A draft's material waits until it is published; a finished workshop's never goes.
	 */
	private static boolean preparationWaits(Workshop workshop) {
		return workshop.status().isPublished() && workshop.status().isActive() && workshop.preparation() != null
				&& !workshop.preparation().isReleased();
	}

	private static Instant earliest(Instant one, Instant other) {
		return (one == null || other.isBefore(one)) ? other : one;
	}

}
