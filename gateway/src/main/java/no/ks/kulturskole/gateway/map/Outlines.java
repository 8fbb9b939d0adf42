package no.ks.kulturskole.gateway.map;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Outlines from a TopoJSON file (municipalities or counties), projected to the map's
 * pixels and simplified once. TopoJSON stores each border once as an arc that both
 * neighbours refer to; simplifying the arcs rather than each shape keeps neighbours
 * touching, and lets a border between two areas be drawn once.
 */
final class Outlines {

	/**
	 * One shape: its properties and its polygons, each a list of rings of arc indices.
	 */
	record Feature(Map<String, String> properties, List<List<List<Integer>>> polygons) {
	}

	private final List<double[][]> arcs;

	private final List<Feature> features;

	private Outlines(List<double[][]> arcs, List<Feature> features) {
		this.arcs = arcs;
		this.features = features;
	}

	static JsonNode read(String resource) {
		try (InputStream in = Outlines.class.getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("Missing map outlines " + resource);
			}
			return JsonMapper.builder().build().readTree(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * @param tolerance how far (in pixels) a simplified line may stray from the original
	 */
	static Outlines of(JsonNode topology, Projection projection, double tolerance) {
		List<double[][]> arcs = new ArrayList<>();
		for (JsonNode arc : topology.get("arcs")) {
			double[][] points = new double[arc.size()][];
			for (int i = 0; i < arc.size(); i++) {
				points[i] = projection.pixel(arc.get(i).get(0).asDouble(), arc.get(i).get(1).asDouble());
			}
			arcs.add(Simplification.of(points, tolerance));
		}
		List<Feature> features = new ArrayList<>();
		JsonNode object = topology.get("objects").values().iterator().next();
		for (JsonNode geometry : object.get("geometries")) {
			Map<String, String> properties = new LinkedHashMap<>();
			geometry.get("properties")
				.properties()
				.forEach((entry) -> properties.put(entry.getKey(), entry.getValue().asString()));
			List<List<List<Integer>>> polygons = new ArrayList<>();
			JsonNode shapes = geometry.get("arcs");
			if ("Polygon".equals(geometry.get("type").asString())) {
				polygons.add(rings(shapes));
			}
			else {
				shapes.forEach((polygon) -> polygons.add(rings(polygon)));
			}
			features.add(new Feature(properties, polygons));
		}
		return new Outlines(arcs, features);
	}

	private static List<List<Integer>> rings(JsonNode polygon) {
		List<List<Integer>> rings = new ArrayList<>();
		for (JsonNode ring : polygon) {
			List<Integer> indices = new ArrayList<>();
			ring.forEach((index) -> indices.add(index.asInt()));
			rings.add(indices);
		}
		return rings;
	}

	List<Feature> features() {
		return this.features;
	}

	/**
	 * The SVG path of a shape. Rings smaller than {@code minimumArea} square pixels
	 * (skerries, at this scale) are left out, but never a shape's largest ring, so that
	 * every municipality is drawn.
	 */
	String path(Feature feature, double minimumArea) {
		List<double[][]> rings = new ArrayList<>();
		feature.polygons().forEach((polygon) -> polygon.forEach((ring) -> rings.add(ring(ring))));
		double largest = rings.stream().mapToDouble(Outlines::area).max().orElse(0);
		StringBuilder path = new StringBuilder();
		for (double[][] ring : rings) {
			double area = area(ring);
			if (area >= minimumArea || area == largest) {
				appendLine(path, ring, true);
			}
		}
		return path.toString();
	}

	/**
	 * The borders between areas: every arc that lies between two shapes of different
	 * areas, or on the edge of them all (coast, national border), each drawn once.
	 * @param areaOf the area a shape belongs to, e.g. a county's KS region
	 */
	String borders(java.util.function.Function<Feature, String> areaOf) {
		Map<Integer, List<String>> users = new HashMap<>();
		for (Feature feature : this.features) {
			String area = areaOf.apply(feature);
			feature.polygons()
				.forEach((polygon) -> polygon.forEach((ring) -> ring
					.forEach((index) -> users.computeIfAbsent((index >= 0) ? index : ~index, (i) -> new ArrayList<>())
						.add(area))));
		}
		StringBuilder path = new StringBuilder();
		users.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach((entry) -> {
			List<String> areas = entry.getValue();
			if (areas.size() == 1 || areas.stream().distinct().count() > 1) {
				appendLine(path, this.arcs.get(entry.getKey()), false);
			}
		});
		return path.toString();
	}

	private double[][] ring(List<Integer> indices) {
		List<double[]> points = new ArrayList<>();
		for (int index : indices) {
			double[][] arc = this.arcs.get((index >= 0) ? index : ~index);
			for (int i = 0; i < arc.length; i++) {
				double[] point = arc[(index >= 0) ? i : arc.length - 1 - i];
				// each arc starts where the one before it ended
				if (i > 0 || points.isEmpty()) {
					points.add(point);
				}
			}
		}
		return points.toArray(double[][]::new);
	}

	private static double area(double[][] ring) {
		double sum = 0;
		for (int i = 0; i < ring.length; i++) {
			double[] a = ring[i];
			double[] b = ring[(i + 1) % ring.length];
			sum += a[0] * b[1] - b[0] * a[1];
		}
		return Math.abs(sum) / 2;
	}

	private static void appendLine(StringBuilder path, double[][] points, boolean closed) {
		String previous = null;
		for (int i = 0; i < points.length; i++) {
			String point = format(points[i][0]) + "," + format(points[i][1]);
			if (point.equals(previous)) {
				continue;
			}
			path.append((previous == null) ? "M" : "L").append(point);
			previous = point;
		}
		if (closed) {
			path.append('Z');
		}
	}

	/** One decimal: a tenth of a pixel is finer than any screen or printer shows. */
	private static String format(double value) {
		String text = String.format(Locale.ROOT, "%.1f", value);
		return text.endsWith(".0") ? text.substring(0, text.length() - 2) : text;
	}

}
