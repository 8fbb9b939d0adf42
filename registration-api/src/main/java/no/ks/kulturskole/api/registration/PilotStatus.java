package no.ks.kulturskole.api.registration;

/** Where an application to the pilot project stands, as the API names it. */
public enum PilotStatus {

	SUBMITTED, SELECTED, DECLINED

}
