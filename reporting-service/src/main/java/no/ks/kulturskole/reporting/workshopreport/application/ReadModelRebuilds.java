package no.ks.kulturskole.reporting.workshopreport.application;

import no.ks.kulturskole.reporting.workshopreport.model.RebuildStatus;

/**
 * Rebuilds all read models by replaying the topics from the beginning into new
 * collections, switching to them once caught up; the old ones serve until then.
 */
public interface ReadModelRebuilds {

	/** Starts a rebuild unless one is running; either way answers the current status. */
	RebuildStatus start();

	RebuildStatus status();

}
