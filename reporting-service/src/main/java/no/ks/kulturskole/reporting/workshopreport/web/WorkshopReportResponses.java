package no.ks.kulturskole.reporting.workshopreport.web;

import java.util.List;
import java.util.function.Function;

import no.ks.kulturskole.api.reporting.CoverageResponse;
import no.ks.kulturskole.api.reporting.WorkshopReportResponse;
import no.ks.kulturskole.reporting.workshopreport.model.AttendanceCount;
import no.ks.kulturskole.reporting.workshopreport.model.AttendanceRecord;
import no.ks.kulturskole.reporting.workshopreport.model.AttendanceSummary;
import no.ks.kulturskole.reporting.workshopreport.model.DailyRegistrations;
import no.ks.kulturskole.reporting.workshopreport.model.DelegationMails;
import no.ks.kulturskole.reporting.workshopreport.model.DelegationReport;
import no.ks.kulturskole.reporting.workshopreport.model.FormAnswers;
import no.ks.kulturskole.reporting.workshopreport.model.FormQuestion;
import no.ks.kulturskole.reporting.workshopreport.model.ParticipantReport;
import no.ks.kulturskole.reporting.workshopreport.model.SentMessage;
import no.ks.kulturskole.reporting.workshopreport.model.SessionMix;
import no.ks.kulturskole.reporting.workshopreport.model.SessionReport;
import no.ks.kulturskole.reporting.workshopreport.model.Totals;
import no.ks.kulturskole.reporting.workshopreport.model.WorkshopReport;

/**
 * The model's workshop report as reporting-api's record, which the gateway shares, with
 * the same JSON (the HTTP and integration tests read it). The derived components are the
 * model's, computed when it was made; the API's enums mirror the model's by name.
 */
final class WorkshopReportResponses {

	private WorkshopReportResponses() {
	}

	static WorkshopReportResponse of(WorkshopReport report) {
		return new WorkshopReportResponse(report.workshopId(), report.title(), report.programme(),
				(report.status() != null) ? WorkshopReportResponse.ReportedStatus.valueOf(report.status().name())
						: null,
				report.registrationOpenedAt(), report.registrationDeadline(),
				map(report.sessions(), WorkshopReportResponses::session),
				map(report.delegations(), WorkshopReportResponses::delegation),
				map(report.participants(), WorkshopReportResponses::participant),
				map(report.municipalities(),
						(municipality) -> new CoverageResponse.MunicipalityRef(municipality.number(),
								municipality.name())),
				totals(report.totals()), map(report.mails(), WorkshopReportResponses::mails), report.asOf(),
				report.roleCategoryMix(), report.delegationsMeetingOutsideRoleRule(),
				map(report.registrationsPerDay(), WorkshopReportResponses::day),
				map(report.perSession(), WorkshopReportResponses::mix),
				map(report.messages(), WorkshopReportResponses::message),
				map(report.attendance(), WorkshopReportResponses::attendance), summary(report.attendanceSummary()),
				map(report.questions(), WorkshopReportResponses::question),
				map(report.answers(), WorkshopReportResponses::answers));
	}

	private static <T, R> List<R> map(List<T> items, Function<T, R> mapping) {
		return (items != null) ? items.stream().map(mapping).toList() : List.of();
	}

	private static WorkshopReportResponse.SessionReport session(SessionReport session) {
		return new WorkshopReportResponse.SessionReport(session.sessionId(), session.startsAt(), session.endsAt(),
				session.capacity(), session.confirmedPersons(), session.waitlistedPersons(), session.seatsLeft(),
				session.confirmedDelegations(), session.waitlistedDelegations());
	}

	private static WorkshopReportResponse.DelegationReport delegation(DelegationReport delegation) {
		return new WorkshopReportResponse.DelegationReport(delegation.delegationId(), delegation.municipalityNumber(),
				delegation.municipalityName(), delegation.countyNumber(), delegation.countyName(),
				delegation.ksRegion(), delegation.kulturskoleradBranch(), delegation.sessionId(),
				(delegation.status() != null)
						? WorkshopReportResponse.DelegationStatus.valueOf(delegation.status().name()) : null,
				delegation.participantCount(), delegation.registeredAt(), delegation.reflectionSubmitted());
	}

	private static WorkshopReportResponse.ParticipantReport participant(ParticipantReport participant) {
		return new WorkshopReportResponse.ParticipantReport(participant.delegationId(), participant.participantId(),
				participant.name(), participant.roleTitle(), participant.roleCategory(),
				participant.municipalityNumber());
	}

	private static WorkshopReportResponse.Totals totals(Totals totals) {
		return new WorkshopReportResponse.Totals(totals.delegations(), totals.participants(), totals.municipalities(),
				totals.confirmedPersons(), totals.waitlistedPersons(), totals.mailsSent(), totals.mailsFailed(),
				totals.reflectionsSubmitted());
	}

	private static WorkshopReportResponse.DelegationMails mails(DelegationMails mails) {
		return new WorkshopReportResponse.DelegationMails(mails.delegationId(), mails.sent(), mails.failed());
	}

	private static WorkshopReportResponse.DailyRegistrations day(DailyRegistrations day) {
		return new WorkshopReportResponse.DailyRegistrations(day.day(), day.delegations(), day.cumulativeDelegations());
	}

	private static WorkshopReportResponse.SessionMix mix(SessionMix mix) {
		return new WorkshopReportResponse.SessionMix(mix.sessionId(), mix.roleCategoryMix(),
				mix.delegationsMeetingOutsideRoleRule(), mix.reflectionsSubmitted(), mix.mailsSent(),
				mix.mailsFailed());
	}

	private static WorkshopReportResponse.SentMessage message(SentMessage message) {
		return new WorkshopReportResponse.SentMessage(message.messageId(), message.subject(), message.sentAt(),
				message.sessionId(), message.statuses(), message.roles(), message.recipients());
	}

	private static WorkshopReportResponse.AttendanceRecord attendance(AttendanceRecord record) {
		return new WorkshopReportResponse.AttendanceRecord(record.sessionId(), record.delegationId(), record.present(),
				record.sequence());
	}

	private static WorkshopReportResponse.AttendanceSummary summary(AttendanceSummary summary) {
		return (summary != null)
				? new WorkshopReportResponse.AttendanceSummary(summary.persons(), summary.delegations(),
						summary.municipalities(), counts(summary.perSession()), counts(summary.perMunicipality()),
						counts(summary.perCounty()), counts(summary.perKsRegion()), counts(summary.perBranch()))
				: null;
	}

	private static List<WorkshopReportResponse.AttendanceCount> counts(List<AttendanceCount> counts) {
		return map(counts, (count) -> new WorkshopReportResponse.AttendanceCount(count.key(), count.name(),
				count.persons(), count.delegations()));
	}

	private static WorkshopReportResponse.ReportQuestion question(FormQuestion question) {
		return new WorkshopReportResponse.ReportQuestion(question.questionId(), question.scope(), question.kind(),
				question.text(), question.personalData(), question.choices());
	}

	private static WorkshopReportResponse.ReportAnswers answers(FormAnswers answers) {
		return new WorkshopReportResponse.ReportAnswers(answers.delegationId(), answers.version(),
				map(answers.answers(),
						(answer) -> new WorkshopReportResponse.ReportAnswers.ReportAnswer(answer.questionId(),
								answer.participantId(), answer.values())));
	}

}
