package no.ks.kulturskole.gateway;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static no.ks.kulturskole.gateway.BrowserLikeClient.csrfToken;
import static no.ks.kulturskole.gateway.BrowserLikeClient.fields;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The coverage page's map (issue 17) as the server sends it: inside the live region, one
 * shape per municipality with its status, the borders, a legend and the credit, and the
 * overview still beside it.
 */
class CoverageMapPagesTests extends PagesTestBase {

	@LocalServerPort
	int port;

	BrowserLikeClient browser;

	@BeforeEach
	void logIn() {
		this.browser = BrowserLikeClient.signedIn(this.port, "stab", "kulturskole");
	}

	@Test
	void theCoveragePageDrawsEveryMunicipalityInItsStatusInsideTheLiveRegion() {
		String page = this.browser.get("/stab/dekning").body();

		String live = page.substring(page.indexOf("<div id=\"direkte\">"));
		assertThat(live).contains("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"norway-map\"");
		assertThat(count(live, "<path class=\"kommune ")).isEqualTo(357);
		assertThat(live).contains("class=\"kommune status-confirmed\" data-kommune=\"1804\"")
			.contains("class=\"kommune status-waitlisted\" data-kommune=\"5501\"")
			.contains("class=\"kommune status-pilot-applicant\" data-kommune=\"0301\"")
			.contains("class=\"kommune status-attended\" data-kommune=\"3301\"")
			.contains("<path class=\"grenser\" aria-hidden=\"true\" d=\"M")
			.contains("Påmeldt med plass: ")
			.contains("Ikke påmeldt: ")
			.contains("Kart: © Kartverket (CC BY 4.0)")
			.contains("Hopp over kartet")
			// the overview stays, as the accessible alternative
			.contains("Kommuner som ikke er påmeldt");
	}

	@Test
	void theMapIsDrawnForOneWorkshopAndByKsRegionToo() {
		String page = this.browser.get("/stab/dekning?inndeling=ks-region&verksted=" + FakePlatform.WORKSHOP_ID).body();

		assertThat(count(page, "<path class=\"kommune ")).isEqualTo(357);
	}

	private static int count(String text, String part) {
		int count = 0;
		for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length())) {
			count++;
		}
		return count;
	}

}
