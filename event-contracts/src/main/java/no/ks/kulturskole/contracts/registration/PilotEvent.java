package no.ks.kulturskole.contracts.registration;

/** A fact about one municipality's application to the pilot project Kulturskole 3.0. */
public sealed interface PilotEvent extends RegistrationEvent
		permits PilotApplicationSubmitted, PilotMunicipalitySelected, PilotApplicationDeclined {

	String applicationId();

	@Override
	default String aggregateId() {
		return applicationId();
	}

	@Override
	default String partitionKey() {
		return applicationId();
	}

}
