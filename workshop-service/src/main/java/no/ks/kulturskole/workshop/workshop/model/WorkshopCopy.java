package no.ks.kulturskole.workshop.workshop.model;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.function.UnaryOperator;

import no.ks.kulturskole.support.problem.RuleViolation;
import no.ks.kulturskole.workshop.questions.model.QuestionForm;

/**
 * A new draft planned like an existing workshop, for the next round of a series (see
 * {@link Workshop#copyAsDraft}): its plan with every time moved by one wall-clock shift,
 * the same invited organisations and questions, and its material waiting for release
 * again. What happened to the original stays with it.
 */
final class WorkshopCopy {

	private WorkshopCopy() {
	}

	static Workshop of(Workshop original, String newId, CopyShift shift, ZoneId zone, Clock clock) {
		Duration wallClock = shift.wallClockFrom(LocalDateTime.ofInstant(original.firstSessionStartsAt(), zone));
		UnaryOperator<Instant> moved = (
				instant) -> LocalDateTime.ofInstant(instant, zone).plus(wallClock).atZone(zone).toInstant();
		Instant deadline = moved.apply(original.registrationDeadline());
		if (!deadline.isAfter(clock.instant())) {
			throw new RuleViolation(shift.field(), "copy-deadline-in-past",
					"Kopien ville fått en påmeldingsfrist som er passert. Flytt den lenger fram i tid.");
		}
		Format format = original.format();
		Offering offering = original.offering();
		WorkshopPlan plan = new WorkshopPlan(original.title(), original.description(), original.programme(),
				format.kind(), (format instanceof Format.Venue venue) ? venue.address() : null,
				(format instanceof Format.Online online) ? online.meetingUrl() : null, original.language(), deadline,
				original.delegationSize().min(), original.delegationSize().max(), original.outsideRoleRequired(),
				original.sessions()
					.stream()
					.map(session -> new SessionPlan(moved.apply(session.startsAt()), moved.apply(session.endsAt()),
							session.capacity(), session.meetingUrl()))
					.toList(),
				// a workshop stored before organisers and price were recorded gets the
				// programme's defaults, as a new plan that leaves them out does
				offering.organisers().isEmpty() ? null : offering.organisers(), offering.targetGroup(),
				offering.free());
		// the copy is a draft nobody has answered yet, so its form starts over at version
		// 1
		QuestionForm questions = original.questions().isEmpty() ? QuestionForm.EMPTY
				: new QuestionForm(1, original.questions().questions());
		Preparation preparation = original.preparation();
		Preparation waiting = (preparation == null) ? null : new Preparation(preparation.materials(),
				preparation.reflectionQuestions(), Timetable.stored(moved.apply(preparation.releaseAt())), null);
		// the next gathering of a series is for the same organisations
		return Workshop.draft(newId, plan, clock).carrying(original.invitations(), questions, waiting);
	}

}
