package no.ks.kulturskole.api.notification;

import io.swagger.v3.oas.annotations.media.Schema;

/** A staff message stored and its e-mails queued: how many it reached, never who. */
@Schema(description = "Meldingen er lagret og e-postene lagt i køen")
public record MessageSent(String messageId, int recipients) {
}
