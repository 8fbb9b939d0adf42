package no.ks.kulturskole.api.registration;

import java.time.Instant;

/**
 * When retention by default erases a workshop's personal data (issue 14).
 *
 * @param personalDataErasedAt {@code null} while the workshop is not over
 */
public record RetentionResponse(String workshopId, Instant personalDataErasedAt) {

}
