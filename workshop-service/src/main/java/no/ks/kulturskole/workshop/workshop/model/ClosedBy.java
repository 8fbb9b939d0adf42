package no.ks.kulturskole.workshop.workshop.model;

/** Who closed registration: the deadline passing, or a staff member before it. */
public enum ClosedBy {

	DEADLINE, STAFF

}
