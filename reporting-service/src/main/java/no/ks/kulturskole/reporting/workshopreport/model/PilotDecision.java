package no.ks.kulturskole.reporting.workshopreport.model;

public enum PilotDecision {

	PENDING, SELECTED, DECLINED

}
