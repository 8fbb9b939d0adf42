package no.ks.kulturskole.registration.delegation.web;

import no.ks.kulturskole.api.registration.ConflictResponse;
import no.ks.kulturskole.registration.delegation.model.Delegation;
import no.ks.kulturskole.registration.delegation.model.RegistrationConflict;
import no.ks.kulturskole.registration.delegation.model.WorkshopRegistrations;

/**
 * A registration conflict as registration-api's record, which the gateway shares: the
 * record knows nothing of the model, so the mapping lives with the controller. The
 * municipality and the coordinator are the delegation's now.
 */
final class ConflictResponses {

	private ConflictResponses() {
	}

	static ConflictResponse of(WorkshopRegistrations registrations, RegistrationConflict conflict) {
		Delegation delegation = registrations.delegation(conflict.delegationId()).orElseThrow();
		return new ConflictResponse(conflict.conflictId(), conflict.delegationId(), registrations.id(),
				delegation.organisation(), conflict.contact(), conflict.language(), delegation.coordinator(),
				conflict.reportedAt(),
				conflict.isOpen() ? ConflictResponse.ConflictStatus.OPEN : ConflictResponse.ConflictStatus.RESOLVED,
				conflict.resolution(), conflict.resolvedBy(), conflict.resolvedAt());
	}

}
