package no.ks.kulturskole.registration.delegation.model;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import no.ks.kulturskole.contracts.DomainEvent;
import no.ks.kulturskole.contracts.registration.Contact;
import no.ks.kulturskole.contracts.registration.RegistrationConflictResolved.Resolution;
import no.ks.kulturskole.support.problem.ConflictingState;
import no.ks.kulturskole.support.problem.NotFound;

/**
 * Someone from another address tries to register an organisation that has a delegation:
 * the attempt is recorded as a {@link RegistrationConflict} (once per address while it is
 * open, at most {@link WorkshopRegistrations#MAX_OPEN_CONFLICTS} open per delegation)
 * until staff keep the delegation as it is or hand it over to the person who tried.
 *
 * @param registrations the registrations before the attempt or the resolution
 */
record Conflicts(WorkshopRegistrations registrations) {

	/**
	 * The organisation has a delegation. From its coordinator's address that is all (they
	 * sent it again); from another address a conflict is recorded and announced.
	 */
	RegistrationOutcome alreadyRegistered(Delegation existing, DelegationRequest request, Instant now) {
		String email = (request.coordinator() != null) ? request.coordinator().email() : null;
		List<RegistrationConflict> conflicts = this.registrations.conflicts();
		if (email == null || email.isBlank() || existing.isCoordinatedBy(email)
				|| conflicts.stream().anyMatch(conflict -> conflict.isOpenFor(existing.delegationId(), email))
				|| openConflictsOf(existing.delegationId()) >= WorkshopRegistrations.MAX_OPEN_CONFLICTS) {
			return new RegistrationOutcome.AlreadyRegistered(existing);
		}
		Contact contact = new Contact(request.coordinator().name(), email.strip(), request.coordinator().phone());
		String language = (request.language() != null) ? request.language() : "nb";
		RegistrationConflict conflict = new RegistrationConflict(Seating.newId(), existing.delegationId(), contact,
				language, now, null, null, null);
		List<RegistrationConflict> more = new ArrayList<>(conflicts);
		more.add(conflict);
		return new RegistrationOutcome.ConflictReported(
				this.registrations.withConflicts(this.registrations.delegations(), more), existing, conflict,
				List.of(this.registrations.events().conflictReported(existing, conflict, now)));
	}

	private long openConflictsOf(String delegationId) {
		return this.registrations.conflicts()
			.stream()
			.filter(conflict -> conflict.isOpen() && conflict.delegationId().equals(delegationId))
			.count();
	}

	Optional<RegistrationConflict> conflict(String conflictId) {
		return this.registrations.conflicts()
			.stream()
			.filter(conflict -> conflict.conflictId().equals(conflictId))
			.findFirst();
	}

	/**
	 * {@code KEEP_EXISTING} changes nothing but the conflict; {@code HAND_OVER} makes the
	 * person who tried the coordinator, with a new manage link, and the old link stops
	 * working.
	 */
	Change resolve(String conflictId, Resolution resolution, String staffMember, ManageSecret secret, Instant now) {
		RegistrationConflict conflict = conflict(conflictId)
			.orElseThrow(() -> new NotFound("conflictId", "Konflikten finnes ikke."));
		if (!conflict.isOpen()) {
			throw new ConflictingState("conflictId", "conflict-resolved", "Konflikten er allerede løst.");
		}
		Delegation delegation = this.registrations.delegation(conflict.delegationId()).orElseThrow();
		if (resolution == Resolution.HAND_OVER && !delegation.isActive()) {
			throw new ConflictingState("resolution", "delegation-cancelled",
					"Påmeldingen er avmeldt og kan ikke overføres.");
		}
		List<RegistrationConflict> conflicts = new ArrayList<>(this.registrations.conflicts());
		conflicts.replaceAll(
				each -> each.conflictId().equals(conflictId) ? each.resolved(resolution, staffMember, now) : each);
		List<DomainEvent> events = new ArrayList<>();
		List<Delegation> delegations = this.registrations.delegations();
		Contact newCoordinator = null;
		if (resolution == Resolution.HAND_OVER) {
			newCoordinator = conflict.contact();
			delegations = this.registrations.replaced(delegation.withCoordinator(newCoordinator, secret.hash()));
		}
		RegistrationEvents told = this.registrations.events();
		events.add(told.conflictResolved(delegation, conflict, resolution, staffMember, newCoordinator, now));
		if (resolution == Resolution.HAND_OVER) {
			// after the resolution, which tells consumers who the coordinator is now
			events.add(told.handedOver(delegation, secret, conflict.language(), now));
		}
		return new Change(this.registrations.withConflicts(delegations, conflicts), events);
	}

}
