package no.ks.kulturskole.gateway;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static no.ks.kulturskole.gateway.BrowserLikeClient.csrfToken;
import static no.ks.kulturskole.gateway.BrowserLikeClient.fields;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The charts on the staff pages (issue 17): each an SVG image with its numbers in a
 * table, inside the live region so that they follow the registrations.
 */
class StaffChartsPagesTests extends PagesTestBase {

	@LocalServerPort
	int port;

	BrowserLikeClient browser;

	@BeforeEach
	void logIn() {
		this.browser = BrowserLikeClient.signedIn(this.port, "stab", "kulturskole");
	}

	@Test
	void theWorkshopPageShowsRegistrationsOverTimeAsALineAndTheRoleMixAsBarsEachWithItsTable() {
		String page = this.browser.get("/stab/verksted/" + FakePlatform.WORKSHOP_ID).body();
		String live = page.substring(page.indexOf("<div id=\"direkte\">"));

		assertThat(live).contains("<h2 id=\"graf-pameldinger\">Påmeldinger over tid</h2>")
			.contains("class=\"chart chart-line\"")
			.contains("delegasjoner påmeldt til sammen, dag for dag; 7 i alt")
			.contains("<th scope=\"row\">2.2.2026</th>")
			.contains("<h2 id=\"graf-roller\">Rollefordeling</h2>")
			.contains("class=\"chart chart-bars\"")
			.contains(">10 (43 %)</text>")
			.contains("<th scope=\"row\">Kulturskole</th>")
			.contains("<td>43 %</td>");
	}

	@Test
	void theCoveragePageShowsCoveragePerAreaAsBarsWithItsTable() {
		String page = this.browser.get("/stab/dekning").body();

		assertThat(page).contains("<h2 id=\"graf-dekning\">Påmeldte kommuner per område</h2>")
			.contains("<text class=\"label\" x=\"202\" y=\"21\" text-anchor=\"end\">Nordland</text>")
			.contains(">1 (50 %)</text>")
			.contains("<caption>Påmeldte kommuner per område</caption>");
	}

}
