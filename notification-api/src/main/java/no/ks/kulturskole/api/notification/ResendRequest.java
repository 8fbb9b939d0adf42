package no.ks.kulturskole.api.notification;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * Which mail of the log to send again. The id goes in the body: it contains {@code /} and
 * {@code :}, which do not travel well in a path.
 */
@Schema(description = "Hvilken e-post som skal sendes på nytt")
public record ResendRequest(@Schema(description = "E-postens id i loggen",
		example = "DELEGATION_CONFIRMATION:w-1/s-1:d-1:3f2a9c0e1b7d4a56:v1") String notificationId) {
}
