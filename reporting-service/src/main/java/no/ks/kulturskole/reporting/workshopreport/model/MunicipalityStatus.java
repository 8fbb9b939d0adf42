package no.ks.kulturskole.reporting.workshopreport.model;

/**
 * How far one municipality has come with the workshops in view, for the coverage map: the
 * highest of what its delegations and its pilot application say, in this order.
 */
public enum MunicipalityStatus {

	/** A confirmed delegation in a workshop that has been completed: the best we know. */
	ATTENDED,

	/** A delegation with a seat. */
	CONFIRMED,

	/** A delegation on the waiting list, and none with a seat. */
	WAITLISTED,

	/** No delegation in view, but an application to the pilot not declined. */
	PILOT_APPLICANT,

	NOT_REGISTERED

}
