package no.ks.kulturskole.workshop.workshop.application;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import no.ks.kulturskole.contracts.workshop.Material;
import no.ks.kulturskole.contracts.workshop.MaterialsPublished;
import no.ks.kulturskole.contracts.workshop.RegistrationClosed;
import no.ks.kulturskole.contracts.workshop.SessionAdded;
import no.ks.kulturskole.contracts.workshop.SessionChanged;
import no.ks.kulturskole.contracts.workshop.SessionDetails;
import no.ks.kulturskole.contracts.workshop.WorkshopCancelled;
import no.ks.kulturskole.contracts.workshop.WorkshopCompleted;
import no.ks.kulturskole.contracts.workshop.WorkshopDetailsChanged;
import no.ks.kulturskole.contracts.workshop.WorkshopEvent;
import no.ks.kulturskole.contracts.workshop.WorkshopFormat;
import no.ks.kulturskole.contracts.workshop.WorkshopInvitationsChanged;
import no.ks.kulturskole.contracts.workshop.WorkshopQuestionsChanged;
import no.ks.kulturskole.contracts.workshop.WorkshopRescheduled;
import no.ks.kulturskole.contracts.workshop.WorkshopScheduled;
import no.ks.kulturskole.workshop.questions.application.QuestionContracts;
import no.ks.kulturskole.workshop.workshop.model.ClosedBy;
import no.ks.kulturskole.workshop.workshop.model.Format;
import no.ks.kulturskole.workshop.workshop.model.Session;
import no.ks.kulturskole.workshop.workshop.model.Workshop;
import no.ks.kulturskole.workshop.workshop.model.Workshop.Milestone;

/**
 * Translates the workshop model into the events other services read. Each event carries
 * what its consumers need, so that they never call workshop-service back.
 */
final class WorkshopAnnouncements {

	private WorkshopAnnouncements() {
	}

	/**
	 * Each session carries the link its participants will get (its own or the
	 * workshop's), so that consumers never need to know where a link came from.
	 * Organisers, target group and price go with it, so that e-mails and reports can name
	 * them without asking.
	 */
	static WorkshopScheduled scheduled(Workshop workshop) {
		return new WorkshopScheduled(UUID.randomUUID(), workshop.id(), workshop.scheduledAt(),
				WorkshopScheduled.SCHEMA_VERSION, workshop.title(), workshop.description(), workshop.programme(),
				formatOf(workshop.format()), venueOf(workshop.format()), workshop.language(),
				workshop.registrationDeadline(), workshop.delegationSize().min(), workshop.delegationSize().max(),
				workshop.outsideRoleRequired(), sessionsOf(workshop), workshop.organisers(), workshop.targetGroup(),
				workshop.free());
	}

	/** The whole list of who may register, as it stands after the change. */
	static WorkshopInvitationsChanged invitationsChanged(Workshop workshop, Instant now) {
		return new WorkshopInvitationsChanged(UUID.randomUUID(), workshop.id(), now,
				WorkshopInvitationsChanged.SCHEMA_VERSION, workshop.invitations().scope().name(),
				workshop.invitations().organisationNumbers());
	}

	/** The whole form of extra questions after the change (never any answers). */
	static WorkshopQuestionsChanged questionsChanged(Workshop workshop, Instant now) {
		return new WorkshopQuestionsChanged(UUID.randomUUID(), workshop.id(), now,
				WorkshopQuestionsChanged.SCHEMA_VERSION, workshop.questions().version(),
				QuestionContracts.of(workshop.questions()));
	}

	/**
	 * All sessions with their times after the change, so invites can be rewritten whole.
	 */
	static WorkshopRescheduled rescheduled(Workshop workshop, String reason, Instant now) {
		return new WorkshopRescheduled(UUID.randomUUID(), workshop.id(), now, WorkshopRescheduled.SCHEMA_VERSION,
				workshop.revision(), workshop.registrationDeadline(), sessionsOf(workshop), reason);
	}

	/**
	 * Every detail as it now stands, changed or not, and the sessions with the links
	 * their participants will get, as in {@link #scheduled}: consumers set them without
	 * comparing.
	 */
	static WorkshopDetailsChanged detailsChanged(Workshop workshop, Instant now) {
		return new WorkshopDetailsChanged(UUID.randomUUID(), workshop.id(), now, WorkshopDetailsChanged.SCHEMA_VERSION,
				workshop.title(), workshop.description(), workshop.organisers(), workshop.targetGroup(),
				workshop.free(), formatOf(workshop.format()), venueOf(workshop.format()), workshop.language(),
				sessionsOf(workshop));
	}

	static SessionAdded sessionAdded(Workshop workshop, Session session, Instant now) {
		return new SessionAdded(UUID.randomUUID(), workshop.id(), now, SessionAdded.SCHEMA_VERSION,
				detailsOf(workshop, session));
	}

	static SessionChanged sessionChanged(Workshop workshop, String sessionId, Instant now) {
		return new SessionChanged(UUID.randomUUID(), workshop.id(), now, SessionChanged.SCHEMA_VERSION, sessionId,
				workshop.sessionById(sessionId).capacity());
	}

	static MaterialsPublished materialsPublished(Workshop workshop, Instant now) {
		var preparation = workshop.preparation();
		return new MaterialsPublished(UUID.randomUUID(), workshop.id(), now, MaterialsPublished.SCHEMA_VERSION,
				preparation.materials().stream().map(m -> new Material(m.title(), m.url())).toList(),
				preparation.reflectionQuestions(), preparation.releaseAt());
	}

	static RegistrationClosed registrationClosed(Workshop workshop, ClosedBy closedBy, Instant now) {
		return new RegistrationClosed(UUID.randomUUID(), workshop.id(), now, RegistrationClosed.SCHEMA_VERSION,
				closedBy.name());
	}

	static WorkshopCancelled cancelled(Workshop workshop, Instant now) {
		return new WorkshopCancelled(UUID.randomUUID(), workshop.id(), now, WorkshopCancelled.SCHEMA_VERSION,
				workshop.cancellationReason());
	}

	static WorkshopCompleted completed(Workshop workshop, Instant now) {
		return new WorkshopCompleted(UUID.randomUUID(), workshop.id(), now, WorkshopCompleted.SCHEMA_VERSION);
	}

	/** What other services hear when time has made something happen. */
	static WorkshopEvent reached(Workshop workshop, Milestone milestone, Instant now) {
		return switch (milestone) {
			case REGISTRATION_CLOSED -> registrationClosed(workshop, ClosedBy.DEADLINE, now);
			case MATERIALS_RELEASED -> materialsPublished(workshop, now);
			case COMPLETED -> completed(workshop, now);
		};
	}

	private static List<SessionDetails> sessionsOf(Workshop workshop) {
		return workshop.sessions().stream().map(session -> detailsOf(workshop, session)).toList();
	}

	private static SessionDetails detailsOf(Workshop workshop, Session session) {
		return new SessionDetails(session.sessionId(), session.startsAt(), session.endsAt(), session.capacity(),
				workshop.meetingUrlFor(session));
	}

	private static WorkshopFormat formatOf(Format format) {
		return switch (format) {
			case Format.Online ignored -> WorkshopFormat.ONLINE;
			case Format.Venue ignored -> WorkshopFormat.VENUE;
		};
	}

	private static String venueOf(Format format) {
		return (format instanceof Format.Venue venue) ? venue.address() : null;
	}

}
