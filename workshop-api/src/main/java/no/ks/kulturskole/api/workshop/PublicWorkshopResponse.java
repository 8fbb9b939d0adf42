package no.ks.kulturskole.api.workshop;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import no.ks.kulturskole.contracts.workshop.RegistrationQuestion;

/**
 * A workshop as anyone may see it. A record of its own, not a filtered staff view, so
 * that a field added for staff (above all a meeting link, which goes only to confirmed
 * delegates) can never leak here by accident. Its form questions are the published
 * language's {@link RegistrationQuestion}: the same question workshop-service announces
 * in {@code WorkshopQuestionsChanged} and registration-service shows with the answers.
 */
@Schema(description = "Verksted slik det vises offentlig, uten møtelenker")
public record PublicWorkshopResponse(String id, String title, String description, String programme,
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
		@Schema(description = "Ekstra spørsmål i påmeldingsskjemaet (bare spørsmålene, aldri svar)") List<RegistrationQuestion> questions) {

	/** A reader of an older answer (or a test's) gets empty lists, never {@code null}. */
	public PublicWorkshopResponse {
		sessions = (sessions != null) ? sessions : List.of();
		invitedOrganisations = (invitedOrganisations != null) ? invitedOrganisations : List.of();
		questions = (questions != null) ? questions : List.of();
	}

	/** A municipality or county invited to the workshop, with its name. */
	public record InvitedOrganisation(String number, String name) {
	}

	/**
	 * @param seatsLeft persons confirmed per session, counted by workshop-service from
	 * registration.events: a little behind registration, so a guide, not a promise
	 */
	public record PublicSession(String sessionId, Instant startsAt, Instant endsAt, LocalDateTime startsAtLocal,
			LocalDateTime endsAtLocal, int capacity, int seatsLeft) {
	}

}
