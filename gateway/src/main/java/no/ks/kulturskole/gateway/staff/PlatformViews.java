package no.ks.kulturskole.gateway.staff;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * The services' admin and mail-log answers as the staff pages read them (dead letters,
 * mails).
 */
final class PlatformViews {

	private PlatformViews() {
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record DeadLetterList(List<String> topics, List<DeadLetter> deadLetters) {

		DeadLetterList {
			topics = (topics != null) ? topics : List.of();
			deadLetters = (deadLetters != null) ? deadLetters : List.of();
		}

	}

	/** A record a service's consumer could never apply, as its admin API describes it. */
	@JsonIgnoreProperties(ignoreUnknown = true)
	record DeadLetter(String topic, int partition, long offset, String key, Instant timestamp, String originalTopic,
			String exceptionClass, String exceptionMessage, String payload, Instant redrivenAt) {

		/** The exception's simple name: the package says nothing to a reader. */
		public String failure() {
			if (this.exceptionClass == null) {
				return "";
			}
			return this.exceptionClass.substring(this.exceptionClass.lastIndexOf('.') + 1);
		}

	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record Mail(String id, String kind, String status, String recipient, String workshopId, String delegationId,
			String subject, int attempts, Instant createdAt, Instant sentAt) {

		/**
		 * A mail still waiting is sent by its retries; one sent, given up on, or skipped
		 * because its moment had passed (a reminder after the session began) may go
		 * again.
		 */
		public boolean resendable() {
			return this.id != null
					&& ("SENT".equals(this.status) || "FAILED".equals(this.status) || "SKIPPED".equals(this.status));
		}

	}

}
