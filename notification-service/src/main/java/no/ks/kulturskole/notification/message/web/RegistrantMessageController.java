package no.ks.kulturskole.notification.message.web;

import java.util.Map;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import no.ks.kulturskole.notification.message.application.RegistrantMessages;
import no.ks.kulturskole.notification.message.model.Audience;
import no.ks.kulturskole.notification.message.model.LocalisedText;
import no.ks.kulturskole.support.problem.RuleViolation;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Staff's messages to a workshop's registrants. Under {@code /api/**} outside
 * {@code /api/public/**}: only a caller with a staff token (service-support). The gateway
 * routes {@code /api/workshops/*}{@code /messages/**} here, the rest of
 * {@code /api/workshops/**} to workshop-service.
 */
@RestController
@RequestMapping("/api/workshops/{workshopId}/messages")
@Tag(name = "Meldinger til påmeldte",
		description = "E-post fra arrangøren til deltakerne og/eller kontaktpersonene på et verksted (kun ansatte)")
class RegistrantMessageController {

	private final RegistrantMessages messages;

	RegistrantMessageController(RegistrantMessages messages) {
		this.messages = messages;
	}

	@PostMapping
	@ResponseStatus(HttpStatus.ACCEPTED)
	@Operation(summary = "Send en melding til påmeldte",
			description = "Hver mottaker får meldingen én gang, på delegasjonens språk (bokmål når meldingen ikke "
					+ "finnes på det språket). Samme messageId sendt på nytt sender ikke noe på nytt.")
	SentResponse send(@PathVariable String workshopId, @RequestBody(required = false) MessageRequest request) {
		MessageRequest message = required(request);
		RegistrantMessages.Sent sent = this.messages.send(workshopId, message.messageId(), message.audienceOrNull(),
				new LocalisedText(message.subject()), new LocalisedText(message.body()));
		return new SentResponse(sent.messageId(), sent.recipients());
	}

	@PostMapping("/preview")
	@Operation(summary = "Hvor mange meldingen vil nå", description = "Bare antallet; ingen adresser.")
	PreviewResponse preview(@PathVariable String workshopId, @RequestBody(required = false) MessageRequest request) {
		return new PreviewResponse(this.messages.preview(workshopId, required(request).audienceOrNull()));
	}

	private static MessageRequest required(MessageRequest request) {
		if (request == null) {
			throw new RuleViolation("audience", "required", "Velg hvem meldingen skal til.");
		}
		return request;
	}

	@Schema(description = "Meldingen og hvem den skal til")
	record MessageRequest(
			@Schema(description = "Valgfri id laget av avsenderen, så samme melding sendt to ganger blir én",
					example = "5b0e6c1a-2f4d-4a8e-9c3b-7d1e0f2a4b6c") String messageId,
			AudienceRequest audience,
			@Schema(description = "Emne per språk: nb (påkrevd), nn, en",
					example = "{\"nb\": \"Ny møtelenke\"}") Map<String, String> subject,
			@Schema(description = "Tekst per språk: nb (påkrevd), nn, en",
					example = "{\"nb\": \"Møtet har fått ny lenke.\"}") Map<String, String> body) {

		Audience audienceOrNull() {
			return (this.audience != null)
					? Audience.of(this.audience.sessionId(), this.audience.statuses(), this.audience.roles()) : null;
		}

	}

	@Schema(description = "Utvalget: økt (null for alle), statuser og roller")
	record AudienceRequest(@Schema(description = "Økten, eller null for alle økter") String sessionId,
			@Schema(description = "CONFIRMED, WAITLISTED og/eller CANCELLED",
					example = "[\"CONFIRMED\"]") List<String> statuses,
			@Schema(description = "DELEGATES og/eller COORDINATORS",
					example = "[\"DELEGATES\", \"COORDINATORS\"]") List<String> roles) {
	}

	@Schema(description = "Meldingen er lagret og e-postene lagt i køen")
	record SentResponse(String messageId, int recipients) {
	}

	@Schema(description = "Antall mottakere utvalget gir nå")
	record PreviewResponse(int recipients) {
	}

}
