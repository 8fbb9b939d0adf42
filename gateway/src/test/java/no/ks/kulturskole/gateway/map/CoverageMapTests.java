package no.ks.kulturskole.gateway.map;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import no.ks.kulturskole.reference.Municipality;
import no.ks.kulturskole.reference.MunicipalityRegister;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The map drawn for a known coverage: one shape per municipality with its status, the
 * borders of the chosen areas, and a legend that counts them.
 */
class CoverageMapTests {

	private static final CoverageMap MAP = new CoverageMap();

	private static final MunicipalityRegister REGISTER = MunicipalityRegister.load();

	private static final Map<String, String> KNOWN = Map.of("4601", "CONFIRMED", "5501", "WAITLISTED", "0301",
			"PILOT_APPLICANT", "1804", "ATTENDED");

	@Test
	void everyMunicipalityIsOneFocusableShapeWithItsStatusClassAndATitleNamingIt() {
		String svg = MAP.draw(coverage(Municipality::countyName)).svg();

		assertThat(MAP.municipalities()).isEqualTo(357);
		assertThat(count(svg, "<path class=\"kommune ")).isEqualTo(357);
		assertThat(count(svg, "tabindex=\"0\" role=\"img\"")).isEqualTo(357);
		assertThat(count(svg, "<title>")).isEqualTo(357);
		assertThat(shape(svg, "4601")).contains("class=\"kommune status-confirmed\"")
			.contains("<title>Bergen (Vestland): påmeldt med plass, 4 deltakere</title>");
		assertThat(shape(svg, "5501")).contains("status-waitlisted")
			.contains("<title>Tromsø (Troms - Romsa - Tromssa): på venteliste, 2 deltakere</title>");
		assertThat(shape(svg, "0301")).contains("status-pilot-applicant").contains("Oslo (Oslo): søkt om pilot");
		assertThat(shape(svg, "1804")).contains("status-attended").contains("har deltatt, 4 deltakere; søkt om pilot");
		assertThat(shape(svg, "1806")).contains("status-not-registered")
			.contains("<title>Narvik (Nordland - Nordlánnda): ikke påmeldt</title>");
		assertThat(count(svg, "status-not-registered")).isEqualTo(353);
		assertThat(svg).startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\"").endsWith("</svg>");
		// drawn for a page that reloads on every registration: small enough to send often
		assertThat(svg.length()).isLessThan(300_000);
	}

	@Test
	void theLegendCountsTheMunicipalitiesOfEachStatusInOrder() {
		List<CoverageMap.LegendEntry> legend = MAP.draw(coverage(Municipality::countyName)).legend();

		assertThat(legend).extracting(CoverageMap.LegendEntry::label, CoverageMap.LegendEntry::count)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("Har deltatt", 1),
					org.assertj.core.groups.Tuple.tuple("Påmeldt med plass", 1),
					org.assertj.core.groups.Tuple.tuple("På venteliste", 1),
					org.assertj.core.groups.Tuple.tuple("Søkt om pilot, ikke påmeldt", 1),
					org.assertj.core.groups.Tuple.tuple("Ikke påmeldt", 353));
		assertThat(legend).extracting(CoverageMap.LegendEntry::styleClass).contains("status-not-registered");
	}

	@Test
	void theBordersFollowTheChosenAreasSoRegionsOfSeveralCountiesHaveFewerOfThem() {
		String byCounty = borders(MAP.draw(coverage(Municipality::countyName)).svg());
		String byRegion = borders(MAP.draw(coverage((m) -> (m.ksRegion() != null) ? m.ksRegion() : "Oslo")).svg());
		String byBranch = borders(MAP.draw(coverage(Municipality::kulturskoleradBranch)).svg());

		assertThat(byCounty).startsWith("M");
		// every county border of the country, less those inside a KS region
		assertThat(count(byCounty, "M")).isGreaterThan(count(byRegion, "M"));
		assertThat(byRegion).isNotEqualTo(byBranch);
		// the coast and the national border are drawn whatever the grouping
		assertThat(byRegion.length()).isGreaterThan(byCounty.length() / 2);
	}

	@Test
	void aMunicipalityTheCoverageLeavesOutIsDrawnAsNotRegistered() {
		String svg = MAP.draw(List.of(new MunicipalityOnMap("4601", "Bergen", "46", "Vestland", "CONFIRMED", 3, false)))
			.svg();

		assertThat(count(svg, "<path class=\"kommune ")).isEqualTo(357);
		assertThat(count(svg, "status-confirmed")).isEqualTo(1);
		assertThat(shape(svg, "5501")).contains("<title>Kommune 5501: ikke påmeldt</title>");
	}

	private static List<MunicipalityOnMap> coverage(java.util.function.Function<Municipality, String> areaOf) {
		return REGISTER.municipalities().stream().map((municipality) -> {
			String status = KNOWN.getOrDefault(municipality.number(), "NOT_REGISTERED");
			int participants = status.equals("CONFIRMED") || status.equals("ATTENDED") ? 4
					: status.equals("WAITLISTED") ? 2 : 0;
			boolean applicant = municipality.number().equals("0301") || municipality.number().equals("1804");
			return new MunicipalityOnMap(municipality.number(), municipality.name(), municipality.countyNumber(),
					areaOf.apply(municipality), status, participants, applicant);
		}).toList();
	}

	private static String shape(String svg, String number) {
		Matcher shape = Pattern.compile("<path class=\"kommune [^\"]+\" data-kommune=\"" + number + "\".*?</path>")
			.matcher(svg);
		assertThat(shape.find()).as("shape of " + number).isTrue();
		return shape.group();
	}

	private static String borders(String svg) {
		Matcher borders = Pattern.compile("<path class=\"grenser\" aria-hidden=\"true\" d=\"([^\"]*)\"").matcher(svg);
		assertThat(borders.find()).isTrue();
		return borders.group(1);
	}

	private static int count(String text, String part) {
		int count = 0;
		for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length())) {
			count++;
		}
		return count;
	}

}
