package no.ks.kulturskole.reference;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The official list of municipalities and counties, loaded once from the bundled CSVs.
 * The numbers of 2023 are kept only to tell people which number replaced theirs.
 */
public final class MunicipalityRegister {

	private static final String BASE = "/no/ks/kulturskole/reference/";

	private final Map<String, County> counties;

	private final Map<String, Municipality> municipalities;

	private final Map<String, List<String>> renumbered;

	private MunicipalityRegister(Map<String, County> counties, Map<String, Municipality> municipalities,
			Map<String, List<String>> renumbered) {
		this.counties = counties;
		this.municipalities = municipalities;
		this.renumbered = renumbered;
	}

	public static MunicipalityRegister load() {
		Map<String, String> branchByCounty = new HashMap<>();
		for (List<String> row : Csv.rows(BASE + "kulturskolerad_fylkesavdelinger.csv")) {
			for (String county : row.get(1).split(";")) {
				branchByCounty.put(county.strip(), row.get(0));
			}
		}
		Map<String, County> counties = new LinkedHashMap<>();
		for (List<String> row : Csv.rows(BASE + "fylker.csv")) {
			String ksRegion = row.get(2).isBlank() ? null : row.get(2);
			counties.put(row.get(0), new County(row.get(0), row.get(1), ksRegion, branchByCounty.get(row.get(0))));
		}
		Map<String, Municipality> municipalities = new LinkedHashMap<>();
		for (List<String> row : Csv.rows(BASE + "kommuner.csv")) {
			County county = counties.get(row.get(2));
			municipalities.put(row.get(0), new Municipality(row.get(0), row.get(1), county.number(), county.name(),
					county.ksRegion(), county.kulturskoleradBranch()));
		}
		Map<String, List<String>> renumbered = new HashMap<>();
		for (List<String> row : Csv.rows(BASE + "kommunenummer_2023_til_2024.csv")) {
			renumbered.computeIfAbsent(row.get(0), number -> new ArrayList<>()).add(row.get(2));
		}
		return new MunicipalityRegister(Collections.unmodifiableMap(counties),
				Collections.unmodifiableMap(municipalities), Map.copyOf(renumbered));
	}

	public Optional<Municipality> municipality(String number) {
		return Optional.ofNullable(this.municipalities.get(number));
	}

	/** Sorted by number. */
	public List<Municipality> municipalities() {
		return List.copyOf(this.municipalities.values());
	}

	public Optional<County> county(String number) {
		return Optional.ofNullable(this.counties.get(number));
	}

	public List<County> counties() {
		return List.copyOf(this.counties.values());
	}

	/**
	 * The 2024 municipalities that replaced a number removed on 1 January 2024 (two for
	 * Ålesund 1507, which was split); empty for a number that is current or never
	 * existed.
	 */
	public List<Municipality> successorsOf(String number2023) {
		return this.renumbered.getOrDefault(number2023, List.of()).stream().map(this.municipalities::get).toList();
	}

}
