package no.ks.kulturskole.reference;

/**
 * A municipality as numbered from 1 January 2024, with the regional structures staff
 * report on.
 *
 * @param name SSB's KLASS name, with parallel Sami/Kven names, e.g. "Trondheim - Tråante"
 * @param ksRegion {@code null} for Oslo, which belongs to none of KS's eight regions
 */
public record Municipality(String number, String name, String countyNumber, String countyName, String ksRegion,
		String kulturskoleradBranch) {
}
