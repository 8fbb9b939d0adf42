package no.ks.kulturskole.reporting.workshopreport.model;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The counts of a workshop report, derived from its delegations when the report is made,
 * never moved by increments, so no count can drift. Persons are counted by the
 * delegations' size; cancelled delegations count nowhere.
 */
final class ReportCounts {

	private final List<DelegationReport> active;

	ReportCounts(Collection<DelegationReport> delegations) {
		this.active = delegations.stream()
			.filter(delegation -> delegation.status() != DelegationStatus.CANCELLED)
			.toList();
	}

	/**
	 * The session with its seats: confirmed persons take them, the waiting list does not.
	 */
	SessionReport of(SessionPlan session) {
		int confirmed = persons(session.sessionId(), DelegationStatus.CONFIRMED);
		return new SessionReport(session.sessionId(), session.startsAt(), session.endsAt(), session.capacity(),
				confirmed, persons(session.sessionId(), DelegationStatus.WAITLISTED), session.capacity() - confirmed,
				count(session.sessionId(), DelegationStatus.CONFIRMED),
				count(session.sessionId(), DelegationStatus.WAITLISTED));
	}

	/** The municipalities of the active delegations, each once, in registration order. */
	List<MunicipalityRef> municipalities() {
		Map<String, MunicipalityRef> municipalities = new LinkedHashMap<>();
		this.active.forEach(
				delegation -> municipalities.putIfAbsent(delegation.municipalityNumber(), delegation.municipality()));
		return List.copyOf(municipalities.values());
	}

	/**
	 * @param all every delegation, the cancelled ones too: a reflection submitted before
	 * a cancellation still counts
	 */
	Totals totals(int participants, MailCounts mails, Collection<DelegationReport> all) {
		return new Totals(this.active.size(), participants, municipalities().size(),
				persons(null, DelegationStatus.CONFIRMED), persons(null, DelegationStatus.WAITLISTED),
				mails.totalSent(), mails.totalFailed(),
				(int) all.stream().filter(DelegationReport::reflectionSubmitted).count());
	}

	/**
	 * @param sessionId {@code null} for the whole workshop
	 */
	private int persons(String sessionId, DelegationStatus status) {
		return this.active.stream()
			.filter(delegation -> delegation.status() == status)
			.filter(delegation -> sessionId == null || sessionId.equals(delegation.sessionId()))
			.mapToInt(DelegationReport::participantCount)
			.sum();
	}

	private int count(String sessionId, DelegationStatus status) {
		return (int) this.active.stream()
			.filter(delegation -> delegation.status() == status && sessionId.equals(delegation.sessionId()))
			.count();
	}

}
