package no.ks.kulturskole.reporting.workshopreport.infrastructure;

/**
 * Told when a rebuild has replayed everything that was on the topics when it started,
 * just before it pauses the live consumers for the final catch-up and the switch.
 * Operations use it for logging; tests use it to look at the service mid-rebuild.
 */
@FunctionalInterface
public interface RebuildListener {

	void caughtUp(String generation);

}
