package no.ks.kulturskole.contracts.registration;

import java.time.Instant;
import java.util.UUID;

/**
 * Staff closed the pilot selection: no application is decided or changed from now on, and
 * the applications' personal data is erased a configured time later (issue 14, retention
 * by default). Published once; nothing personal in it. Not a {@link PilotEvent}: it is
 * about the selection as a whole, not one application.
 *
 * @param selectionId the pilot selection's id (there is one), also the record key
 * @param applications how many applications there were when the selection closed
 * @param selected how many of them were selected
 */
public record PilotSelectionClosed(UUID eventId, String selectionId, Instant occurredAt, int schemaVersion,
		int applications, int selected) implements RegistrationEvent {

	public static final int SCHEMA_VERSION = 1;

	/** The one pilot selection of Kulturskole 3.0. */
	public static final String SELECTION = "kulturskole-3.0";

	@Override
	public String aggregateId() {
		return this.selectionId;
	}

	@Override
	public String partitionKey() {
		return this.selectionId;
	}

}
