package no.ks.kulturskole.reporting.workshopreport.application;

/** Told after an event changed a workshop's report (not after a redelivery). */
@FunctionalInterface
public interface WorkshopChangeListener {

	void workshopChanged(String workshopId);

}
