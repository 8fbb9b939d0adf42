package no.ks.kulturskole.registration.delegation.model;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import no.ks.kulturskole.contracts.DomainEvent;
import no.ks.kulturskole.support.problem.NotFound;
import no.ks.kulturskole.support.problem.RuleViolation;

/**
 * Who attended which session (see {@link WorkshopRegistrations#recordAttendance}): one
 * {@link SessionAttendance} per delegation and session, whose sequence rises with each
 * change so that consumers never apply an older set over a newer one.
 *
 * @param registrations the registrations before staff record anything
 */
record AttendanceRegister(WorkshopRegistrations registrations) {

	Change record(String sessionId, Collection<String> present, Instant now) {
		if (this.registrations.workshop().session(sessionId).isEmpty()) {
			throw new NotFound("sessionId", "Økten finnes ikke i dette verkstedet.");
		}
		Map<String, Delegation> byParticipant = new LinkedHashMap<>();
		this.registrations.delegations()
			.stream()
			.filter(Delegation::isActive)
			.forEach(delegation -> delegation.participants()
				.forEach(participant -> byParticipant.put(participant.participantId(), delegation)));
		List<String> unknown = present.stream().filter(id -> !byParticipant.containsKey(id)).toList();
		if (!unknown.isEmpty()) {
			throw new RuleViolation("present", "participant-unknown",
					"Deltaker " + unknown.getFirst() + " er ikke påmeldt dette verkstedet.");
		}
		Set<String> here = new HashSet<>(present);
		List<SessionAttendance> attendance = new ArrayList<>(this.registrations.attendance());
		List<DomainEvent> events = new ArrayList<>();
		for (Delegation delegation : this.registrations.delegations()) {
			Optional<SessionAttendance> before = attendance.stream()
				.filter(entry -> entry.isOf(sessionId, delegation.delegationId()))
				.findFirst();
			List<String> presentNow = delegation.participants()
				.stream()
				.map(Participant::participantId)
				.filter(here::contains)
				.toList();
			List<String> was = before.map(SessionAttendance::present).orElse(List.of());
			if (new HashSet<>(was).equals(new HashSet<>(presentNow))) {
				continue;
			}
			long sequence = before.map(SessionAttendance::sequence).orElse(0L) + 1;
			SessionAttendance entry = new SessionAttendance(sessionId, delegation.delegationId(), presentNow, sequence,
					now);
			before.ifPresentOrElse(old -> attendance.set(attendance.indexOf(old), entry), () -> attendance.add(entry));
			events.add(this.registrations.events().attendanceRecorded(delegation, entry));
		}
		if (events.isEmpty()) {
			return new Change(this.registrations, List.of());
		}
		return new Change(this.registrations.withAttendance(attendance), events);
	}

	/** The ids of everyone recorded present in the session, in the delegations' order. */
	List<String> presentIn(String sessionId) {
		return this.registrations.attendance()
			.stream()
			.filter(entry -> entry.sessionId().equals(sessionId))
			.flatMap(entry -> entry.present().stream())
			.toList();
	}

	/** How many of the delegation's participants were recorded present in any session. */
	int presentPersonsOf(String delegationId) {
		return (int) this.registrations.attendance()
			.stream()
			.filter(entry -> entry.delegationId().equals(delegationId))
			.flatMap(entry -> entry.present().stream())
			.distinct()
			.count();
	}

}
