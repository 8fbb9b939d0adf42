package no.ks.kulturskole.reporting.workshopreport.model;

public enum DelegationStatus {

	CONFIRMED, WAITLISTED

}
