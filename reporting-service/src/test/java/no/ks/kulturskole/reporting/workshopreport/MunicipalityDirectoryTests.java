package no.ks.kulturskole.reporting.workshopreport;

import no.ks.kulturskole.contracts.registration.Organisation;
import no.ks.kulturskole.reference.MunicipalityRegister;
import no.ks.kulturskole.reporting.workshopreport.application.MunicipalityDirectory;
import no.ks.kulturskole.reporting.workshopreport.model.MunicipalityProfile;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MunicipalityDirectoryTests {

	private final MunicipalityDirectory directory = new MunicipalityDirectory(MunicipalityRegister.load());

	@Test
	void aMunicipalityIsPlacedInItsCountyKsRegionAndKulturskoleradBranch() {
		assertThat(this.directory.profileOf(new Organisation("5001", "Trondheim", "50", "Trøndelag")))
			.isEqualTo(new MunicipalityProfile("5001", "Trondheim", "50", "Trøndelag - Trööndelage", "KS Trøndelag",
					"Trøndelag"));
	}

	@Test
	void osloHasNoKsRegionButAKulturskoleradBranch() {
		assertThat(this.directory.profileOf(new Organisation("0301", "Oslo", "03", "Oslo")))
			.isEqualTo(new MunicipalityProfile("0301", "Oslo", "03", "Oslo", null, "Oslo og Viken"));
	}

	@Test
	void aCountyAuthorityIsPlacedInTheRegionsOfItsCounty() {
		assertThat(this.directory.profileOf(new Organisation("46", "Vestland fylkeskommune", "46", "Vestland")))
			.isEqualTo(new MunicipalityProfile("46", "Vestland fylkeskommune", "46", "Vestland", "KS Vest-Norge",
					"Vestland"));
	}

	@Test
	void anOrganisationUnknownToTheRegisterKeepsWhatTheEventSaid() {
		assertThat(this.directory.profileOf(new Organisation("9999", "Ukjent", null, null)))
			.isEqualTo(new MunicipalityProfile("9999", "Ukjent", null, null, null, null));
	}

}
