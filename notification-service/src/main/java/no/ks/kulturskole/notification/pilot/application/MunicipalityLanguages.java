package no.ks.kulturskole.notification.pilot.application;

import java.time.Instant;
import java.util.Optional;

/**
 * The language each municipality last chose for its delegations' e-mails, by official
 * municipality number. Holds no personal data: a municipality's choice, not a person's.
 */
public interface MunicipalityLanguages {

	/**
	 * Remembers the choice unless one made later is already known: registrations of
	 * different workshops arrive in no particular order.
	 */
	void record(String municipalityNumber, String language, Instant chosenAt);

	Optional<String> of(String municipalityNumber);

}
