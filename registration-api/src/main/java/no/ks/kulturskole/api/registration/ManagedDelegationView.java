package no.ks.kulturskole.api.registration;

import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import no.ks.kulturskole.contracts.registration.Contact;
import no.ks.kulturskole.contracts.registration.ReflectionAnswer;
import no.ks.kulturskole.contracts.registration.RoleCategory;
import no.ks.kulturskole.contracts.registration.SeatStatus;

/**
 * For the coordinator who holds the secret: their own delegation's personal data, as the
 * manage link's API answers and the manage page reads it.
 */
public record ManagedDelegationView(String delegationId, String workshopId, String workshopTitle,
		Instant registrationDeadline, String sessionId, SeatStatus status, boolean cancelled,
		@Schema(description = "Om deltakere kan legges til og fjernes og påmeldingen avmeldes (fram til fristen)") boolean changeable,
		@Schema(description = "Om en deltaker kan byttes ut med en annen (også etter fristen)") boolean replaceable,
		@Schema(description = "Om refleksjonssvarene kan sendes inn eller endres (fram til økten starter)") boolean reflectionOpen,
		@Schema(description = "Om koordinatoren kan be om at delegasjonens personopplysninger slettes (når verkstedet er over)") boolean erasable,
		RegistrationResponse.MunicipalitySummary municipality, Contact coordinator, List<ParticipantLine> participants,
		List<ReflectionAnswer> reflection) {

	// The three reads below are derived, not properties: they have no get/is prefix, so
	// Jackson writes none of them and the JSON is the components' alone (a missing list
	// stays null in it, as the service has always written it).

	/** The delegates who have a participation confirmation to download. */
	public List<ParticipantLine> attendees() {
		return (this.participants != null) ? this.participants.stream().filter(ParticipantLine::attended).toList()
				: List.of();
	}

	public boolean waitlisted() {
		return this.status == SeatStatus.WAITLISTED;
	}

	/** The answer given to a reflection question, or empty. */
	public String answerTo(String question) {
		if (this.reflection == null) {
			return "";
		}
		return this.reflection.stream()
			.filter((answer) -> question.equals(answer.question()))
			.map(ReflectionAnswer::answer)
			.findFirst()
			.orElse("");
	}

	/**
	 * @param attended recorded present in at least one session: has a participation
	 * confirmation ({@code …/participants/{participantId}/certificate})
	 */
	public record ParticipantLine(String participantId, String name, String email, String roleTitle,
			RoleCategory roleCategory, boolean attended) {
	}

}
