package no.ks.kulturskole.notification.confirmation.application;

import java.util.Optional;

import no.ks.kulturskole.contracts.workshop.SessionAdded;
import no.ks.kulturskole.contracts.workshop.WorkshopCancelled;
import no.ks.kulturskole.contracts.workshop.WorkshopDetailsChanged;
import no.ks.kulturskole.contracts.workshop.WorkshopRescheduled;
import no.ks.kulturskole.contracts.workshop.WorkshopScheduled;
import no.ks.kulturskole.notification.confirmation.model.WorkshopView;

/** The workshops this service has heard of; each method is one atomic upsert. */
public interface WorkshopReplica {

	void recordScheduled(WorkshopScheduled event);

	/**
	 * @return {@code true} if the event was newer than what the replica held, i.e. the
	 * reschedule is news
	 */
	boolean recordRescheduled(WorkshopRescheduled event);

	void recordCancelled(WorkshopCancelled event);

	/**
	 * A new title, language, format, venue or meeting links, for the mails and calendars
	 * after it. Each event is applied once; what it changed is then the workshop's
	 * {@link WorkshopView#lastDetailsChange()} until the next one.
	 */
	void recordDetailsChanged(WorkshopDetailsChanged event);

	/** An overflow session: its times and meeting link, for mails and calendars. */
	void recordSessionAdded(SessionAdded event);

	Optional<WorkshopView> find(String workshopId);

}
