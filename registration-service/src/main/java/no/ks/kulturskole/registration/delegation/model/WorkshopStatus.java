package no.ks.kulturskole.registration.delegation.model;

/**
 * Where a workshop is in its life, as far as registration cares. Later workshop events
 * (registration closed, cancelled) add states; only a scheduled workshop takes
 * registrations.
 */
public enum WorkshopStatus {

	SCHEDULED

}
