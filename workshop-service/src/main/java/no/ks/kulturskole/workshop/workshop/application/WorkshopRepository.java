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
	void add(Workshop workshop, WorkshopEvent announcement);

	Optional<Workshop> findById(String id);

	/** Every workshop, soonest first session first. */
	List<Workshop> findAll();

	/** Scheduled workshops whose deadline is after {@code now}, soonest first. */
	List<Workshop> findOpenForRegistration(Instant now);

}
