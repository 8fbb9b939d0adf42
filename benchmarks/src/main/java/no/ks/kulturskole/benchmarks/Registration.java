package no.ks.kulturskole.benchmarks;

import java.time.Instant;

import no.ks.kulturskole.reference.Municipality;

/**
 * One municipality's registration in a rush, as the gateway answered it.
 *
 * @param status the HTTP status, -1 when the request failed
 * @param seatStatus {@code CONFIRMED} or {@code WAITLISTED} when accepted
 * @param problem the answer's body when refused
 */
record Registration(Municipality municipality, int status, long millis, Instant answeredAt, String delegationId,
		String seatStatus, String problem) {

	boolean accepted() {
		return this.status == 201;
	}

	/** Its row on the staff dashboard. */
	String row() {
		return DashboardWatcher.rowKey(this.municipality.name(), this.municipality.countyName());
	}

}
