package no.ks.kulturskole.notification.mail.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import no.ks.kulturskole.api.notification.MailLogEntryResponse;
import no.ks.kulturskole.api.notification.ResendRequest;
import no.ks.kulturskole.api.notification.ResendResponse;
import no.ks.kulturskole.notification.mail.application.MailDelivery;
import no.ks.kulturskole.notification.mail.application.MailLog;
import no.ks.kulturskole.support.problem.NotFound;
import no.ks.kulturskole.support.problem.RuleViolation;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The e-mail log for staff. Shows recipients' addresses, so it lives under
 * {@code /api/**}, which answers only a caller with a staff token (service-support).
 */
@RestController
@RequestMapping("/api/notifications")
@Tag(name = "E-postlogg", description = "Hvilke e-poster plattformen har sendt, og hvilke som venter (kun ansatte)")
class NotificationLogController {

	/**
	 * Enough for one workshop's delegations; the log is for looking things up, not
	 * exporting.
	 */
	static final int LIMIT = 500;

	private final MailLog mailLog;

	private final MailDelivery delivery;

	NotificationLogController(MailLog mailLog, MailDelivery delivery) {
		this.mailLog = mailLog;
		this.delivery = delivery;
	}

	/**
	 * The id goes in the body: it contains {@code /} and {@code :}, which do not travel
	 * well in a path.
	 */
	@PostMapping("/resend")
	@ResponseStatus(HttpStatus.ACCEPTED)
	@Operation(summary = "Send en e-post i loggen på nytt",
			description = "Sender e-posten slik den ble laget første gang, som en ny e-post i loggen. "
					+ "En lenke for å endre påmeldingen sendes med den nøkkelen den hadde; er det bestilt ny lenke "
					+ "siden, virker den gamle ikke lenger.")
	ResendResponse resend(@RequestBody(required = false) ResendRequest request) {
		String id = (request != null) ? blankToNull(request.notificationId()) : null;
		if (id == null) {
			throw new RuleViolation("notificationId", "required", "Oppgi id-en til e-posten som skal sendes på nytt.");
		}
		return this.delivery.resend(id)
			.map(ResendResponse::new)
			.orElseThrow(() -> new NotFound("notificationId", "Det finnes ingen e-post med denne id-en i loggen."));
	}

	@GetMapping
	@Operation(summary = "List e-poster i loggen, nyeste først",
			description = "Filtrer på verksted og/eller delegasjon. Uten filter vises de siste " + LIMIT
					+ " e-postene.")
	List<MailLogEntryResponse> list(
			@Parameter(description = "Verkstedets id",
					example = "7f1c2b9e-5d4a-4e0b-9a51-2c7e1d3f4a10") @RequestParam(required = false) String workshopId,
			@Parameter(description = "Delegasjonens id",
					example = "c3a9e2d1-8b7f-4c61-a0d2-5e4f3b2a1c90") @RequestParam(
							required = false) String delegationId) {
		return this.mailLog.find(blankToNull(workshopId), blankToNull(delegationId), LIMIT)
			.stream()
			.map(MailLogEntries::responseOf)
			.toList();
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
