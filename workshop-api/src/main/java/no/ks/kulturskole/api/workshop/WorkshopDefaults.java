package no.ks.kulturskole.api.workshop;

/**
 * The programme's facts a caller may rely on when it leaves a field out. Organisers and
 * language are not here on purpose: a request without them gets workshop-service's own
 * defaults ({@code Offering.DEFAULT_ORGANISERS}, {@code nb}), so they are written once,
 * in the model.
 */
public final class WorkshopDefaults {

	/** The programme every workshop the staff pages create belongs to. */
	public static final String PROGRAMME = "Fremtidens kulturskole";

	private WorkshopDefaults() {
	}

}
