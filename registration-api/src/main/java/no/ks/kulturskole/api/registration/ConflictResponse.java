package no.ks.kulturskole.api.registration;

import java.time.Instant;

import io.swagger.v3.oas.annotations.media.Schema;
import no.ks.kulturskole.contracts.registration.Contact;
import no.ks.kulturskole.contracts.registration.Organisation;
import no.ks.kulturskole.contracts.registration.RegistrationConflictResolved.Resolution;

/**
 * Someone other than a delegation's coordinator tried to register the same municipality
 * ({@code GET /api/registrations/conflicts?workshopId=}, and the answer to a resolution).
 * Carries both people's names and e-mails: staff only.
 *
 * @param contact the person who tried
 * @param language the language the person who tried wrote in
 * @param coordinator the delegation's coordinator now (after a hand-over: the person who
 * tried)
 * @param resolution {@code null} while open
 */
public record ConflictResponse(String conflictId, String delegationId, String workshopId, Organisation municipality,
		Contact contact, String language, Contact coordinator, Instant reportedAt,
		@Schema(description = "OPEN eller RESOLVED") ConflictStatus status, Resolution resolution, String resolvedBy,
		Instant resolvedAt) {

	/** Whether staff have resolved it yet. */
	public enum ConflictStatus {

		OPEN, RESOLVED

	}

}
