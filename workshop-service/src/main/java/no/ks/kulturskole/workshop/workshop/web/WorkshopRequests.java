package no.ks.kulturskole.workshop.workshop.web;

import java.util.List;

import no.ks.kulturskole.support.problem.RuleViolation;
import no.ks.kulturskole.api.workshop.CopyWorkshopRequest;
import no.ks.kulturskole.api.workshop.OsloTime;
import no.ks.kulturskole.api.workshop.ScheduleWorkshopRequest;
import no.ks.kulturskole.api.workshop.WorkshopChangeRequests;
import no.ks.kulturskole.workshop.workshop.model.CopyShift;
import no.ks.kulturskole.workshop.workshop.model.DetailsChange;
import no.ks.kulturskole.workshop.workshop.model.FormatKind;
import no.ks.kulturskole.workshop.workshop.model.InvitationScope;
import no.ks.kulturskole.workshop.workshop.model.PreparationMaterial;
import no.ks.kulturskole.workshop.workshop.model.SessionPlan;
import no.ks.kulturskole.workshop.workshop.model.SessionTimes;
import no.ks.kulturskole.workshop.workshop.model.WorkshopPlan;

/**
 * Translates the requests of the {@code workshop-api} contract into the model's terms.
 * The contract lives in its own module so that the gateway shares it; the model must not
 * know it, so the translation is here, at the edge.
 */
final class WorkshopRequests {

	private WorkshopRequests() {
	}

	static WorkshopPlan plan(ScheduleWorkshopRequest request) {
		List<SessionPlan> plannedSessions = (request.sessions() != null)
				? request.sessions().stream().map(WorkshopRequests::session).toList() : List.of();
		return new WorkshopPlan(request.title(), request.description(), request.programme(), format(request.format()),
				request.venue(), request.meetingUrl(), request.language(), request.registrationDeadline(),
				request.minDelegationSize(), request.maxDelegationSize(),
				Boolean.TRUE.equals(request.outsideRoleRequired()), plannedSessions, request.organisers(),
				request.targetGroup(), request.free());
	}

	static SessionPlan session(ScheduleWorkshopRequest.SessionRequest request) {
		return new SessionPlan(request.startsAt(), request.endsAt(), request.capacity(), request.meetingUrl());
	}

	static DetailsChange change(WorkshopChangeRequests.DetailsRequest request) {
		return new DetailsChange(request.title(), request.description(), request.organisers(), request.targetGroup(),
				request.free(), format(request.format()), request.venue(), request.meetingUrl(), request.language());
	}

	static List<SessionTimes> times(WorkshopChangeRequests.RescheduleRequest request) {
		return (request.sessions() != null) ? request.sessions()
			.stream()
			.map(session -> new SessionTimes(session.sessionId(), session.startsAt(), session.endsAt()))
			.toList() : List.of();
	}

	static List<PreparationMaterial> materials(WorkshopChangeRequests.PreparationRequest request) {
		return (request.materials() != null)
				? request.materials().stream().map(m -> new PreparationMaterial(m.title(), m.url())).toList()
				: List.of();
	}

	static List<String> questions(WorkshopChangeRequests.PreparationRequest request) {
		return (request.reflectionQuestions() != null) ? request.reflectionQuestions() : List.of();
	}

	static CopyShift shift(CopyWorkshopRequest request) {
		if (request.shiftDays() == null && request.firstSessionStart() == null) {
			throw new RuleViolation("shiftDays", "copy-shift-required",
					"Oppgi hvor mange dager kopien skal flyttes, eller når første økt skal starte.");
		}
		if (request.shiftDays() != null && request.firstSessionStart() != null) {
			throw new RuleViolation("firstSessionStart", "copy-shift-ambiguous",
					"Oppgi enten antall dager eller ny start for første økt, ikke begge.");
		}
		return (request.shiftDays() != null) ? new CopyShift.ByDays(request.shiftDays())
				: new CopyShift.FirstSessionAt(OsloTime.local(request.firstSessionStart()));
	}

	static InvitationScope scope(no.ks.kulturskole.api.workshop.InvitationScope scope) {
		return (scope != null) ? InvitationScope.valueOf(scope.name()) : null;
	}

	private static FormatKind format(no.ks.kulturskole.api.workshop.FormatKind format) {
		return (format != null) ? FormatKind.valueOf(format.name()) : null;
	}

}
