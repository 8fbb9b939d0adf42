package no.ks.kulturskole.workshop.workshop.application;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import no.ks.kulturskole.contracts.workshop.WorkshopEvent;
import no.ks.kulturskole.workshop.workshop.model.Workshop;

/** Where workshops are kept. Implemented in infrastructure. */
public interface WorkshopRepository {

	/**
	 * Stores a new workshop together with the event that announces it, in one atomic
	 * write: neither exists without the other, and the event is published afterwards.
	 */
	default void add(Workshop workshop, WorkshopEvent announcement) {
		add(workshop, List.of(announcement));
	}

	/** Stores a new workshop with its events (none for a draft), in one atomic write. */
	void add(Workshop workshop, List<WorkshopEvent> events);

	/**
	 * Stores a changed workshop with the events announcing the change, in one atomic
	 * write, but only if the stored one still has the {@link Workshop#version()} the
	 * change started from.
	 * @return {@code false} when someone else changed it first: nothing was written
	 */
	boolean replace(Workshop changed, List<WorkshopEvent> events);

	Optional<Workshop> findById(String id);

	/** Every workshop, soonest first session first. */
	default List<Workshop> findAll() {
		return find(WorkshopFilter.ANY, Instant.now());
	}

	/** Workshops matching the filter, soonest first session first. */
	List<Workshop> find(WorkshopFilter filter, Instant now);

	/** Scheduled workshops whose deadline is after {@code now}, soonest first. */
	List<Workshop> findOpenForRegistration(Instant now);

	/**
	 * What the public calendar shows (scheduled workshops, those closed for registration,
	 * and cancelled ones until their last session would have ended), soonest first, each
	 * with when it was last changed.
	 */
	List<ChangedWorkshop> findForCalendar(Instant now);

	/**
	 * Workshops not yet over or cancelled that are limited to the municipalities selected
	 * for the pilot.
	 */
	List<Workshop> findFollowingThePilot();

	/** Workshops for which time has made something due, at most {@code limit}. */
	List<Workshop> findDue(Instant now, int limit);

}
