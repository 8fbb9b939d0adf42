package no.ks.kulturskole.workshop.workshop.web;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import no.ks.kulturskole.api.workshop.OsloTime;
import no.ks.kulturskole.reference.County;
import no.ks.kulturskole.reference.Municipality;
import no.ks.kulturskole.reference.MunicipalityRegister;
import no.ks.kulturskole.workshop.workshop.application.SeatCount;
import no.ks.kulturskole.workshop.questions.model.Question;
import no.ks.kulturskole.workshop.workshop.model.Format;
import no.ks.kulturskole.workshop.workshop.model.FormatKind;
import no.ks.kulturskole.workshop.workshop.model.InvitationScope;
import no.ks.kulturskole.workshop.workshop.model.Workshop;
import no.ks.kulturskole.workshop.workshop.model.WorkshopStatus;

/**
 * A workshop as anyone may see it. A record of its own, not a filtered staff view, so
 * that a field added for staff (above all a meeting link, which goes only to confirmed
 * delegates) can never leak here by accident.
 */
@Schema(description = "Verksted slik det vises offentlig, uten møtelenker")
record PublicWorkshopResponse(String id, String title, String description, String programme,
		@Schema(description = "Hvem som arrangerer verkstedet",
				example = "[\"KS\", \"Norsk kulturskoleråd\"]") List<String> organisers,
		@Schema(description = "Hvem verkstedet er for; null når det ikke er oppgitt",
				example = "Kulturskoleledere og kommunalt ansatte") String targetGroup,
		@Schema(description = "true når det er gratis å delta; null når det ikke er kjent",
				example = "true") Boolean free,
		FormatKind format, String venue, String language, String timeZone, Instant registrationDeadline,
		LocalDateTime registrationDeadlineLocal, boolean registrationOpen, int minDelegationSize,
		Integer maxDelegationSize, boolean outsideRoleRequired, List<PublicSession> sessions, boolean cancelled,
		String cancellationReason,
		@Schema(description = "true når bare inviterte organisasjoner kan melde seg på") boolean invitationOnly,
		@Schema(description = "OPEN, LISTED eller PILOT_MUNICIPALITIES") InvitationScope invitationScope,
		@Schema(description = "De inviterte kommunene og fylkeskommunene; tom når alle kan melde seg på") List<InvitedOrganisation> invitedOrganisations,
		@Schema(description = "Ekstra spørsmål i påmeldingsskjemaet (bare spørsmålene, aldri svar)") List<Question> questions) {

	/**
	 * @param seats persons confirmed per session, counted from registration.events: a
	 * little behind registration, so {@code seatsLeft} is a guide, not a promise
	 */
	static PublicWorkshopResponse of(Workshop workshop, Instant now, SeatCount seats, MunicipalityRegister register) {
		return new PublicWorkshopResponse(workshop.id(), workshop.title(), workshop.description(), workshop.programme(),
				workshop.organisers(), workshop.targetGroup(), workshop.free(), workshop.format().kind(),
				(workshop.format() instanceof Format.Venue venue) ? venue.address() : null, workshop.language(),
				OsloTime.ZONE.getId(), workshop.registrationDeadline(), OsloTime.local(workshop.registrationDeadline()),
				workshop.isOpenForRegistration(now), workshop.delegationSize().min(), workshop.delegationSize().max(),
				workshop.outsideRoleRequired(),
				workshop.sessions()
					.stream()
					.map(session -> new PublicSession(session.sessionId(), session.startsAt(), session.endsAt(),
							OsloTime.local(session.startsAt()), OsloTime.local(session.endsAt()), session.capacity(),
							Math.max(0,
									session.capacity() - seats.confirmedPersons(workshop.id(), session.sessionId()))))
					.toList(),
				workshop.status() == WorkshopStatus.CANCELLED, workshop.cancellationReason(),
				!workshop.invitations().isOpen(), workshop.invitations().scope(),
				workshop.invitations()
					.organisationNumbers()
					.stream()
					.map(number -> new InvitedOrganisation(number, nameOf(number, register)))
					.toList(),
				workshop.questions().questions());
	}

	private static String nameOf(String number, MunicipalityRegister register) {
		return register.municipality(number)
			.map(Municipality::name)
			.or(() -> register.county(number).map(County::name))
			.orElse(number);
	}

	record InvitedOrganisation(String number, String name) {
	}

	record PublicSession(String sessionId, Instant startsAt, Instant endsAt, LocalDateTime startsAtLocal,
			LocalDateTime endsAtLocal, int capacity, int seatsLeft) {
	}

}
