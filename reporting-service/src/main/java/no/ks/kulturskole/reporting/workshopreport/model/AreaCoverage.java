package no.ks.kulturskole.reporting.workshopreport.model;

import java.util.List;

/**
 * How many of an area's municipalities have registered, and which have not.
 *
 * @param area the county's, KS region's or branch's name
 * @param registered municipalities with at least one delegation that is not cancelled
 * @param municipalities all municipalities in the area
 */
public record AreaCoverage(String area, int registered, int municipalities,
		List<MunicipalityRef> registeredMunicipalities, List<MunicipalityRef> missing) {

	public AreaCoverage {
		registeredMunicipalities = List.copyOf(registeredMunicipalities);
		missing = List.copyOf(missing);
	}

}
