package no.ks.kulturskole.workshop.workshop.application;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import no.ks.kulturskole.contracts.workshop.WorkshopEvent;
import no.ks.kulturskole.support.problem.ConflictingState;
import no.ks.kulturskole.support.problem.LostRace;
import no.ks.kulturskole.support.problem.NotFound;
import no.ks.kulturskole.workshop.questions.model.Question;
import no.ks.kulturskole.workshop.workshop.model.ClosedBy;
import no.ks.kulturskole.workshop.workshop.model.DetailsChange;
import no.ks.kulturskole.workshop.workshop.model.Invitations;
import no.ks.kulturskole.workshop.workshop.model.PreparationMaterial;
import no.ks.kulturskole.workshop.workshop.model.Session;
import no.ks.kulturskole.workshop.workshop.model.SessionPlan;
import no.ks.kulturskole.workshop.workshop.model.SessionTimes;
import no.ks.kulturskole.workshop.workshop.model.Workshop;
import no.ks.kulturskole.workshop.workshop.model.WorkshopPlan;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * What staff do with a workshop after creating it. Each change is one domain method, and
 * is stored with the events announcing it in one conditional write; a draft's changes are
 * not announced, since nobody outside has heard of it.
 */
@Service
public class WorkshopChanges {

	private static final Logger log = LoggerFactory.getLogger(WorkshopChanges.class);

	/** Two staff members rarely change the same workshop at once; a few tries suffice. */
	private static final int ATTEMPTS = 3;

	private final WorkshopRepository workshops;

	private final Clock clock;

	private final SeatCount seats;

	public WorkshopChanges(WorkshopRepository workshops, Clock clock, SeatCount seats) {
		this.workshops = workshops;
		this.clock = clock;
		this.seats = seats;
	}

	public Workshop revise(String id, WorkshopPlan plan) {
		return change(id, "revised", (before, now) -> before.revise(plan, this.clock),
				(before, after, now) -> List.of());
	}

	/**
	 * Material whose release time has already passed goes out with the announcement.
	 */
	public Workshop schedule(String id) {
		return change(id, "scheduled", (before, now) -> before.schedule(now), (before, after, now) -> {
			List<WorkshopEvent> events = new ArrayList<>();
			events.add(WorkshopAnnouncements.scheduled(after));
			if (!after.invitations().isOpen()) {
				// a draft limited to some organisations says so as it is announced
				events.add(WorkshopAnnouncements.invitationsChanged(after, now));
			}
			if (!after.questions().isEmpty()) {
				// a draft's extra questions are announced with it
				events.add(WorkshopAnnouncements.questionsChanged(after, now));
			}
			return events;
		});
	}

	public Workshop closeRegistration(String id) {
		return change(id, "closed for registration", (before, now) -> before.closeRegistration(),
				(before, after, now) -> List.of(WorkshopAnnouncements.registrationClosed(after, ClosedBy.STAFF, now)));
	}

	public Workshop cancel(String id, String reason) {
		return change(id, "cancelled", (before, now) -> before.cancel(reason),
				(before, after, now) -> before.status().isPublished()
						? List.of(WorkshopAnnouncements.cancelled(after, now)) : List.of());
	}

	public Workshop reschedule(String id, Instant deadline, List<SessionTimes> times, String reason) {
		String why = (reason == null || reason.isBlank()) ? null : reason.strip();
		return change(id, "rescheduled", (before, now) -> before.reschedule(deadline, times, now),
				(before, after, now) -> List.of(WorkshopAnnouncements.rescheduled(after, why, now)));
	}

	public Workshop addSession(String id, SessionPlan session) {
		return change(id, "given a session", (before, now) -> before.addSession(session, now), (before, after, now) -> {
			if (!after.status().isPublished()) {
				return List.of();
			}
			Set<String> existing = before.sessions().stream().map(Session::sessionId).collect(Collectors.toSet());
			Session added = after.sessions()
				.stream()
				.filter(each -> !existing.contains(each.sessionId()))
				.findFirst()
				.orElseThrow();
			return List.of(WorkshopAnnouncements.sessionAdded(after, added, now));
		});
	}

	/**
	 * Consumers keep their own copies of the details (titles in registrations and
	 * reports, links and titles in e-mails), so a published workshop's new details are
	 * announced; a change that changes nothing is neither stored nor announced.
	 */
	public Workshop changeDetails(String id, DetailsChange details) {
		return change(id, "given new details", (before, now) -> before.changeDetails(details),
				(before, after, now) -> after.status().isPublished()
						? List.of(WorkshopAnnouncements.detailsChanged(after, now)) : List.of());
	}

	/**
	 * The count of confirmed persons lags registration by the time an event takes to
	 * arrive; registration-service still never confirms beyond capacity.
	 */
	public Workshop changeCapacity(String id, String sessionId, int capacity) {
		int seatsTaken = this.seats.confirmedPersons(id, sessionId);
		return change(id, "given a new capacity",
				(before, now) -> before.changeCapacity(sessionId, capacity, seatsTaken),
				(before, after, now) -> after.status().isPublished()
						? List.of(WorkshopAnnouncements.sessionChanged(after, sessionId, now)) : List.of());
	}

	/**
	 * Who may register; announced for a published workshop (registration refuses the
	 * others, notification invites the listed), kept for a draft until it is published.
	 */
	public Workshop invite(String id, Invitations invitations) {
		return change(id, "given invitations", (before, now) -> before.invite(invitations),
				WorkshopChanges::invitationsAnnounced);
	}

	/** A municipality selected for the pilot joins a workshop that follows the pilot. */
	public Workshop pilotMunicipalitySelected(String id, String organisationNumber) {
		return change(id, "given a pilot municipality",
				(before, now) -> before.pilotMunicipalitySelected(organisationNumber),
				WorkshopChanges::invitationsAnnounced);
	}

	/**
	 * The registration form's extra questions (issue 17); announced for a published
	 * workshop, so registration asks and checks them, kept for a draft until it is
	 * published.
	 */
	public Workshop askQuestions(String id, List<Question> questions) {
		return change(id, "given questions", (before, now) -> before.askQuestions(questions),
				(before, after, now) -> after.status().isPublished()
						? List.of(WorkshopAnnouncements.questionsChanged(after, now)) : List.of());
	}

	private static List<WorkshopEvent> invitationsAnnounced(Workshop before, Workshop after, Instant now) {
		return after.status().isPublished() ? List.of(WorkshopAnnouncements.invitationsChanged(after, now)) : List.of();
	}

	/**
	 * Stores material and questions; the timetable announces them at their release time
	 * (at once if that time has passed: the next round of the timetable).
	 */
	public Workshop prepare(String id, List<PreparationMaterial> materials, List<String> questions, Instant releaseAt) {
		return change(id, "given preparation", (before, now) -> before.prepare(materials, questions, releaseAt),
				(before, after, now) -> List.of());
	}

	private Workshop change(String id, String what, Change change, Announcement announcement) {
		for (int attempt = 1;; attempt++) {
			Workshop before = this.workshops.findById(id)
				.orElseThrow(() -> new NotFound("id", "Fant ikke verkstedet."));
			Instant now = this.clock.instant();
			Workshop after = change.apply(before, now);
			if (after == before) {
				// nothing changed: no write, so no new version and nothing announced
				return before;
			}
			if (this.workshops.replace(after, announcement.of(before, after, now))) {
				log.info("Workshop {} {}", id, what);
				return this.workshops.findById(id).orElse(after);
			}
			if (attempt == ATTEMPTS) {
				throw new LostRace("id", "concurrent-change",
						"Verkstedet ble endret av noen andre samtidig. Prøv igjen.");
			}
		}
	}

	@FunctionalInterface
	private interface Change {

		Workshop apply(Workshop before, Instant now);

	}

	@FunctionalInterface
	private interface Announcement {

		List<WorkshopEvent> of(Workshop before, Workshop after, Instant now);

	}

}
