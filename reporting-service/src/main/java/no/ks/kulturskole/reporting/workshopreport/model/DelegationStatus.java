package no.ks.kulturskole.reporting.workshopreport.model;

public enum DelegationStatus {

	CONFIRMED, WAITLISTED,

	/** Withdrawn; kept so that staff see it, counted nowhere. */
	CANCELLED

}
