package no.ks.kulturskole.api.workshop;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * Everything about a workshop, for staff only: includes the meeting links. Times come as
 * instants and, for convenience, as Oslo wall-clock time ({@code ...Local}).
 */
@Schema(description = "Verksted slik ansatte ser det, med møtelenker")
public record StaffWorkshopResponse(String id, WorkshopStatus status, String title, String description,
		String programme, @Schema(example = "[\"KS\", \"Norsk kulturskoleråd\"]") List<String> organisers,
		@Schema(example = "Kulturskoleledere og kommunalt ansatte") String targetGroup,
		@Schema(description = "true når det er gratis å delta; null for verksted lagret før dette ble registrert",
				example = "true") Boolean free,
		FormatKind format, String venue, String meetingUrl, String language, String timeZone,
		Instant registrationDeadline, LocalDateTime registrationDeadlineLocal, int minDelegationSize,
		Integer maxDelegationSize, boolean outsideRoleRequired, List<StaffSession> sessions, Instant scheduledAt,
		int revision, String cancellationReason, StaffPreparation preparation,
		@Schema(description = "Hvem som kan melde seg på (OPEN, LISTED eller PILOT_MUNICIPALITIES) og de inviterte organisasjonene") Invitations invitations) {

	/**
	 * @param releasedAt when it went out; {@code null} while it waits
	 */
	public record StaffPreparation(List<PreparationMaterial> materials, List<String> reflectionQuestions,
			Instant releaseAt, LocalDateTime releaseAtLocal, Instant releasedAt) {
	}

	public record PreparationMaterial(String title, String url) {
	}

	/**
	 * @param meetingUrl the link participants of this session get: its own, else the
	 * workshop's
	 */
	public record StaffSession(String sessionId, Instant startsAt, Instant endsAt, LocalDateTime startsAtLocal,
			LocalDateTime endsAtLocal, int capacity, String meetingUrl) {
	}

	/**
	 * Who may register.
	 *
	 * @param organisationNumbers empty when {@code OPEN}
	 */
	public record Invitations(InvitationScope scope, List<String> organisationNumbers) {

		/**
		 * Whether everyone may register: a property of the JSON ({@code "open"}), as the
		 * service has always written it.
		 */
		public boolean isOpen() {
			return this.scope == InvitationScope.OPEN;
		}

	}

}
