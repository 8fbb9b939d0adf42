package no.ks.kulturskole.reporting.workshopreport.model;

/** Where the workshop is in its life, as its events tell it. */
public enum WorkshopStatus {

	SCHEDULED, REGISTRATION_CLOSED, CANCELLED, COMPLETED

}
