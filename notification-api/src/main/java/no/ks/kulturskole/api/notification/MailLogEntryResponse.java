package no.ks.kulturskole.api.notification;

import java.time.Instant;
import java.util.Set;

import io.swagger.v3.oas.annotations.media.Schema;

/** One e-mail in the log, as the staff API shows it; bodies are not exposed. */
@Schema(description = "En e-post i loggen")
public record MailLogEntryResponse(
		@Schema(description = "Dedupliseringsnøkkel; mottakeren inngår bare som hash",
				example = "DELEGATION_CONFIRMATION:w-1/s-1:d-1:3f2a9c0e1b7d4a56:v1") String id,
		@Schema(example = "DELEGATION_CONFIRMATION") String kind,
		@Schema(description = "PENDING, SENT, FAILED eller SKIPPED (ikke sendt fordi tidspunktet var passert; grunnen står i lastError)",
				example = "SENT") String status,
		@Schema(example = "kari.nordmann@bodo.kommune.no") String recipient, String workshopId, String sessionId,
		String delegationId, @Schema(example = "delegation-confirmation/nb@1a2b3c4d") String template,
		@Schema(example = "Påmelding mottatt: Kulturskolen som lokalt ressurssenter") String subject, int attempts,
		Instant createdAt, Instant sentAt,
		@Schema(description = "Når neste forsøk gjøres, så lenge e-posten venter") Instant nextAttemptAt,
		@Schema(description = "Hvorfor siste forsøk feilet",
				example = "SMTP send failed: ConnectException") String lastError) {

	private static final Set<String> RESENDABLE = Set.of("SENT", "FAILED", "SKIPPED");

	/**
	 * A mail still waiting is sent by its retries; one sent, given up on, or skipped
	 * because its moment had passed (a reminder after the session began) may go again
	 * ({@link StaffNotificationApi#resend}).
	 */
	public boolean resendable() {
		return this.id != null && RESENDABLE.contains(this.status);
	}

	/** Without the recipient: an entry that ends up in a log names no address. */
	@Override
	public String toString() {
		return "MailLogEntryResponse[" + this.id + ", " + this.status + "]";
	}

}
