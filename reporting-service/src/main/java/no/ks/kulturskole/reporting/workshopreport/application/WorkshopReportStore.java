package no.ks.kulturskole.reporting.workshopreport.application;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import no.ks.kulturskole.reporting.workshopreport.model.DelegationReport;
import no.ks.kulturskole.reporting.workshopreport.model.DelegationStatus;
import no.ks.kulturskole.reporting.workshopreport.model.ParticipantReport;
import no.ks.kulturskole.reporting.workshopreport.model.SessionPlan;
import no.ks.kulturskole.reporting.workshopreport.model.WorkshopReport;
import no.ks.kulturskole.reporting.workshopreport.model.WorkshopStatus;
import no.ks.kulturskole.reporting.workshopreport.model.WorkshopSummary;

/**
 * Where workshop reports are kept. Every {@code record...} method applies one event at
 * most once, identified by its position on the bus ({@link SourcePosition}), and must
 * give the same report whatever order events of different topics arrive in.
 *
 * @return from each {@code record...} method: {@code false} when the event had already
 * been applied (or its delegation or participant was already there) and nothing changed
 */
public interface WorkshopReportStore {

	/**
	 * @param scheduledAt when the workshop was scheduled: its registration opened then
	 */
	boolean recordSchedule(Delivery at, String workshopId, String title, String programme, Instant scheduledAt,
			Instant registrationDeadline, List<SessionPlan> sessions);

	boolean recordDelegation(Delivery at, String workshopId, DelegationReport delegation);

	boolean recordParticipant(Delivery at, String workshopId, ParticipantReport participant);

	/**
	 * @param delegationId {@code null} for a mail about the workshop as a whole
	 */
	boolean recordMailSent(Delivery at, String workshopId, String delegationId);

	/**
	 * @param delegationId {@code null} for a mail about the workshop as a whole
	 */
	boolean recordMailFailed(Delivery at, String workshopId, String delegationId);

	/**
	 * A session added, or its times or capacity changed; capacity moves seats left.
	 * @param registrationDeadline the deadline after a reschedule; {@code null} leaves it
	 * as it is
	 */
	boolean recordSessions(Delivery at, String workshopId, List<SessionPlan> sessions, Instant registrationDeadline);

	boolean recordCapacity(Delivery at, String workshopId, String sessionId, int capacity);

	/** Staff gave the workshop a new title after publishing it. */
	boolean recordTitle(Delivery at, String workshopId, String title);

	boolean recordStatus(Delivery at, String workshopId, WorkshopStatus status);

	/** The delegation now has the given status and size in the given session. */
	boolean recordSeat(Delivery at, String workshopId, String delegationId, String sessionId, DelegationStatus status,
			int participantCount);

	/** Cancelled: counted nowhere any more, and its participants removed. */
	boolean recordCancellation(Delivery at, String workshopId, String delegationId);

	boolean recordParticipantRemoved(Delivery at, String workshopId, String delegationId, String participantId);

	boolean recordParticipantReplaced(Delivery at, String workshopId, String replacedParticipantId,
			ParticipantReport participant);

	boolean recordReflection(Delivery at, String workshopId, String delegationId);

	Optional<WorkshopReport> find(String workshopId);

	/**
	 * Numbers of the organisations with a delegation that is not cancelled, in one
	 * workshop or (given {@code null}) in any.
	 */
	Set<String> registeredOrganisations(String workshopId);

	/** Reports with a delegation (in any status) from the given organisation. */
	List<WorkshopReport> withMunicipality(String number);

	List<WorkshopSummary> list();

}
