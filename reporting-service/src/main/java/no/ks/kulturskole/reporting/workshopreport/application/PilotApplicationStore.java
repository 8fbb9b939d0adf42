package no.ks.kulturskole.reporting.workshopreport.application;

import java.time.Instant;
import java.util.List;

import no.ks.kulturskole.reporting.workshopreport.model.PilotApplicationReport;
import no.ks.kulturskole.reporting.workshopreport.model.PilotDecision;

/**
 * Pilot applications, one document per application; every {@code record...} method
 * applies one event at most once.
 */
public interface PilotApplicationStore {

	boolean recordApplication(Delivery at, PilotApplicationReport application);

	boolean recordDecision(Delivery at, String applicationId, PilotDecision decision, Instant decidedAt);

	List<PilotApplicationReport> all();

}
