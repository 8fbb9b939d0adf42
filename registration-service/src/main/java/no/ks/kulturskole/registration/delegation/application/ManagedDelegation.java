package no.ks.kulturskole.registration.delegation.application;

import java.time.Instant;

import no.ks.kulturskole.registration.delegation.model.Delegation;
import no.ks.kulturskole.registration.delegation.model.WorkshopRegistrations;

/**
 * A delegation as its coordinator sees it through the self-service link.
 *
 * @param changeable whether delegates may still be added or removed and the delegation
 * cancelled; after the deadline only replacing is possible
 * @param replaceable whether a delegate may still be replaced by another person (also
 * after the deadline, until the workshop is over)
 * @param reflectionOpen whether the reflection answers may still be submitted or edited
 * (until the session starts)
 */
public record ManagedDelegation(String workshopId, String workshopTitle, Instant registrationDeadline,
		Delegation delegation, boolean changeable, boolean replaceable, boolean reflectionOpen, boolean erasable) {

	static ManagedDelegation of(WorkshopRegistrations registrations, Delegation delegation, Instant now) {
		return new ManagedDelegation(registrations.id(), registrations.workshop().title(),
				registrations.workshop().registrationDeadline(), delegation,
				delegation.isActive() && registrations.acceptsChanges(now),
				delegation.isActive() && registrations.acceptsReplacements(),
				registrations.acceptsReflection(delegation, now), registrations.workshop().status().isOver());
	}

}
