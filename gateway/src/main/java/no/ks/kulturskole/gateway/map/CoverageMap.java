package no.ks.kulturskole.gateway.map;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * The staff coverage map (issue 17): Norway's 357 municipalities coloured by how far each
 * has come, with the borders of the areas coverage is measured by, drawn as SVG on the
 * server so that it works without JavaScript and prints. The outlines are read, projected
 * and simplified once, when the gateway starts; a request only puts the statuses on the
 * shapes. Each municipality is a focusable shape whose {@code <title>} names it and its
 * status: shown on hover, read by screen readers. The coverage table stays beside it.
 */
@Component
public class CoverageMap {

	/** Wide enough for detail, narrow enough to sit beside the table on a laptop. */
	static final int WIDTH = 520;

	/** Half a pixel: finer detail is lost at this size anyway. */
	private static final double TOLERANCE = 0.5;

	/** Islands smaller than this (square pixels) are left out; a municipality never. */
	private static final double SMALLEST_ISLAND = 1.5;

	static final String MUNICIPALITIES = "/no/ks/kulturskole/reference/geo/kommuner-2024.topojson";

	static final String COUNTIES = "/no/ks/kulturskole/reference/geo/fylker-2024.topojson";

	/** The statuses in the legend's order, with their words and style classes. */
	static final Map<String, String> STATUS_LABELS;

	static {
		Map<String, String> labels = new LinkedHashMap<>();
		labels.put("ATTENDED", "Har deltatt");
		labels.put("CONFIRMED", "Påmeldt med plass");
		labels.put("WAITLISTED", "På venteliste");
		labels.put("PILOT_APPLICANT", "Søkt om pilot, ikke påmeldt");
		labels.put("NOT_REGISTERED", "Ikke påmeldt");
		STATUS_LABELS = Collections.unmodifiableMap(labels);
	}

	private final int height;

	/** Municipality number → its path, in the order of the file. */
	private final Map<String, String> shapes;

	private final Outlines counties;

	/** The borders by which counties share an area, worked out once per grouping. */
	private final Map<Map<String, String>, String> borders = new ConcurrentHashMap<>();

	public CoverageMap() {
		var municipalities = Outlines.read(MUNICIPALITIES);
		var bbox = municipalities.get("bbox");
		Projection projection = new Projection(new double[] { bbox.get(0).asDouble(), bbox.get(1).asDouble(),
				bbox.get(2).asDouble(), bbox.get(3).asDouble() }, WIDTH);
		Outlines outlines = Outlines.of(municipalities, projection, TOLERANCE);
		Map<String, String> shapes = new LinkedHashMap<>();
		outlines.features()
			.forEach((feature) -> shapes.put(feature.properties().get("kommunenummer"),
					outlines.path(feature, SMALLEST_ISLAND)));
		this.shapes = Collections.unmodifiableMap(shapes);
		this.counties = Outlines.of(Outlines.read(COUNTIES), projection, TOLERANCE);
		this.height = projection.height();
	}

	/** How many municipalities the map has shapes for. */
	public int municipalities() {
		return this.shapes.size();
	}

	/**
	 * The map for these municipalities, with the borders of their areas: counties, KS
	 * regions or branches, whichever the coverage is by. A municipality the list leaves
	 * out is drawn as not registered.
	 */
	public Drawing draw(List<MunicipalityOnMap> municipalities) {
		Map<String, MunicipalityOnMap> byNumber = municipalities.stream()
			.collect(Collectors.toMap(MunicipalityOnMap::number, Function.identity(), (a, b) -> a));
		Map<String, Integer> counts = new LinkedHashMap<>();
		STATUS_LABELS.keySet().forEach((status) -> counts.put(status, 0));
		StringBuilder svg = new StringBuilder(200_000);
		svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"norway-map\" viewBox=\"0 0 ")
			.append(WIDTH)
			.append(' ')
			.append(this.height)
			.append("\" role=\"group\" aria-label=\"Kart over Norge med kommunene fargelagt etter status\">")
			.append("<g class=\"kommuner\">");
		this.shapes.forEach((number, path) -> {
			MunicipalityOnMap municipality = byNumber.get(number);
			String status = (municipality != null && STATUS_LABELS.containsKey(municipality.status()))
					? municipality.status() : "NOT_REGISTERED";
			counts.merge(status, 1, Integer::sum);
			svg.append("<path class=\"kommune ")
				.append(styleClass(status))
				.append("\" data-kommune=\"")
				.append(number)
				.append("\" tabindex=\"0\" role=\"img\" d=\"")
				.append(path)
				.append("\"><title>")
				.append(HtmlUtils.htmlEscape(label(number, municipality, status), "UTF-8"))
				.append("</title></path>");
		});
		svg.append("</g><path class=\"grenser\" aria-hidden=\"true\" d=\"")
			.append(this.borders.computeIfAbsent(areasOfCounties(municipalities), this::bordersOf))
			.append("\"/></svg>");
		List<LegendEntry> legend = new ArrayList<>();
		counts.forEach(
				(status, count) -> legend.add(new LegendEntry(styleClass(status), STATUS_LABELS.get(status), count)));
		return new Drawing(svg.toString(), legend);
	}

	/** {@code CONFIRMED} → {@code status-confirmed}, for the style sheet. */
	public static String styleClass(String status) {
		return "status-" + status.toLowerCase(java.util.Locale.ROOT).replace('_', '-');
	}

	private static String label(String number, MunicipalityOnMap municipality, String status) {
		if (municipality == null) {
			return "Kommune " + number + ": " + STATUS_LABELS.get(status).toLowerCase(java.util.Locale.ROOT);
		}
		StringBuilder label = new StringBuilder(municipality.name());
		if (municipality.area() != null) {
			label.append(" (").append(municipality.area()).append(')');
		}
		label.append(": ").append(STATUS_LABELS.get(status).toLowerCase(java.util.Locale.ROOT));
		if (municipality.participants() > 0) {
			label.append(", ").append(municipality.participants()).append(" deltakere");
		}
		if (municipality.pilotApplicant() && !"PILOT_APPLICANT".equals(status)) {
			label.append("; søkt om pilot");
		}
		return label.toString();
	}

	/**
	 * Which area each county lies in, by its municipalities (their most common area; the
	 * regional structures follow county lines, so they agree).
	 */
	private static Map<String, String> areasOfCounties(List<MunicipalityOnMap> municipalities) {
		Map<String, Map<String, Integer>> votes = new HashMap<>();
		for (MunicipalityOnMap municipality : municipalities) {
			if (municipality.countyNumber() != null && municipality.area() != null) {
				votes.computeIfAbsent(municipality.countyNumber(), (county) -> new HashMap<>())
					.merge(municipality.area(), 1, Integer::sum);
			}
		}
		Map<String, String> areas = new TreeMap<>();
		votes.forEach((county, areaVotes) -> areas.put(county,
				areaVotes.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey()));
		return Collections.unmodifiableMap(areas);
	}

	private String bordersOf(Map<String, String> areaOfCounty) {
		// a county the coverage does not place is an area of its own
		return this.counties.borders((county) -> areaOfCounty.getOrDefault(county.properties().get("fylkesnummer"),
				"fylke " + county.properties().get("fylkesnummer")));
	}

	/**
	 * A drawn map and its legend.
	 *
	 * @param svg the map, to be put into the page as it is
	 */
	public record Drawing(String svg, List<LegendEntry> legend) {
	}

	/** One status in the legend: its style class, words and how many municipalities. */
	public record LegendEntry(String styleClass, String label, int count) {
	}

}
