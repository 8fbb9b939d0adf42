package no.ks.kulturskole.registration.delegation.application;

import no.ks.kulturskole.registration.delegation.model.Delegation;
import no.ks.kulturskole.registration.delegation.model.WorkshopRegistrations;
import no.ks.kulturskole.support.problem.NotFound;

import org.springframework.stereotype.Service;

/** Reads for the public receipt and the staff list. */
@Service
public class DelegationQueries {

	private final WorkshopRegistrationsStore store;

	public DelegationQueries(WorkshopRegistrationsStore store) {
		this.store = store;
	}

	public WorkshopRegistrations registrationsOf(String workshopId) {
		return this.store.find(workshopId).orElseThrow(RegisterDelegation::unknownWorkshop);
	}

	public RegistrationResult delegation(String delegationId) {
		NotFound notFound = new NotFound("delegationId", "Påmeldingen finnes ikke.");
		WorkshopRegistrations registrations = this.store.findByDelegation(delegationId).orElseThrow(() -> notFound);
		Delegation delegation = registrations.delegation(delegationId).orElseThrow(() -> notFound);
		return new RegistrationResult(registrations.id(), delegation, false);
	}

}
