package no.ks.kulturskole.registration.delegation.application;

import java.time.Instant;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Supplier;

import no.ks.kulturskole.contracts.registration.DelegationEvent;
import no.ks.kulturskole.contracts.registration.DelegationMoved;
import no.ks.kulturskole.registration.delegation.application.WorkshopDecision.Decided;
import no.ks.kulturskole.registration.delegation.model.Change;
import no.ks.kulturskole.registration.delegation.model.WorkshopRegistrations;
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

	private final WorkshopWriter writer;

	public StaffMoves(WorkshopRegistrationsStore store, WorkshopWriter writer) {
		this.store = store;
		this.writer = writer;
	}

	/**
	 * @return the delegation's id and where it sits now
	 */
	public RegistrationResult move(String delegationId, String toSessionId) {
		WorkshopRegistrations after = change(workshopOf(delegationId), UNKNOWN_DELEGATION,
				(current, now) -> current.move(delegationId, toSessionId, now));
		log.info("Staff moved delegation {} to session {}", delegationId, toSessionId);
		return new RegistrationResult(after.id(), after.delegation(delegationId).orElseThrow(), false);
	}

	public void cancel(String delegationId, String reason) {
		change(workshopOf(delegationId), UNKNOWN_DELEGATION,
				(current, now) -> current.cancelByStaff(delegationId, reason, now));
		log.info("Staff cancelled delegation {}", delegationId);
	}

	/**
	 * @return the ids of the delegations moved, in the order they came
	 */
	public List<String> moveWaitingList(String workshopId, String toSessionId) {
		List<String> moved = this.writer.write(workshopId, UNKNOWN_WORKSHOP, (current, now) -> {
			Change change = current.moveWaitingList(toSessionId, now);
			List<String> ids = change.events()
				.stream()
				.filter(DelegationMoved.class::isInstance)
				.map(event -> ((DelegationEvent) event).delegationId())
				.toList();
			return change.events().isEmpty() ? Decided.unchanged(ids) : Decided.of(change, ids);
		});
		log.info("Staff moved {} waiting delegation(s) of workshop {} to session {}", moved.size(), workshopId,
				toSessionId);
		return moved;
	}

	private String workshopOf(String delegationId) {
		return this.store.findByDelegation(delegationId).map(WorkshopRegistrations::id).orElseThrow(UNKNOWN_DELEGATION);
	}

	private WorkshopRegistrations change(String workshopId, Supplier<NotFound> unknown,
			BiFunction<WorkshopRegistrations, Instant, Change> decide) {
		return this.writer.write(workshopId, unknown, WorkshopDecision.changing(decide));
	}

}
