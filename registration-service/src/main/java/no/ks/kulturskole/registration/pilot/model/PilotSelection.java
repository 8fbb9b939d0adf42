package no.ks.kulturskole.registration.pilot.model;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The selection as staff see it while deciding: how many are selected, whether that is
 * above the target, and how the selected spread over KS regions and counties.
 */
public record PilotSelection(int selected, boolean aboveTarget, String warning, Map<String, Integer> byKsRegion,
		Map<String, Integer> byCounty) {

	/** The project wants 6–7 pilot municipalities. */
	public static final int TARGET_MAX = 7;

	public static <T> PilotSelection of(List<T> selected, Function<T, String> ksRegion, Function<T, String> county) {
		Map<String, Integer> regions = new TreeMap<>();
		Map<String, Integer> counties = new TreeMap<>();
		for (T application : selected) {
			regions.merge(ksRegion.apply(application), 1, Integer::sum);
			counties.merge(county.apply(application), 1, Integer::sum);
		}
		boolean above = selected.size() > TARGET_MAX;
		String warning = above ? "Det er valgt " + selected.size() + " pilotkommuner; målet er 6–7." : null;
		return new PilotSelection(selected.size(), above, warning, regions, counties);
	}

}
