package no.ks.kulturskole.reporting.workshopreport.application;

import java.util.List;
import java.util.Optional;

import no.ks.kulturskole.reporting.workshopreport.model.DelegationReport;
import no.ks.kulturskole.reporting.workshopreport.model.ParticipantReport;
import no.ks.kulturskole.reporting.workshopreport.model.SessionPlan;
import no.ks.kulturskole.reporting.workshopreport.model.WorkshopReport;
import no.ks.kulturskole.reporting.workshopreport.model.WorkshopSummary;

/**
 * Where workshop reports are kept. Every {@code record...} method applies one event at
 * most once, identified by its event id, and must give the same report whatever order
 * events of different topics arrive in.
 *
 * @return from each {@code record...} method: {@code false} when the event had already
 * been applied (or its delegation or participant was already there) and nothing changed
 */
public interface WorkshopReportStore {

	boolean recordSchedule(String eventId, String workshopId, String title, String programme,
			List<SessionPlan> sessions);

	boolean recordDelegation(String eventId, String workshopId, DelegationReport delegation);

	boolean recordParticipant(String eventId, String workshopId, ParticipantReport participant);

	boolean recordMailSent(String eventId, String workshopId);

	Optional<WorkshopReport> find(String workshopId);

	List<WorkshopSummary> list();

}
