package no.ks.kulturskole.gateway.chart;

import java.util.List;
import java.util.Locale;

import org.springframework.web.util.HtmlUtils;

/**
 * Line and bar charts as SVG, written on the server: no charting script, nothing from a
 * CDN, and they print. Each chart is one image with a short accessible name; its numbers
 * are in a table beside it (in the page's fragment), which is what a screen reader reads.
 * Colours and sizes come from the style sheet ({@code .chart}).
 */
public final class SvgCharts {

	/** One value with its label, e.g. a day and its registrations. */
	public record Point(String label, int value) {
	}

	/** One bar: its label, its length, and what the whole is (for a share). */
	public record Bar(String label, int value, int of) {
	}

	private static final int WIDTH = 560;

	private SvgCharts() {
	}

	/**
	 * A line through the values in order, with the y axis from 0 to a round maximum and
	 * at most six labels along the x axis (the first and the last always).
	 */
	public static String line(List<Point> points, String name) {
		int height = 220;
		int left = 44;
		int right = 16;
		int top = 12;
		int bottom = 36;
		int max = roundUp(points.stream().mapToInt(Point::value).max().orElse(0));
		double plotWidth = WIDTH - left - right;
		double plotHeight = height - top - bottom;
		StringBuilder svg = open(height, name, "chart chart-line");
		for (int tick = 0; tick <= 4; tick++) {
			int value = max * tick / 4;
			double y = top + plotHeight - plotHeight * tick / 4;
			svg.append("<line class=\"grid\" x1=\"")
				.append(left)
				.append("\" x2=\"")
				.append(WIDTH - right)
				.append("\" y1=\"")
				.append(format(y))
				.append("\" y2=\"")
				.append(format(y))
				.append("\"/>");
			svg.append("<text class=\"axis\" x=\"")
				.append(left - 6)
				.append("\" y=\"")
				.append(format(y + 4))
				.append("\" text-anchor=\"end\">")
				.append(value)
				.append("</text>");
		}
		StringBuilder line = new StringBuilder();
		int count = points.size();
		int every = Math.max(1, (int) Math.ceil(count / 6.0));
		for (int i = 0; i < count; i++) {
			double x = left + ((count == 1) ? plotWidth / 2 : plotWidth * i / (count - 1));
			double y = top + plotHeight - ((max == 0) ? 0 : plotHeight * points.get(i).value() / max);
			line.append((i == 0) ? "" : " ").append(format(x)).append(',').append(format(y));
			svg.append("<circle class=\"point\" cx=\"")
				.append(format(x))
				.append("\" cy=\"")
				.append(format(y))
				.append("\" r=\"3\"/>");
			if (i % every == 0 || i == count - 1) {
				svg.append("<text class=\"axis\" x=\"")
					.append(format(x))
					.append("\" y=\"")
					.append(height - bottom + 18)
					.append("\" text-anchor=\"middle\">")
					.append(escape(points.get(i).label()))
					.append("</text>");
			}
		}
		svg.append("<polyline class=\"series\" points=\"").append(line).append("\"/>");
		return svg.append("</svg>").toString();
	}

	/**
	 * Horizontal bars, one per row, each with its label before it and its value (and
	 * share of its whole) after it. Lengths are to scale with the largest whole, so that
	 * a region of many municipalities shows as much more to cover.
	 */
	public static String bars(List<Bar> bars, String name) {
		int rowHeight = 26;
		int labelWidth = 210;
		int valueWidth = 96;
		int height = Math.max(rowHeight, bars.size() * rowHeight) + 8;
		double barSpace = WIDTH - labelWidth - valueWidth;
		int largest = bars.stream().mapToInt((bar) -> Math.max(bar.of(), bar.value())).max().orElse(0);
		StringBuilder svg = open(height, name, "chart chart-bars");
		for (int i = 0; i < bars.size(); i++) {
			Bar bar = bars.get(i);
			double y = 4 + i * rowHeight;
			double whole = (largest == 0) ? 0 : barSpace * bar.of() / largest;
			double length = (largest == 0) ? 0 : barSpace * bar.value() / largest;
			svg.append("<text class=\"label\" x=\"")
				.append(labelWidth - 8)
				.append("\" y=\"")
				.append(format(y + 17))
				.append("\" text-anchor=\"end\">")
				.append(escape(shorten(bar.label(), 30)))
				.append("</text>");
			svg.append("<rect class=\"whole\" x=\"")
				.append(labelWidth)
				.append("\" y=\"")
				.append(format(y + 4))
				.append("\" width=\"")
				.append(format(whole))
				.append("\" height=\"18\"/>");
			svg.append("<rect class=\"series\" x=\"")
				.append(labelWidth)
				.append("\" y=\"")
				.append(format(y + 4))
				.append("\" width=\"")
				.append(format(length))
				.append("\" height=\"18\"/>");
			int percent = (bar.of() == 0) ? 0 : Math.round(100f * bar.value() / bar.of());
			svg.append("<text class=\"value\" x=\"")
				.append(format(labelWidth + Math.max(whole, length) + 6))
				.append("\" y=\"")
				.append(format(y + 17))
				.append("\">")
				.append(bar.value())
				.append(" (")
				.append(percent)
				.append(" %)</text>");
		}
		return svg.append("</svg>").toString();
	}

	private static StringBuilder open(int height, String name, String classes) {
		return new StringBuilder(4096).append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"")
			.append(classes)
			.append("\" viewBox=\"0 0 ")
			.append(WIDTH)
			.append(' ')
			.append(height)
			.append("\" role=\"img\" aria-label=\"")
			.append(escape(name))
			.append("\">");
	}

	/** 0, then 1, 2, 5, 10, 20, 50 … : gridlines at whole, readable numbers. */
	static int roundUp(int max) {
		if (max <= 4) {
			return 4;
		}
		int step = 1;
		while (true) {
			for (int factor : new int[] { 1, 2, 5 }) {
				if (max <= step * factor * 4) {
					return step * factor * 4;
				}
			}
			step *= 10;
		}
	}

	private static String shorten(String text, int length) {
		return (text.length() <= length) ? text : text.substring(0, length - 1) + "…";
	}

	private static String escape(String text) {
		return HtmlUtils.htmlEscape(text, "UTF-8");
	}

	private static String format(double value) {
		String text = String.format(Locale.ROOT, "%.1f", value);
		return text.endsWith(".0") ? text.substring(0, text.length() - 2) : text;
	}

}
