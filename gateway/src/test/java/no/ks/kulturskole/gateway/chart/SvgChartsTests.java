package no.ks.kulturskole.gateway.chart;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The charts' SVG: points and bars where the numbers put them, named for screen readers.
 */
class SvgChartsTests {

	@Test
	void aLineRisesWithTheValuesOnAnAxisFromZeroToARoundMaximum() {
		String svg = SvgCharts.line(
				List.of(new SvgCharts.Point("1.2.", 3), new SvgCharts.Point("2.2.", 7), new SvgCharts.Point("3.2.", 7)),
				"Linjediagram: påmeldinger");

		assertThat(svg).startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart chart-line\"")
			.contains("role=\"img\" aria-label=\"Linjediagram: påmeldinger\"")
			.contains(">1.2.</text>")
			.contains(">3.2.</text>")
			.endsWith("</svg>");
		// 7 rounds up to 8: gridlines at 0, 2, 4, 6, 8
		assertThat(texts(svg, "axis")).contains("0", "2", "4", "6", "8");
		double[] ys = pointsY(svg);
		assertThat(ys).hasSize(3);
		// SVG's y grows downwards: a higher value is drawn higher up
		assertThat(ys[1]).isLessThan(ys[0]);
		assertThat(ys[2]).isEqualTo(ys[1]);
	}

	@Test
	void barsAreAsLongAsTheirValuesAndSayTheirShareOfTheWhole() {
		String svg = SvgCharts.bars(List.of(new SvgCharts.Bar("Nordland", 1, 41), new SvgCharts.Bar("Oslo", 1, 1),
				new SvgCharts.Bar("Vestland", 20, 43)), "Stolpediagram: dekning");

		assertThat(svg).contains("class=\"chart chart-bars\"").contains("aria-label=\"Stolpediagram: dekning\"");
		assertThat(texts(svg, "label")).containsExactly("Nordland", "Oslo", "Vestland");
		assertThat(texts(svg, "value")).containsExactly("1 (2 %)", "1 (100 %)", "20 (47 %)");
		List<Double> widths = widths(svg, "series");
		assertThat(widths.get(0)).isEqualTo(widths.get(1));
		assertThat(widths.get(2)).isGreaterThan(widths.get(0) * 19);
		assertThat(widths(svg, "whole").get(2)).isGreaterThan(widths(svg, "whole").get(0));
	}

	@Test
	void textIsEscapedAndLongLabelsShortened() {
		String svg = SvgCharts.bars(
				List.of(new SvgCharts.Bar("<script>Et svært langt områdenavn som ikke får plass</script>", 1, 2)),
				"A & B");

		assertThat(svg).doesNotContain("<script>").contains("aria-label=\"A &amp; B\"").contains("…</text>");
	}

	@Test
	void roundMaximaAreOneTwoOrFiveTimesAPowerOfTenTimesFour() {
		assertThat(SvgCharts.roundUp(0)).isEqualTo(4);
		assertThat(SvgCharts.roundUp(7)).isEqualTo(8);
		assertThat(SvgCharts.roundUp(9)).isEqualTo(20);
		assertThat(SvgCharts.roundUp(357)).isEqualTo(400);
	}

	private static List<String> texts(String svg, String cssClass) {
		Matcher text = Pattern.compile("<text class=\"" + cssClass + "\"[^>]*>([^<]*)</text>").matcher(svg);
		List<String> found = new java.util.ArrayList<>();
		while (text.find()) {
			found.add(text.group(1));
		}
		return found;
	}

	private static double[] pointsY(String svg) {
		Matcher point = Pattern.compile("<circle class=\"point\" cx=\"[^\"]+\" cy=\"([^\"]+)\"").matcher(svg);
		List<Double> ys = new java.util.ArrayList<>();
		while (point.find()) {
			ys.add(Double.parseDouble(point.group(1)));
		}
		return ys.stream().mapToDouble(Double::doubleValue).toArray();
	}

	private static List<Double> widths(String svg, String cssClass) {
		Matcher rect = Pattern.compile("<rect class=\"" + cssClass + "\"[^>]* width=\"([^\"]+)\"").matcher(svg);
		List<Double> widths = new java.util.ArrayList<>();
		while (rect.find()) {
			widths.add(Double.parseDouble(rect.group(1)));
		}
		return widths;
	}

}
