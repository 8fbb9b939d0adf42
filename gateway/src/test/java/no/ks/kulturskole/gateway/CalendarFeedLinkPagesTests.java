package no.ks.kulturskole.gateway;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public page links to the calendar feed (issue 17) in the visitor's language, so
 * that the feed's own words (calendar name, «Avlyst») match the page they came from.
 */
class CalendarFeedLinkPagesTests extends PagesTestBase {

	@LocalServerPort
	int port;

	BrowserLikeClient browser;

	@BeforeEach
	void browser() {
		this.browser = new BrowserLikeClient(this.port);
	}

	@Test
	void theFrontPageOffersTheCalendarInBokmalByDefault() {
		String page = this.browser.get("/").body();

		assertThat(page).contains("<h2 id=\"kalender-tittel\">Verkstedene i kalenderen din</h2>")
			.contains("href=\"/api/public/workshops.ics?sprak=nb\"")
			.contains(">Abonner på kalenderen</a>");
	}

	@Test
	void theCalendarLinkFollowsTheChosenLanguage() {
		assertThat(this.browser.get("/?sprak=en").body()).contains("href=\"/api/public/workshops.ics?sprak=en\"")
			.contains(">Subscribe to the calendar</a>");
		assertThat(this.browser.get("/?sprak=nn").body()).contains("href=\"/api/public/workshops.ics?sprak=nn\"")
			.contains("Verkstadene i kalenderen din");
	}

}
