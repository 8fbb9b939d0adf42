package no.ks.kulturskole.contracts.workshop;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Staff changed what a published workshop says about itself: its title, description,
 * organisers, target group, price, format with venue or meeting link, or language. Every
 * such detail is given as it stands after the change, changed or not, so that a consumer
 * can set them without knowing the ones before.
 * <p>
 * Times, sessions, capacities, the deadline and the delegation rules are not changed by
 * this event: times travel in {@link WorkshopRescheduled}, sessions and capacities in
 * {@link SessionAdded} and {@link SessionChanged}, and the deadline and delegation rules
 * are promises made to delegations already registered, so they are not editable.
 *
 * @param venue address when the format is {@link WorkshopFormat#VENUE}, else {@code null}
 * @param language IETF tag of the workshop's language, e.g. {@code nb}
 * @param organisers who runs the workshop; empty only for a workshop stored before
 * organisers were recorded
 * @param targetGroup who the workshop is for, in the organisers' words; {@code null} when
 * not given
 * @param free {@code true} when taking part costs nothing, {@code null} when unknown
 * @param sessions every session with the link its participants get (its own or the
 * workshop's, as in {@link WorkshopScheduled}), so that a new meeting link reaches those
 * who send it; times and capacities are those already announced
 */
public record WorkshopDetailsChanged(UUID eventId, String workshopId, Instant occurredAt, int schemaVersion,
		String title, String description, List<String> organisers, String targetGroup, Boolean free,
		WorkshopFormat format, String venue, String language, List<SessionDetails> sessions) implements WorkshopEvent {

	public static final int SCHEMA_VERSION = 1;

	public WorkshopDetailsChanged {
		organisers = (organisers != null) ? List.copyOf(organisers) : List.of();
		sessions = (sessions != null) ? List.copyOf(sessions) : List.of();
	}

}
