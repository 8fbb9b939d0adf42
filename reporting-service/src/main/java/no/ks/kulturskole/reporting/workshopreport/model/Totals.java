package no.ks.kulturskole.reporting.workshopreport.model;

/**
 * Head counts of one workshop; persons are counted by the delegations' size. Cancelled
 * delegations (and their participants) are not counted.
 */
public record Totals(int delegations, int participants, int municipalities, int confirmedPersons, int waitlistedPersons,
		int mailsSent, int mailsFailed, int reflectionsSubmitted) {

	public static final Totals NONE = new Totals(0, 0, 0, 0, 0, 0, 0, 0);

}
