package no.ks.kulturskole.registration.delegation.application;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

import no.ks.kulturskole.contracts.DomainEvent;
import no.ks.kulturskole.contracts.registration.DelegationEvent;
import no.ks.kulturskole.contracts.registration.DelegationMoved;
import no.ks.kulturskole.registration.delegation.model.Change;
import no.ks.kulturskole.registration.delegation.model.WorkshopRegistrations;
import no.ks.kulturskole.support.problem.ConflictingState;
import no.ks.kulturskole.support.problem.NotFound;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;

/**
 * Staff place delegations (one at a time, or the whole waiting list into a session) and
 * cancel them.
 */
@Service
public class StaffMoves {

	private static final Logger log = LoggerFactory.getLogger(StaffMoves.class);

	private static final Supplier<NotFound> UNKNOWN_DELEGATION = () -> new NotFound("delegationId",
			"Påmeldingen finnes ikke.");

	private static final Supplier<NotFound> UNKNOWN_WORKSHOP = () -> new NotFound("workshopId",
			"Verkstedet finnes ikke, eller ingen har meldt seg på det ennå.");

	private final WorkshopRegistrationsStore store;

	private final OptimisticRetry retry;

	private final Clock clock;

	public StaffMoves(WorkshopRegistrationsStore store, OptimisticRetry retry, Clock clock) {
		this.store = store;
		this.retry = retry;
		this.clock = clock;
	}

	/**
	 * @return the delegation's id and where it sits now
	 */
	public RegistrationResult move(String delegationId, String toSessionId) {
		WorkshopRegistrations after = change(() -> this.store.findByDelegation(delegationId), UNKNOWN_DELEGATION,
				current -> current.move(delegationId, toSessionId, this.clock.instant()));
		log.info("Staff moved delegation {} to session {}", delegationId, toSessionId);
		return new RegistrationResult(after.id(), after.delegation(delegationId).orElseThrow(), false);
	}

	public void cancel(String delegationId, String reason) {
		change(() -> this.store.findByDelegation(delegationId), UNKNOWN_DELEGATION,
				current -> current.cancelByStaff(delegationId, reason, this.clock.instant()));
		log.info("Staff cancelled delegation {}", delegationId);
	}

	/**
	 * @return the ids of the delegations moved, in the order they came
	 */
	public List<String> moveWaitingList(String workshopId, String toSessionId) {
		List<String> moved = new ArrayList<>();
		change(() -> this.store.find(workshopId), UNKNOWN_WORKSHOP, current -> {
			Change change = current.moveWaitingList(toSessionId, this.clock.instant());
			moved.clear();
			change.events()
				.stream()
				.filter(DelegationMoved.class::isInstance)
				.map(event -> ((DelegationEvent) event).delegationId())
				.forEach(moved::add);
			return change;
		});
		log.info("Staff moved {} waiting delegation(s) of workshop {} to session {}", moved.size(), workshopId,
				toSessionId);
		return List.copyOf(moved);
	}

	private WorkshopRegistrations change(Supplier<Optional<WorkshopRegistrations>> read, Supplier<NotFound> unknown,
			Function<WorkshopRegistrations, Change> decide) {
		return this.retry.run(() -> {
			WorkshopRegistrations current = read.get().orElseThrow(unknown);
			Change change = decide.apply(current);
			List<DomainEvent> events = change.events();
			if (events.isEmpty()) {
				return Optional.of(current);
			}
			return this.store.save(current.version(), change.after(), events) ? Optional.of(change.after())
					: Optional.empty();
		}, () -> new ConflictingState("workshopId", "registration-busy",
				"Det skjer mye med dette verkstedet akkurat nå. Prøv igjen om litt."));
	}

}
