package no.ks.kulturskole.api.notification;

import io.swagger.v3.oas.annotations.media.Schema;

@Schema(description = "Den nye e-posten")
public record ResendResponse(@Schema(description = "Id-en den nye e-posten har i loggen") String notificationId) {
}
