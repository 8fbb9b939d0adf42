package no.ks.kulturskole.registration.pilot.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import no.ks.kulturskole.registration.pilot.model.PilotSelectionClosure;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Staff close the pilot selection once (issue 14): the applications are frozen from then
 * on, and their personal data is erased
 * {@code platform.privacy.retention.after-pilot-selection} (90 days) later (by
 * {@code PilotApplicationRetention}, which asks here when).
 */
@Service
public class PilotSelectionClosing {

	private static final Logger log = LoggerFactory.getLogger(PilotSelectionClosing.class);

	private final PilotSelectionClosureStore store;

	private final PilotApplicationsStore applications;

	private final Clock clock;

	private final Duration retention;

	public PilotSelectionClosing(PilotSelectionClosureStore store, PilotApplicationsStore applications, Clock clock,
			@Value("${platform.privacy.retention.after-pilot-selection:P90D}") Duration retention) {
		this.store = store;
		this.applications = applications;
		this.clock = clock;
		this.retention = retention;
	}

	/**
	 * Closes the selection; closing it again answers the first closing and publishes
	 * nothing more.
	 */
	public PilotSelectionClosure close() {
		Optional<PilotSelectionClosure> closed = this.store.find();
		if (closed.isPresent()) {
			return closed.get();
		}
		PilotSelectionClosure.Closed closing = PilotSelectionClosure.close(this.applications.all(),
				this.clock.instant());
		if (!this.store.insert(closing.closure(), closing.event())) {
			// another request closed it first
			return this.store.find().orElseThrow();
		}
		log.info("Pilot selection closed: {} applications, {} selected", closing.closure().applications(),
				closing.closure().selected());
		return closing.closure();
	}

	public Optional<PilotSelectionClosure> closure() {
		return this.store.find();
	}

	/** Empty while the selection is open. */
	public Optional<Instant> personalDataErasedAt() {
		return closure().map((closure) -> closure.personalDataErasedAt(this.retention));
	}

	/**
	 * @throws no.ks.kulturskole.support.problem.ConflictingState once the selection is
	 * closed
	 */
	public void ensureOpen(String field) {
		if (this.store.find().isPresent()) {
			throw PilotSelectionClosure.refusal(field);
		}
	}

}
