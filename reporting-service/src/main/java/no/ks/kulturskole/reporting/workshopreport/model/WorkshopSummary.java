package no.ks.kulturskole.reporting.workshopreport.model;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/** One line of the workshop overview: no delegations and no personal data. */
public record WorkshopSummary(String workshopId, String title, String programme, WorkshopStatus status,
		List<SessionReport> sessions, Totals totals) {

	/** Soonest first; workshops not yet known here (no sessions) last. */
	public static final Comparator<WorkshopSummary> BY_FIRST_SESSION = Comparator
		.comparing(WorkshopSummary::firstSessionStartsAt, Comparator.nullsLast(Comparator.naturalOrder()))
		.thenComparing(WorkshopSummary::workshopId);

	public WorkshopSummary {
		sessions = SessionReport.inTimeOrder(sessions);
		totals = (totals != null) ? totals : Totals.NONE;
	}

	Instant firstSessionStartsAt() {
		return this.sessions.isEmpty() ? null : this.sessions.get(0).startsAt();
	}

}
