package no.ks.kulturskole.reporting.workshopreport.model;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/**
 * One session with its head counts, in persons. {@code seatsLeft} is kept as capacity
 * minus confirmed persons by increments from both sides, so it is right whichever event
 * came first; until the workshop's schedule is known here it is negative.
 *
 * @param startsAt {@code null} until the workshop's schedule is known here
 */
public record SessionReport(String sessionId, Instant startsAt, Instant endsAt, int capacity, int confirmedPersons,
		int waitlistedPersons, int seatsLeft, int confirmedDelegations, int waitlistedDelegations) {

	private static final Comparator<SessionReport> IN_TIME_ORDER = Comparator
		.comparing(SessionReport::startsAt, Comparator.nullsLast(Comparator.naturalOrder()))
		.thenComparing(SessionReport::sessionId);

	/**
	 * Sessions in the order they take place. Stored order says only which event named a
	 * session first, and that differs between topics.
	 */
	static List<SessionReport> inTimeOrder(List<SessionReport> sessions) {
		return (sessions != null) ? sessions.stream().sorted(IN_TIME_ORDER).toList() : List.of();
	}

}
