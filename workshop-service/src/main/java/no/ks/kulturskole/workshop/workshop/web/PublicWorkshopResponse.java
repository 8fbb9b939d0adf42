package no.ks.kulturskole.workshop.workshop.web;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import no.ks.kulturskole.workshop.workshop.model.Format;
import no.ks.kulturskole.workshop.workshop.model.FormatKind;
import no.ks.kulturskole.workshop.workshop.model.Workshop;

/**
 * A workshop as anyone may see it. A record of its own, not a filtered staff view, so
 * that a field added for staff (above all a meeting link, which goes only to confirmed
 * delegates) can never leak here by accident.
 */
@Schema(description = "Verksted slik det vises offentlig, uten møtelenker")
record PublicWorkshopResponse(String id, String title, String description, String programme, FormatKind format,
		String venue, String language, String timeZone, Instant registrationDeadline,
		LocalDateTime registrationDeadlineLocal, boolean registrationOpen, int minDelegationSize,
		Integer maxDelegationSize, boolean outsideRoleRequired, List<PublicSession> sessions) {

	static PublicWorkshopResponse of(Workshop workshop, Instant now) {
		return new PublicWorkshopResponse(workshop.id(), workshop.title(), workshop.description(), workshop.programme(),
				workshop.format().kind(), (workshop.format() instanceof Format.Venue venue) ? venue.address() : null,
				workshop.language(), OsloTime.ZONE.getId(), workshop.registrationDeadline(),
				OsloTime.local(workshop.registrationDeadline()), workshop.isOpenForRegistration(now),
				workshop.delegationSize().min(), workshop.delegationSize().max(), workshop.outsideRoleRequired(),
				workshop.sessions()
					.stream()
					.map(session -> new PublicSession(session.sessionId(), session.startsAt(), session.endsAt(),
							OsloTime.local(session.startsAt()), OsloTime.local(session.endsAt()), session.capacity()))
					.toList());
	}

	record PublicSession(String sessionId, Instant startsAt, Instant endsAt, LocalDateTime startsAtLocal,
			LocalDateTime endsAtLocal, int capacity) {
	}

}
