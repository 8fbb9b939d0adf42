package no.ks.kulturskole.reporting.workshopreport.model;

import java.util.List;

/**
 * Everything staff follow about one workshop. Built only from events, so it may exist
 * before the workshop itself is known here ({@code title} still {@code null}) when
 * registrations were read first.
 *
 * @param participants personal data (names): staff only
 */
public record WorkshopReport(String workshopId, String title, String programme, List<SessionReport> sessions,
		List<DelegationReport> delegations, List<ParticipantReport> participants, List<MunicipalityRef> municipalities,
		Totals totals) {

	public WorkshopReport {
		sessions = SessionReport.inTimeOrder(sessions);
		delegations = (delegations != null) ? List.copyOf(delegations) : List.of();
		participants = (participants != null) ? List.copyOf(participants) : List.of();
		municipalities = (municipalities != null) ? List.copyOf(municipalities) : List.of();
		totals = (totals != null) ? totals : Totals.NONE;
	}

}
