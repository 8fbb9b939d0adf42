package no.ks.kulturskole.workshop.workshop.web;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import no.ks.kulturskole.api.workshop.OsloTime;
import no.ks.kulturskole.workshop.workshop.model.Format;
import no.ks.kulturskole.workshop.workshop.model.Invitations;
import no.ks.kulturskole.workshop.workshop.model.Preparation;
import no.ks.kulturskole.workshop.workshop.model.PreparationMaterial;
import no.ks.kulturskole.workshop.workshop.model.FormatKind;
import no.ks.kulturskole.workshop.workshop.model.Workshop;
import no.ks.kulturskole.workshop.workshop.model.WorkshopStatus;

/**
 * Everything about a workshop, for staff only: includes the meeting links. Times come as
 * instants and, for convenience, as Oslo wall-clock time ({@code ...Local}).
 */
@Schema(description = "Verksted slik ansatte ser det, med møtelenker")
record StaffWorkshopResponse(String id, WorkshopStatus status, String title, String description, String programme,
		@Schema(example = "[\"KS\", \"Norsk kulturskoleråd\"]") List<String> organisers,
		@Schema(example = "Kulturskoleledere og kommunalt ansatte") String targetGroup,
		@Schema(description = "true når det er gratis å delta; null for verksted lagret før dette ble registrert",
				example = "true") Boolean free,
		FormatKind format, String venue, String meetingUrl, String language, String timeZone,
		Instant registrationDeadline, LocalDateTime registrationDeadlineLocal, int minDelegationSize,
		Integer maxDelegationSize, boolean outsideRoleRequired, List<StaffSession> sessions, Instant scheduledAt,
		int revision, String cancellationReason, StaffPreparation preparation,
		@Schema(description = "Hvem som kan melde seg på (OPEN, LISTED eller PILOT_MUNICIPALITIES) og de inviterte organisasjonene") Invitations invitations) {

	static StaffWorkshopResponse of(Workshop workshop) {
		Format format = workshop.format();
		return new StaffWorkshopResponse(workshop.id(), workshop.status(), workshop.title(), workshop.description(),
				workshop.programme(), workshop.organisers(), workshop.targetGroup(), workshop.free(), format.kind(),
				(format instanceof Format.Venue venue) ? venue.address() : null,
				(format instanceof Format.Online online) ? online.meetingUrl() : null, workshop.language(),
				OsloTime.ZONE.getId(), workshop.registrationDeadline(), OsloTime.local(workshop.registrationDeadline()),
				workshop.delegationSize().min(), workshop.delegationSize().max(), workshop.outsideRoleRequired(),
				workshop.sessions()
					.stream()
					.map(session -> new StaffSession(session.sessionId(), session.startsAt(), session.endsAt(),
							OsloTime.local(session.startsAt()), OsloTime.local(session.endsAt()), session.capacity(),
							workshop.meetingUrlFor(session)))
					.toList(),
				workshop.scheduledAt(), workshop.revision(), workshop.cancellationReason(),
				StaffPreparation.of(workshop.preparation()), workshop.invitations());
	}

	/**
	 * @param releasedAt when it went out; {@code null} while it waits
	 */
	record StaffPreparation(List<PreparationMaterial> materials, List<String> reflectionQuestions, Instant releaseAt,
			LocalDateTime releaseAtLocal, Instant releasedAt) {

		static StaffPreparation of(Preparation preparation) {
			return (preparation != null)
					? new StaffPreparation(preparation.materials(), preparation.reflectionQuestions(),
							preparation.releaseAt(), OsloTime.local(preparation.releaseAt()), preparation.releasedAt())
					: null;
		}

	}

	/**
	 * @param meetingUrl the link participants of this session get: its own, else the
	 * workshop's
	 */
	record StaffSession(String sessionId, Instant startsAt, Instant endsAt, LocalDateTime startsAtLocal,
			LocalDateTime endsAtLocal, int capacity, String meetingUrl) {
	}

}
