package no.ks.kulturskole.workshop.workshop.application;

import java.util.Set;

/**
 * The municipalities selected for the pilot, as registration.events told them
 * ({@code PilotMunicipalitySelected}); registration-service decides, this is a copy for
 * the workshops that follow the pilot. Implemented in infrastructure.
 */
public interface PilotMunicipalities {

	/** Remembers a selection; the same one again changes nothing. */
	void add(String organisationNumber);

	Set<String> all();

}
