package no.ks.kulturskole.contracts.workshop;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Who may register for the workshop changed (issue 17: invite-only gatherings). Carries
 * the whole list as it stands after the change, so a consumer sets it without knowing the
 * one before; a workshop without this event is open to every organisation.
 *
 * @param scope {@link #OPEN} (every municipality and county authority), {@link #LISTED}
 * (the organisations staff listed) or {@link #PILOT_MUNICIPALITIES} (the municipalities
 * selected for the pilot, kept in step with each {@code PilotMunicipalitySelected}: a new
 * selection brings a new event with the longer list)
 * @param organisationNumbers the invited organisations (municipality or county numbers),
 * sorted; empty when open
 */
public record WorkshopInvitationsChanged(UUID eventId, String workshopId, Instant occurredAt, int schemaVersion,
		String scope, List<String> organisationNumbers) implements WorkshopEvent {

	public static final int SCHEMA_VERSION = 1;

	public static final String OPEN = "OPEN";

	public static final String LISTED = "LISTED";

	public static final String PILOT_MUNICIPALITIES = "PILOT_MUNICIPALITIES";

	public WorkshopInvitationsChanged {
		organisationNumbers = (organisationNumbers != null) ? List.copyOf(organisationNumbers) : List.of();
	}

	/** Whether the organisation may register. */
	public boolean invites(String organisationNumber) {
		return OPEN.equals(this.scope) || this.organisationNumbers.contains(organisationNumber);
	}

}
