package no.ks.kulturskole.reporting.workshopreport.application;

import no.ks.kulturskole.contracts.registration.Organisation;
import no.ks.kulturskole.reference.County;
import no.ks.kulturskole.reference.Municipality;
import no.ks.kulturskole.reference.MunicipalityRegister;
import no.ks.kulturskole.reporting.workshopreport.model.MunicipalityProfile;

/**
 * Places a registering organisation in county, KS region and Kulturskolerådet branch. The
 * events carry number, name and county only; the regional structures come from the
 * reference data at the time the event is read, so a report rebuilt by replay uses the
 * current structures.
 */
public class MunicipalityDirectory {

	private final MunicipalityRegister register;

	public MunicipalityDirectory(MunicipalityRegister register) {
		this.register = register;
	}

	public MunicipalityProfile profileOf(Organisation organisation) {
		Municipality municipality = this.register.municipality(organisation.number()).orElse(null);
		if (municipality != null) {
			return new MunicipalityProfile(organisation.number(), preferred(organisation.name(), municipality.name()),
					municipality.countyNumber(), municipality.countyName(), municipality.ksRegion(),
					municipality.kulturskoleradBranch());
		}
		// A county authority (fylkeskommune) or an organisation unknown to the register:
		// the regions still follow from its county.
		County county = (organisation.countyNumber() != null)
				? this.register.county(organisation.countyNumber()).orElse(null) : null;
		return new MunicipalityProfile(organisation.number(), organisation.name(), organisation.countyNumber(),
				(county != null) ? county.name() : organisation.countyName(),
				(county != null) ? county.ksRegion() : null, (county != null) ? county.kulturskoleradBranch() : null);
	}

	/** The name as registered, which is what staff saw in the registration. */
	private static String preferred(String registered, String official) {
		return (registered != null && !registered.isBlank()) ? registered : official;
	}

}
