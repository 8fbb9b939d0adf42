package no.ks.kulturskole.notification.mail.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import no.ks.kulturskole.notification.mail.application.MailLog;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The e-mail log for staff. Shows recipients' addresses, so it lives under
 * {@code /api/**}, which only the gateway reaches after authenticating staff.
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

	NotificationLogController(MailLog mailLog) {
		this.mailLog = mailLog;
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
			.map(MailLogEntryResponse::of)
			.toList();
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
