package no.ks.kulturskole.api.reporting;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * Everything staff follow about one workshop ({@code GET /api/reports/workshops/{id}}),
 * with the components, their order and their JSON of reporting-service's model report. It
 * names participants and carries their answers: staff only. Lists a service leaves out
 * read as empty, so that a page shows "none" instead of failing.
 *
 * @param status {@code null} until the workshop's schedule is known to reporting
 * @param asOf the day (Norwegian time) the report was read on
 * @param roleCategoryMix participants per role category
 * @param delegationsMeetingOutsideRoleRule active delegations with at least one delegate
 * whose role is outside the kulturskole
 * @param registrationsPerDay every day of the registration period, for the curve
 * @param perSession who each session's delegations bring
 * @param messages staff's messages to the registrants, in the order they were sent
 * @param attendance who of each delegation attended each session
 * @param questions the extra registration questions (issue 17), in the form's order
 * @param answers the delegations' answers to them: personal data
 */
public record WorkshopReportResponse(String workshopId, String title, String programme, ReportedStatus status,
		Instant registrationOpenedAt, Instant registrationDeadline, List<SessionReport> sessions,
		List<DelegationReport> delegations, List<ParticipantReport> participants,
		List<CoverageResponse.MunicipalityRef> municipalities, Totals totals, List<DelegationMails> mails,
		LocalDate asOf, Map<String, Integer> roleCategoryMix, Integer delegationsMeetingOutsideRoleRule,
		List<DailyRegistrations> registrationsPerDay, List<SessionMix> perSession, List<SentMessage> messages,
		List<AttendanceRecord> attendance, AttendanceSummary attendanceSummary, List<ReportQuestion> questions,
		List<ReportAnswers> answers) {

	public WorkshopReportResponse {
		sessions = orEmpty(sessions);
		delegations = orEmpty(delegations);
		participants = orEmpty(participants);
		municipalities = orEmpty(municipalities);
		mails = orEmpty(mails);
		roleCategoryMix = (roleCategoryMix != null) ? roleCategoryMix : Map.of();
		registrationsPerDay = orEmpty(registrationsPerDay);
		perSession = orEmpty(perSession);
		messages = orEmpty(messages);
		attendance = orEmpty(attendance);
		questions = orEmpty(questions);
		answers = orEmpty(answers);
	}

	private static <T> List<T> orEmpty(List<T> list) {
		return (list != null) ? list : List.of();
	}

	/** Where the workshop is in its life, as its events tell it. */
	public enum ReportedStatus {

		SCHEDULED, REGISTRATION_CLOSED, CANCELLED, COMPLETED

	}

	/** A delegation's place; a cancelled one is kept so that staff see it. */
	public enum DelegationStatus {

		CONFIRMED, WAITLISTED, CANCELLED

	}

	/** One session with its head counts, in persons. */
	public record SessionReport(String sessionId, Instant startsAt, Instant endsAt, int capacity, int confirmedPersons,
			int waitlistedPersons, int seatsLeft, int confirmedDelegations, int waitlistedDelegations) {
	}

	/**
	 * One delegation with the regional structures staff report on.
	 *
	 * @param ksRegion {@code null} for Oslo, which is in none of KS's regions
	 */
	public record DelegationReport(String delegationId, String municipalityNumber, String municipalityName,
			String countyNumber, String countyName, String ksRegion, String kulturskoleradBranch, String sessionId,
			@Schema(description = "CONFIRMED, WAITLISTED eller CANCELLED") DelegationStatus status,
			int participantCount, Instant registeredAt, boolean reflectionSubmitted) {
	}

	/** One delegate; the name is personal data. */
	public record ParticipantReport(String delegationId, String participantId, String name, String roleTitle,
			String roleCategory, String municipalityNumber) {
	}

	/** Head counts of one workshop; cancelled delegations are not counted. */
	public record Totals(int delegations, int participants, int municipalities, int confirmedPersons,
			int waitlistedPersons, int mailsSent, int mailsFailed, int reflectionsSubmitted) {
	}

	/** E-mails sent, and failed for good, for one delegation. */
	public record DelegationMails(String delegationId, int sent, int failed) {
	}

	/** Delegations registered on one day (Norwegian time) and in all up to it. */
	public record DailyRegistrations(LocalDate day, int delegations, int cumulativeDelegations) {
	}

	/** Who one session's delegations bring. */
	public record SessionMix(String sessionId, Map<String, Integer> roleCategoryMix,
			int delegationsMeetingOutsideRoleRule, int reflectionsSubmitted, int mailsSent, int mailsFailed) {
	}

	/**
	 * A message staff sent to the registrants (issue 16).
	 *
	 * @param sessionId {@code null} when it went to every session
	 * @param recipients people mailed, each once
	 */
	public record SentMessage(String messageId, String subject, Instant sentAt, String sessionId, List<String> statuses,
			List<String> roles, int recipients) {

		/**
		 * When it was sent, Norwegian time, for a page. Not a property (no get prefix):
		 * the JSON is the components'.
		 */
		public LocalDateTime sentAtLocal() {
			return (this.sentAt != null) ? LocalDateTime.ofInstant(this.sentAt, ZoneId.of("Europe/Oslo")) : null;
		}

	}

	/** Who of one delegation attended one session: ids only. */
	public record AttendanceRecord(String sessionId, String delegationId, List<String> present, long sequence) {
	}

	/**
	 * Who came, counted per workshop, session, municipality, county, KS region and
	 * branch.
	 */
	public record AttendanceSummary(int persons, int delegations, int municipalities, List<AttendanceCount> perSession,
			List<AttendanceCount> perMunicipality, List<AttendanceCount> perCounty, List<AttendanceCount> perKsRegion,
			List<AttendanceCount> perBranch) {

		public AttendanceSummary {
			perSession = orEmpty(perSession);
			perMunicipality = orEmpty(perMunicipality);
			perCounty = orEmpty(perCounty);
			perKsRegion = orEmpty(perKsRegion);
			perBranch = orEmpty(perBranch);
		}

	}

	/**
	 * Attendance in one group.
	 *
	 * @param key the session id, municipality or county number, or the region's or
	 * branch's name
	 */
	public record AttendanceCount(String key, String name, int persons, int delegations) {
	}

	/**
	 * One of the extra registration questions (issue 17).
	 *
	 * @param text the question in bokmål
	 * @param choices the choices' bokmål labels by id
	 */
	public record ReportQuestion(String questionId, String scope, String kind, String text, boolean personalData,
			Map<String, String> choices) {
	}

	/** A delegation's answers to the extra questions: personal data. */
	public record ReportAnswers(String delegationId, long version, List<ReportAnswer> answers) {

		/** One answer; {@code participantId} {@code null} for the delegation's. */
		public record ReportAnswer(String questionId, String participantId, List<String> values) {
		}

	}

}
