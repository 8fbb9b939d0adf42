package no.ks.kulturskole.reporting.workshopreport.model;

import java.time.Instant;
import java.util.List;

/**
 * One workshop as one municipality took part in it.
 *
 * @param delegates personal data (names): staff only
 * @param presentPersons delegates staff recorded present in a session of the workshop
 */
public record MunicipalityWorkshop(String workshopId, String title, Instant sessionStartsAt, DelegationStatus status,
		int participantCount, Instant registeredAt, boolean reflectionSubmitted, List<ParticipantReport> delegates,
		int presentPersons) {

	public MunicipalityWorkshop {
		delegates = List.copyOf(delegates);
	}

}
