package no.ks.kulturskole.registration.municipality;

import java.util.List;
import java.util.stream.Collectors;

import no.ks.kulturskole.contracts.registration.Organisation;
import no.ks.kulturskole.reference.Municipality;
import no.ks.kulturskole.reference.MunicipalityRegister;
import no.ks.kulturskole.support.problem.RuleViolation;

/**
 * Turns the number a coordinator typed into the organisation a delegation comes from.
 * Numbers retired on 1 January 2024 are common in old bookmarks and e-mail signatures, so
 * they get an answer naming the number(s) that replaced them rather than a bare
 * "unknown".
 */
public class MunicipalityDirectory {

	static final String FIELD = "municipalityNumber";

	private final MunicipalityRegister register;

	public MunicipalityDirectory(MunicipalityRegister register) {
		this.register = register;
	}

	/** The 357 municipalities of 2024, sorted by number. */
	public List<Municipality> all() {
		return this.register.municipalities();
	}

	public Organisation organisationOf(String number) {
		return this.register.municipality(number)
			.map(municipality -> new Organisation(municipality.number(), municipality.name(),
					municipality.countyNumber(), municipality.countyName()))
			.orElseThrow(() -> unknown(number));
	}

	private RuleViolation unknown(String number) {
		List<Municipality> successors = this.register.successorsOf(number);
		if (successors.isEmpty()) {
			return new RuleViolation(FIELD, "municipality-unknown", "Kommunenummer " + number
					+ " finnes ikke. Bruk et av de 357 kommunenumrene som gjelder fra 1. januar 2024.");
		}
		String replacedBy = successors.stream()
			.map(municipality -> municipality.number() + " " + municipality.name())
			.collect(Collectors.joining(" og "));
		return new RuleViolation(FIELD, "municipality-renumbered", "Kommunenummer " + number + " ble " + replacedBy
				+ " fra 1. januar 2024. Bruk det nye kommunenummeret.");
	}

}
