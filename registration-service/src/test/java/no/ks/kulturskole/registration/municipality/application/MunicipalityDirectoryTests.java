package no.ks.kulturskole.registration.municipality.application;

import no.ks.kulturskole.contracts.registration.Organisation;
import no.ks.kulturskole.reference.MunicipalityRegister;
import no.ks.kulturskole.support.problem.RuleViolation;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The number a coordinator types, and the organisation it names. */
class MunicipalityDirectoryTests {

	private static final MunicipalityDirectory DIRECTORY = new MunicipalityDirectory(MunicipalityRegister.load());

	@Test
	void aMunicipalityNumberOf2024NamesThatMunicipality() {
		OrganisationMatch match = DIRECTORY.resolve("4601");

		assertThat(match.organisation()).isEqualTo(new Organisation("4601", "Bergen", "46", "Vestland"));
		assertThat(match.notice()).isNull();
	}

	@Test
	void aNumberOf2023ThatBecameOneMunicipalityIsTakenAsTheNewOneAndTheNoticeNamesIt() {
		OrganisationMatch match = DIRECTORY.resolve("3001");

		assertThat(match.organisation().number()).isEqualTo("3101");
		assertThat(match.organisation().name()).isEqualTo("Halden");
		assertThat(match.renumberedFrom()).isEqualTo("3001");
		assertThat(match.notice()).contains("3001", "3101 Halden");
	}

	@Test
	void aNumberOf2023ThatWasSplitIsRefusedNamingBothNewNumbers() {
		assertThatThrownBy(() -> DIRECTORY.resolve("1507")).isInstanceOfSatisfying(RuleViolation.class, violation -> {
			assertThat(violation.field()).isEqualTo("municipalityNumber");
			assertThat(violation.rule()).isEqualTo("municipality-renumbered");
			assertThat(violation.getMessage()).contains("1508 Ålesund", "1580 Haram");
		});
	}

	@Test
	void aCountyNumberNamesTheCountyAuthorityByItsPlainName() {
		assertThat(DIRECTORY.organisationOf("46"))
			.isEqualTo(new Organisation("46", "Vestland fylkeskommune", "46", "Vestland"));
		assertThat(DIRECTORY.organisationOf("18").name()).isEqualTo("Nordland fylkeskommune");
		assertThat(DIRECTORY.organisationOf("18").countyName()).isEqualTo("Nordland - Nordlánnda");
	}

	@Test
	void osloRegistersAsTheMunicipalityItIsAndTheOtherFourteenCountyAuthoritiesAreListed() {
		assertThatThrownBy(() -> DIRECTORY.organisationOf("03")).isInstanceOfSatisfying(RuleViolation.class,
				violation -> assertThat(violation.getMessage()).contains("0301"));
		assertThat(DIRECTORY.countyAuthorities()).hasSize(14)
			.extracting(Organisation::number)
			.doesNotContain("03")
			.contains("46", "56");
	}

	@Test
	void aMissingOrBlankNumberIsRefusedAsMissingNamingTheFieldItCameIn() {
		assertThatThrownBy(() -> DIRECTORY.resolve(null)).isInstanceOfSatisfying(RuleViolation.class, violation -> {
			assertThat(violation.field()).isEqualTo("municipalityNumber");
			assertThat(violation.rule()).isEqualTo("municipality-missing");
			assertThat(violation.getMessage()).isEqualTo("Kommunenummer må fylles ut.");
		});
		assertThatThrownBy(() -> DIRECTORY.resolve("  ", "organisationNumber"))
			.isInstanceOfSatisfying(RuleViolation.class, violation -> {
				assertThat(violation.field()).isEqualTo("organisationNumber");
				assertThat(violation.rule()).isEqualTo("municipality-missing");
			});
	}

	@Test
	void anUnknownNumberIsRefusedNamingTheFieldItCameIn() {
		assertThatThrownBy(() -> DIRECTORY.resolve("9999", "organisationNumber"))
			.isInstanceOfSatisfying(RuleViolation.class, violation -> {
				assertThat(violation.field()).isEqualTo("organisationNumber");
				assertThat(violation.rule()).isEqualTo("municipality-unknown");
			});
		assertThatThrownBy(() -> DIRECTORY.resolve("99")).isInstanceOfSatisfying(RuleViolation.class,
				violation -> assertThat(violation.rule()).isEqualTo("county-unknown"));
	}

}
