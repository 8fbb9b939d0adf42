package no.ks.kulturskole.registration.pilot.application;

import java.util.Optional;

import no.ks.kulturskole.contracts.DomainEvent;
import no.ks.kulturskole.registration.pilot.model.PilotSelectionClosure;

/** Where the closing of the pilot selection is kept; the write carries its event. */
public interface PilotSelectionClosureStore {

	Optional<PilotSelectionClosure> find();

	/**
	 * @return {@code false} when the selection was closed already (by another request)
	 */
	boolean insert(PilotSelectionClosure closure, DomainEvent event);

}
