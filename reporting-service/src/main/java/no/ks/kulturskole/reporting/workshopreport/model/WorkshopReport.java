package no.ks.kulturskole.reporting.workshopreport.model;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Everything staff follow about one workshop. Built only from events, so it may exist
 * before the workshop itself is known here ({@code title} still {@code null}) when
 * registrations were read first.
 * <p>
 * The last four components are derived here from the delegations and participants
 * whenever a report is made, never stored, so they cannot drift from what they summarise.
 *
 * @param status {@code null} until the workshop's schedule is known here
 * @param registrationOpenedAt when the workshop was scheduled, which opened its
 * registration; {@code null} until the schedule is known here
 * @param registrationDeadline as last scheduled or rescheduled; {@code null} until the
 * schedule is known here
 * @param participants personal data (names): staff only; participants of cancelled
 * delegations are removed
 * @param roleCategoryMix participants per role category
 * @param delegationsMeetingOutsideRoleRule active delegations with at least one delegate
 * whose role is outside the kulturskole
 * @param registrationsPerDay every day of the registration period in day order, days
 * without registrations too, for the registration curve
 * @param mails e-mails per delegation (only those a mail event named)
 * @param asOf the day (Norwegian time) the report is read on: while registration is open
 * the registration curve runs up to it. Not stored; {@code null} leaves the curve running
 * to the deadline
 * @param perSession role mix, outside-role rule, reflections and e-mails of each session
 * @param messages staff's messages to the registrants, in the order they were sent
 * @param attendance who of each delegation attended each session, as staff recorded it
 * @param attendanceSummary attendance per workshop, session, municipality, county, KS
 * region and branch, derived from {@code attendance}
 * @param questions the extra registration questions (issue 17), in the form's order
 * @param answers the delegations' answers to them: personal data, staff only
 */
public record WorkshopReport(String workshopId, String title, String programme, WorkshopStatus status,
		Instant registrationOpenedAt, Instant registrationDeadline, List<SessionReport> sessions,
		List<DelegationReport> delegations, List<ParticipantReport> participants, List<MunicipalityRef> municipalities,
		Totals totals, List<DelegationMails> mails, LocalDate asOf, Map<String, Integer> roleCategoryMix,
		Integer delegationsMeetingOutsideRoleRule, List<DailyRegistrations> registrationsPerDay,
		List<SessionMix> perSession, List<SentMessage> messages, List<AttendanceRecord> attendance,
		AttendanceSummary attendanceSummary, List<FormQuestion> questions, List<FormAnswers> answers) {

	private static final ZoneId NORWAY = ZoneId.of("Europe/Oslo");

	private static final String KULTURSKOLE = "KULTURSKOLE";

	public WorkshopReport {
		sessions = SessionReport.inTimeOrder(sessions);
		delegations = (delegations != null) ? List.copyOf(delegations) : List.of();
		participants = (participants != null) ? List.copyOf(participants) : List.of();
		municipalities = (municipalities != null) ? List.copyOf(municipalities) : List.of();
		totals = (totals != null) ? totals : Totals.NONE;
		mails = (mails != null) ? List.copyOf(mails) : List.of();
		roleCategoryMix = roleCategoryMixOf(participants);
		delegationsMeetingOutsideRoleRule = meetingOutsideRoleRule(delegations, participants);
		registrationsPerDay = perDay(delegations, registrationOpenedAt, registrationDeadline, asOf);
		perSession = perSession(sessions, delegations, participants, mails);
		messages = (messages != null) ? List.copyOf(messages) : List.of();
		attendance = (attendance != null) ? List.copyOf(attendance) : List.of();
		attendanceSummary = AttendanceSummary.of(attendance, delegations, sessions);
		questions = (questions != null) ? List.copyOf(questions) : List.of();
		answers = (answers != null) ? List.copyOf(answers) : List.of();
	}

	/** A report as stored; the derived components are filled in by the constructor. */
	public static WorkshopReport of(String workshopId, String title, String programme, WorkshopStatus status,
			Instant registrationOpenedAt, Instant registrationDeadline, List<SessionReport> sessions,
			List<DelegationReport> delegations, List<ParticipantReport> participants,
			List<MunicipalityRef> municipalities, Totals totals, List<DelegationMails> mails) {
		return of(workshopId, title, programme, status, registrationOpenedAt, registrationDeadline, sessions,
				delegations, participants, municipalities, totals, mails, List.of());
	}

	/** A report as stored, with staff's messages. */
	public static WorkshopReport of(String workshopId, String title, String programme, WorkshopStatus status,
			Instant registrationOpenedAt, Instant registrationDeadline, List<SessionReport> sessions,
			List<DelegationReport> delegations, List<ParticipantReport> participants,
			List<MunicipalityRef> municipalities, Totals totals, List<DelegationMails> mails,
			List<SentMessage> messages) {
		return of(workshopId, title, programme, status, registrationOpenedAt, registrationDeadline, sessions,
				delegations, participants, municipalities, totals, mails, messages, List.of());
	}

	/** A report as stored, with staff's messages and the attendance recorded. */
	public static WorkshopReport of(String workshopId, String title, String programme, WorkshopStatus status,
			Instant registrationOpenedAt, Instant registrationDeadline, List<SessionReport> sessions,
			List<DelegationReport> delegations, List<ParticipantReport> participants,
			List<MunicipalityRef> municipalities, Totals totals, List<DelegationMails> mails,
			List<SentMessage> messages, List<AttendanceRecord> attendance) {
		return of(workshopId, title, programme, status, registrationOpenedAt, registrationDeadline, sessions,
				delegations, participants, municipalities, totals, mails, messages, attendance, List.of(), List.of());
	}

	/** A report as stored, with the extra questions and their answers too. */
	public static WorkshopReport of(String workshopId, String title, String programme, WorkshopStatus status,
			Instant registrationOpenedAt, Instant registrationDeadline, List<SessionReport> sessions,
			List<DelegationReport> delegations, List<ParticipantReport> participants,
			List<MunicipalityRef> municipalities, Totals totals, List<DelegationMails> mails,
			List<SentMessage> messages, List<AttendanceRecord> attendance, List<FormQuestion> questions,
			List<FormAnswers> answers) {
		return new WorkshopReport(workshopId, title, programme, status, registrationOpenedAt, registrationDeadline,
				sessions, delegations, participants, municipalities, totals, mails, null, null, null, null, null,
				messages, attendance, null, questions, answers);
	}

	/** The same report read on the given day (Norwegian time). */
	public WorkshopReport asOf(LocalDate day) {
		return new WorkshopReport(this.workshopId, this.title, this.programme, this.status, this.registrationOpenedAt,
				this.registrationDeadline, this.sessions, this.delegations, this.participants, this.municipalities,
				this.totals, this.mails, day, null, null, null, null, this.messages, this.attendance, null,
				this.questions, this.answers);
	}

	/**
	 * How many of the delegation's participants were recorded present, in any session.
	 */
	public int presentPersonsOf(String delegationId) {
		return (int) this.attendance.stream()
			.filter(entry -> entry.delegationId().equals(delegationId))
			.flatMap(entry -> entry.present().stream())
			.distinct()
			.count();
	}

	private static Map<String, Integer> roleCategoryMixOf(List<ParticipantReport> participants) {
		return Collections.unmodifiableMap(participants.stream()
			.filter(participant -> participant.roleCategory() != null)
			.collect(Collectors.toMap(ParticipantReport::roleCategory, participant -> 1, Integer::sum, TreeMap::new)));
	}

	private static Integer meetingOutsideRoleRule(List<DelegationReport> delegations,
			List<ParticipantReport> participants) {
		Set<String> withOutsideRole = participants.stream()
			.filter(participant -> participant.roleCategory() != null
					&& !KULTURSKOLE.equals(participant.roleCategory()))
			.map(ParticipantReport::delegationId)
			.collect(Collectors.toSet());
		return (int) delegations.stream()
			.filter(delegation -> delegation.status() != DelegationStatus.CANCELLED)
			.filter(delegation -> withOutsideRole.contains(delegation.delegationId()))
			.count();
	}

	/**
	 * Every day from the one the workshop was scheduled on to its deadline, or to
	 * {@code asOf} while that is earlier, with the days nobody registered on at 0 and the
	 * cumulative count carried over them. A registration outside that period (read before
	 * the schedule, or let in after the deadline) widens it rather than go missing.
	 */
	private static List<DailyRegistrations> perDay(List<DelegationReport> delegations, Instant openedAt,
			Instant deadline, LocalDate asOf) {
		TreeMap<LocalDate, Integer> byDay = new TreeMap<>();
		delegations.stream()
			.filter(delegation -> delegation.registeredAt() != null)
			.forEach(delegation -> byDay.merge(dayOf(delegation.registeredAt()), 1, Integer::sum));
		LocalDate first = (openedAt != null) ? dayOf(openedAt) : null;
		LocalDate last = (deadline != null) ? dayOf(deadline) : null;
		if (asOf != null && (last == null || asOf.isBefore(last))) {
			last = asOf;
		}
		if (!byDay.isEmpty()) {
			first = (first == null || byDay.firstKey().isBefore(first)) ? byDay.firstKey() : first;
			last = (last == null || byDay.lastKey().isAfter(last)) ? byDay.lastKey() : last;
		}
		if (first == null || last == null || last.isBefore(first)) {
			return List.of();
		}
		List<DailyRegistrations> days = new ArrayList<>();
		int cumulative = 0;
		for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
			int registered = byDay.getOrDefault(day, 0);
			cumulative += registered;
			days.add(new DailyRegistrations(day, registered, cumulative));
		}
		return List.copyOf(days);
	}

	private static LocalDate dayOf(Instant instant) {
		return LocalDate.ofInstant(instant, NORWAY);
	}

	private static List<SessionMix> perSession(List<SessionReport> sessions, List<DelegationReport> delegations,
			List<ParticipantReport> participants, List<DelegationMails> mails) {
		return sessions.stream().map(session -> {
			List<DelegationReport> active = delegations.stream()
				.filter(delegation -> delegation.status() != DelegationStatus.CANCELLED)
				.filter(delegation -> session.sessionId().equals(delegation.sessionId()))
				.toList();
			Set<String> ids = active.stream().map(DelegationReport::delegationId).collect(Collectors.toSet());
			List<ParticipantReport> present = participants.stream()
				.filter(participant -> ids.contains(participant.delegationId()))
				.toList();
			Set<String> everHere = delegations.stream()
				.filter(delegation -> session.sessionId().equals(delegation.sessionId()))
				.map(DelegationReport::delegationId)
				.collect(Collectors.toSet());
			List<DelegationMails> mailed = mails.stream()
				.filter(mail -> everHere.contains(mail.delegationId()))
				.toList();
			return new SessionMix(session.sessionId(), roleCategoryMixOf(present),
					meetingOutsideRoleRule(active, present),
					(int) active.stream().filter(DelegationReport::reflectionSubmitted).count(),
					mailed.stream().mapToInt(DelegationMails::sent).sum(),
					mailed.stream().mapToInt(DelegationMails::failed).sum());
		}).toList();
	}

}
