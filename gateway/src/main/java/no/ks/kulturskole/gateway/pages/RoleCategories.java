package no.ks.kulturskole.gateway.pages;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import no.ks.kulturskole.contracts.registration.RoleCategory;
import no.ks.kulturskole.web.Problem;

/**
 * The role categories of event-contracts' RoleCategory, in bokmål, in the form's order.
 */
final class RoleCategories {

	static final Map<String, String> LABELS;

	static {
		Map<String, String> labels = new LinkedHashMap<>();
		labels.put("KULTURSKOLE", "Kulturskole");
		labels.put("POLITICIAN", "Politiker");
		labels.put("MUNICIPAL_LEADER", "Kommunal leder");
		labels.put("OTHER_MUNICIPAL_SERVICE", "Annen kommunal tjeneste");
		labels.put("SCHOOL", "Skole");
		labels.put("KINDERGARTEN", "Barnehage");
		labels.put("LOCAL_CULTURAL_LIFE", "Lokalt kulturliv");
		labels.put("VOLUNTARY_SECTOR", "Frivillig sektor");
		labels.put("BUSINESS", "Næringsliv");
		labels.put("RESIDENT", "Innbygger");
		labels.put("OTHER", "Annet");
		LABELS = Collections.unmodifiableMap(labels);
	}

	private RoleCategories() {
	}

	/**
	 * @return the category of this name, or {@code null} for a name the contract does not
	 * know (exactly as the service would read it)
	 */
	/**
	 * The refusal of a category {@link #parse} does not know, at its field, in the words
	 * the service uses for a value it cannot read: the gateway refuses it before sending.
	 */
	static Problem unknown(String field) {
		return Problem.ofField(field, "Feltet '" + field + "' har feil format eller en ukjent verdi.");
	}

	static RoleCategory parse(String name) {
		for (RoleCategory category : RoleCategory.values()) {
			if (category.name().equals(name)) {
				return category;
			}
		}
		return null;
	}

}
