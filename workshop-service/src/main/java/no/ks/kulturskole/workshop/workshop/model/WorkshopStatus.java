package no.ks.kulturskole.workshop.workshop.model;

/**
 * Where a workshop is in its life. Creating a workshop schedules it for now; a
 * {@code DRAFT} state (prepared but not yet open for registration) comes later and is
 * meant to be added beside these, not by renaming them.
 */
public enum WorkshopStatus {

	/** Published and open for registration until its deadline. */
	SCHEDULED

}
