package no.ks.kulturskole.reporting.workshopreport.model;

import java.time.Instant;
import java.util.List;

/**
 * One workshop as one municipality took part in it.
 *
 * @param delegates personal data (names): staff only
 */
public record MunicipalityWorkshop(String workshopId, String title, Instant sessionStartsAt, DelegationStatus status,
		int participantCount, Instant registeredAt, boolean reflectionSubmitted, List<ParticipantReport> delegates) {

	public MunicipalityWorkshop {
		delegates = List.copyOf(delegates);
	}

}
