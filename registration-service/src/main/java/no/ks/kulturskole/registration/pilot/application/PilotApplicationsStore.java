package no.ks.kulturskole.registration.pilot.application;

import java.util.List;
import java.util.Optional;

import no.ks.kulturskole.contracts.DomainEvent;
import no.ks.kulturskole.registration.pilot.model.PilotApplication;

/** Where the applications live; writes carry their event into the outbox. */
public interface PilotApplicationsStore {

	Optional<PilotApplication> find(String applicationId);

	Optional<PilotApplication> findByOrganisation(String organisationNumber);

	List<PilotApplication> all();

	/** The applications whose contact has this e-mail (case and spaces ignored). */
	List<PilotApplication> findByContactEmail(String email);

	/** Erases the contact and the motivation (issue 14); idempotent. */
	void erase(String applicationId);

	/**
	 * @return {@code false} when the municipality has applied already
	 */
	boolean insert(PilotApplication application, DomainEvent event);

	/**
	 * @return {@code false} when someone else changed the application since it was read
	 */
	boolean update(long expectedVersion, PilotApplication after, DomainEvent event);

}
