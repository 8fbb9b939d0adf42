package no.ks.kulturskole.workshop.workshop.application;

import java.time.Instant;

import no.ks.kulturskole.workshop.workshop.model.Workshop;

/**
 * A workshop with when it was last stored, which a calendar needs (LAST-MODIFIED) and the
 * model does not.
 *
 * @param changedAt when it was last changed; for a workshop not changed since before this
 * was recorded, when it was scheduled
 */
public record ChangedWorkshop(Workshop workshop, Instant changedAt) {
}
