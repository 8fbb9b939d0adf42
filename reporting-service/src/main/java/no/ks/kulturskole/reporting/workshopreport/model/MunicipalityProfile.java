package no.ks.kulturskole.reporting.workshopreport.model;

/**
 * A registering organisation placed in the three regional structures staff report on:
 * county, KS region and Kulturskolerådet's county branch.
 */
public record MunicipalityProfile(String number, String name, String countyNumber, String countyName, String ksRegion,
		String kulturskoleradBranch) {
}
