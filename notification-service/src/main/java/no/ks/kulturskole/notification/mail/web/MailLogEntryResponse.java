package no.ks.kulturskole.notification.mail.web;

import java.time.Instant;

import io.swagger.v3.oas.annotations.media.Schema;
import no.ks.kulturskole.notification.mail.model.MailLogEntry;

/** One e-mail in the log, as the staff API shows it; bodies are not exposed. */
@Schema(description = "En e-post i loggen")
record MailLogEntryResponse(
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

	static MailLogEntryResponse of(MailLogEntry entry) {
		return new MailLogEntryResponse(entry.id(), entry.kind().name(), entry.status().name(), entry.recipient(),
				entry.workshopId(), entry.sessionId(), entry.delegationId(), entry.template(), entry.subject(),
				entry.attempts(), entry.createdAt(), entry.sentAt(), entry.nextAttemptAt(), entry.lastError());
	}

	@Override
	public String toString() {
		return "MailLogEntryResponse[" + this.id + ", " + this.status + "]";
	}

}
