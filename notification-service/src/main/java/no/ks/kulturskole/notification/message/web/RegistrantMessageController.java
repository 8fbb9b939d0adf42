package no.ks.kulturskole.notification.message.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import no.ks.kulturskole.api.notification.MessagePreview;
import no.ks.kulturskole.api.notification.MessageSent;
import no.ks.kulturskole.api.notification.RegistrantMessageRequest;
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
 * {@code /api/workshops/**} to workshop-service. Its records are notification-api's,
 * which the gateway shares (issue 18).
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
	MessageSent send(@PathVariable String workshopId, @RequestBody(required = false) RegistrantMessageRequest request) {
		RegistrantMessageRequest message = required(request);
		RegistrantMessages.Sent sent = this.messages.send(workshopId, message.messageId(), audienceOf(message),
				new LocalisedText(message.subject()), new LocalisedText(message.body()));
		return new MessageSent(sent.messageId(), sent.recipients());
	}

	@PostMapping("/preview")
	@Operation(summary = "Hvor mange meldingen vil nå", description = "Bare antallet; ingen adresser.")
	MessagePreview preview(@PathVariable String workshopId,
			@RequestBody(required = false) RegistrantMessageRequest request) {
		return new MessagePreview(this.messages.preview(workshopId, audienceOf(required(request))));
	}

	private static RegistrantMessageRequest required(RegistrantMessageRequest request) {
		if (request == null) {
			throw new RuleViolation("audience", "required", "Velg hvem meldingen skal til.");
		}
		return request;
	}

	/**
	 * The audience as the model's, or {@code null} when none was sent (refused by name).
	 */
	private static Audience audienceOf(RegistrantMessageRequest request) {
		RegistrantMessageRequest.AudienceRequest audience = request.audience();
		return (audience != null) ? Audience.of(audience.sessionId(), audience.statuses(), audience.roles()) : null;
	}

}
