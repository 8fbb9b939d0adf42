package no.ks.kulturskole.registration.municipality.application;

import java.util.List;
import java.util.stream.Collectors;

import no.ks.kulturskole.contracts.registration.Organisation;
import no.ks.kulturskole.reference.County;
import no.ks.kulturskole.reference.Municipality;
import no.ks.kulturskole.reference.MunicipalityRegister;
import no.ks.kulturskole.support.problem.RuleViolation;

/**
 * Turns the number a coordinator typed into the organisation a delegation comes from: a
 * municipality by its four-digit number of 2024, or a county authority by its two-digit
 * county number. Numbers retired on 1 January 2024 are common in old bookmarks and e-mail
 * signatures: one that became exactly one new municipality is taken as that one (the
 * answer names the new number); one that was split gets an answer naming the numbers that
 * replaced it.
 */
public class MunicipalityDirectory {

	static final String FIELD = "municipalityNumber";

	/** Oslo is municipality and county in one, with one administration. */
	static final String OSLO_COUNTY = "03";

	private final MunicipalityRegister register;

	public MunicipalityDirectory(MunicipalityRegister register) {
		this.register = register;
	}

	/** The 357 municipalities of 2024, sorted by number. */
	public List<Municipality> all() {
		return this.register.municipalities();
	}

	/** The county authorities (fylkeskommuner) that may register, by county number. */
	public List<Organisation> countyAuthorities() {
		return this.register.counties()
			.stream()
			.filter(county -> !OSLO_COUNTY.equals(county.number()))
			.map(MunicipalityDirectory::authorityOf)
			.toList();
	}

	public Organisation organisationOf(String number) {
		return resolve(number).organisation();
	}

	/**
	 * @throws RuleViolation naming {@value #FIELD} when the number names no organisation,
	 * or a 2023 municipality that was split
	 */
	public OrganisationMatch resolve(String number) {
		return resolve(number, FIELD);
	}

	/**
	 * @param field the request field the number came in, named when it is refused
	 * @throws RuleViolation when the number names no organisation, or a 2023 municipality
	 * that was split
	 */
	public OrganisationMatch resolve(String number, String field) {
		if (number == null || number.isBlank()) {
			throw new RuleViolation(field, "municipality-missing", "Kommunenummer må fylles ut.");
		}
		var municipality = this.register.municipality(number);
		if (municipality.isPresent()) {
			return new OrganisationMatch(organisationOf(municipality.get()), null);
		}
		if (number != null && number.length() == 2) {
			return new OrganisationMatch(countyAuthorityOf(number, field), null);
		}
		List<Municipality> successors = this.register.successorsOf(number);
		if (successors.size() == 1) {
			return new OrganisationMatch(organisationOf(successors.get(0)), number);
		}
		throw unknown(number, successors, field);
	}

	private Organisation countyAuthorityOf(String number, String field) {
		if (OSLO_COUNTY.equals(number)) {
			throw new RuleViolation(field, "oslo-is-a-municipality",
					"Oslo er både kommune og fylke. Meld på med kommunenummer 0301 Oslo.");
		}
		return this.register.county(number)
			.map(MunicipalityDirectory::authorityOf)
			.orElseThrow(() -> new RuleViolation(field, "county-unknown",
					"Fylkesnummer " + number + " finnes ikke. Bruk et av de 15 fylkesnumrene som gjelder fra "
							+ "1. januar 2024, eller et kommunenummer."));
	}

	private static Organisation organisationOf(Municipality municipality) {
		return new Organisation(municipality.number(), municipality.name(), municipality.countyNumber(),
				municipality.countyName());
	}

	/**
	 * The authority under its plain name: "Nordland fylkeskommune", not with the parallel
	 * Sami name SSB gives the county.
	 */
	private static Organisation authorityOf(County county) {
		String plainName = county.name().split(" - ")[0].strip();
		return new Organisation(county.number(), plainName + " fylkeskommune", county.number(), county.name());
	}

	private static RuleViolation unknown(String number, List<Municipality> successors, String field) {
		if (successors.isEmpty()) {
			return new RuleViolation(field, "municipality-unknown",
					"Kommunenummer " + number
							+ " finnes ikke. Bruk et av de 357 kommunenumrene som gjelder fra 1. januar 2024, eller "
							+ "fylkesnummeret (to sifre) for en fylkeskommune.");
		}
		String replacedBy = successors.stream()
			.map(municipality -> municipality.number() + " " + municipality.name())
			.collect(Collectors.joining(" og "));
		return new RuleViolation(field, "municipality-renumbered", "Kommunenummer " + number + " ble " + replacedBy
				+ " fra 1. januar 2024. Bruk det nye kommunenummeret.");
	}

}
