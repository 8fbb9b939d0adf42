package no.ks.kulturskole.reference;

import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MunicipalityRegisterTests {

	private final MunicipalityRegister register = MunicipalityRegister.load();

	@Test
	void theRegisterHoldsThe357MunicipalitiesOf2024InFifteenCounties() {
		assertThat(this.register.municipalities()).hasSize(357);
		assertThat(this.register.counties()).extracting(County::number)
			.containsExactly("03", "11", "15", "18", "31", "32", "33", "34", "39", "40", "42", "46", "50", "55", "56");
	}

	@Test
	void countiesHoldTheNumberOfMunicipalitiesSsbPublished() {
		Map<String, Long> perCounty = this.register.municipalities()
			.stream()
			.collect(Collectors.groupingBy(Municipality::countyNumber, Collectors.counting()));

		assertThat(perCounty).containsEntry("03", 1L)
			.containsEntry("11", 23L)
			.containsEntry("15", 27L)
			.containsEntry("18", 41L)
			.containsEntry("34", 46L)
			.containsEntry("46", 43L)
			.containsEntry("50", 38L)
			.containsEntry("55", 21L)
			.containsEntry("56", 18L);
	}

	@Test
	void bergenIsInVestlandInKsVestNorgeAndTheVestlandBranch() {
		assertThat(this.register.municipality("4601"))
			.hasValue(new Municipality("4601", "Bergen", "46", "Vestland", "KS Vest-Norge", "Vestland"));
	}

	@Test
	void tromsoIsInKsNordNorgeAndTheBranchForFinnmarkTromsAndSvalbard() {
		Municipality tromso = this.register.municipality("5501").orElseThrow();

		assertThat(tromso.ksRegion()).isEqualTo("KS Nord-Norge");
		assertThat(tromso.kulturskoleradBranch()).isEqualTo("Finnmark, Troms og Svalbard");
	}

	@Test
	void osloBelongsToNoKsRegionButToTheOsloAndVikenBranch() {
		Municipality oslo = this.register.municipality("0301").orElseThrow();

		assertThat(oslo.ksRegion()).isNull();
		assertThat(oslo.kulturskoleradBranch()).isEqualTo("Oslo og Viken");
	}

	@Test
	void everyMunicipalityHasABranch() {
		assertThat(this.register.municipalities())
			.allSatisfy(municipality -> assertThat(municipality.kulturskoleradBranch()).isNotBlank());
	}

	@Test
	void anOldNumberNamesTheMunicipalitiesThatReplacedIt() {
		assertThat(this.register.successorsOf("1507")).extracting(Municipality::number)
			.containsExactlyInAnyOrder("1508", "1580");
		assertThat(this.register.successorsOf("3001")).extracting(Municipality::number).containsExactly("3101");
		assertThat(this.register.successorsOf("4601")).isEmpty();
		assertThat(this.register.municipality("3001")).isEmpty();
	}

}
