package no.ks.kulturskole.registration.pilot.model;

/** Where an application to the pilot project stands. */
public enum PilotStatus {

	SUBMITTED, SELECTED, DECLINED

}
