package no.ks.kulturskole.api.notification;

import io.swagger.v3.oas.annotations.media.Schema;

/** How many a staff message's audience reaches now: a count only, never addresses. */
@Schema(description = "Antall mottakere utvalget gir nå")
public record MessagePreview(int recipients) {
}
