package no.ks.kulturskole.api.workshop;

/**
 * Where a workshop is in its life, as the API names it: {@code DRAFT → SCHEDULED →
 * REGISTRATION_CLOSED → COMPLETED}, or {@code CANCELLED}.
 */
public enum WorkshopStatus {

	DRAFT, SCHEDULED, REGISTRATION_CLOSED, COMPLETED, CANCELLED

}
