package no.ks.kulturskole.registration.delegation.application;

import java.util.List;

import no.ks.kulturskole.contracts.registration.Contact;
import no.ks.kulturskole.registration.delegation.model.NewParticipant;

/** A registration as it came in, with the municipality still as a typed number. */
public record RegistrationCommand(String municipalityNumber, Contact coordinator, List<NewParticipant> participants,
		String language) {
}
