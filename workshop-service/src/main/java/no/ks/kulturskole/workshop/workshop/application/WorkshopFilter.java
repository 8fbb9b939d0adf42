package no.ks.kulturskole.workshop.workshop.application;

import no.ks.kulturskole.workshop.workshop.model.WorkshopStatus;

/**
 * What staff narrow the list by; {@code null} means any.
 *
 * @param when upcoming (last session not yet ended) or past
 */
public record WorkshopFilter(When when, String programme, WorkshopStatus status) {

	public static final WorkshopFilter ANY = new WorkshopFilter(null, null, null);

	public enum When {

		UPCOMING, PAST

	}

}
