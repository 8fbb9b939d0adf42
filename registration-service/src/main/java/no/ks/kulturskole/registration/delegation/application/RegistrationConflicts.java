package no.ks.kulturskole.registration.delegation.application;

import java.util.function.Supplier;

import no.ks.kulturskole.contracts.registration.RegistrationConflictResolved.Resolution;
import no.ks.kulturskole.registration.delegation.application.WorkshopDecision.Decided;
import no.ks.kulturskole.registration.delegation.model.RegistrationConflict;
import no.ks.kulturskole.registration.delegation.model.WorkshopRegistrations;
import no.ks.kulturskole.support.problem.NotFound;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;

/**
 * Staff see a workshop's registration conflicts and resolve them: keep the delegation's
 * coordinator, or hand the delegation over to the person who tried (who then gets a new
 * manage link by mail; the old link stops working).
 */
@Service
public class RegistrationConflicts {

	private static final Logger log = LoggerFactory.getLogger(RegistrationConflicts.class);

	private static final Supplier<NotFound> UNKNOWN_CONFLICT = () -> new NotFound("conflictId",
			"Konflikten finnes ikke.");

	private final WorkshopRegistrationsStore store;

	private final WorkshopWriter writer;

	private final ManageTokens tokens;

	public RegistrationConflicts(WorkshopRegistrationsStore store, WorkshopWriter writer, ManageTokens tokens) {
		this.store = store;
		this.writer = writer;
		this.tokens = tokens;
	}

	/**
	 * The workshop's registrations, whose conflicts (open and resolved, in the order they
	 * came) name their delegations.
	 */
	public WorkshopRegistrations registrationsOf(String workshopId) {
		return this.store.find(workshopId).orElseThrow(RegistrationConflicts::unknownWorkshop);
	}

	/** Whether the workshop holds any conflict, open or resolved. */
	public boolean anyIn(String workshopId) {
		return this.store.conflictCount(workshopId).orElseThrow(RegistrationConflicts::unknownWorkshop) > 0;
	}

	private static NotFound unknownWorkshop() {
		return new NotFound("workshopId", "Verkstedet finnes ikke, eller ingen har meldt seg på det ennå.");
	}

	/**
	 * @param staffMember who resolves it, shown with the resolution
	 * @return the conflict as resolved, with the registrations it belongs to
	 */
	public Resolved resolve(String conflictId, Resolution resolution, String staffMember) {
		String workshopId = this.store.findByConflict(conflictId)
			.map(WorkshopRegistrations::id)
			.orElseThrow(UNKNOWN_CONFLICT);
		// the secret is made once, outside the decision, which may be decided again
		IssuedSecret secret = this.tokens.issue();
		WorkshopRegistrations after = this.writer.write(workshopId, UNKNOWN_CONFLICT, (current, now) -> {
			var change = current.resolveConflict(conflictId, resolution, staffMember, secret, now);
			return Decided.of(change, change.after());
		});
		RegistrationConflict conflict = after.conflict(conflictId).orElseThrow();
		log.info("Registration conflict {} of delegation {} resolved: {}", conflictId, conflict.delegationId(),
				resolution);
		return new Resolved(after, conflict);
	}

	public record Resolved(WorkshopRegistrations registrations, RegistrationConflict conflict) {
	}

}
