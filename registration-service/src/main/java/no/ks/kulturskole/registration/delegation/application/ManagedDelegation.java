package no.ks.kulturskole.registration.delegation.application;

import java.time.Instant;
import java.util.Set;
import java.util.stream.Collectors;

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
 * @param attended the delegation's participants recorded present in at least one session:
 * those who have a participation confirmation (issue 16)
 */
public record ManagedDelegation(String workshopId, String workshopTitle, Instant registrationDeadline,
		Delegation delegation, boolean changeable, boolean replaceable, boolean reflectionOpen, boolean erasable,
		Set<String> attended) {

	public ManagedDelegation {
		attended = Set.copyOf(attended);
	}

	static ManagedDelegation of(WorkshopRegistrations registrations, Delegation delegation, Instant now) {
		Set<String> attended = registrations.attendance()
			.stream()
			.filter(entry -> entry.delegationId().equals(delegation.delegationId()))
			.flatMap(entry -> entry.present().stream())
			.collect(Collectors.toSet());
		return new ManagedDelegation(registrations.id(), registrations.workshop().title(),
				registrations.workshop().registrationDeadline(), delegation,
				delegation.isActive() && registrations.acceptsChanges(now),
				delegation.isActive() && registrations.acceptsReplacements(),
				registrations.acceptsReflection(delegation, now), registrations.workshop().status().isOver(),
				delegation.isErased() ? Set.of() : attended);
	}

}
