package no.ks.kulturskole.gateway;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** Bokmål first; nynorsk and English by the switch in the header, remembered. */
class LanguageSwitchTests extends PagesTestBase {

	@LocalServerPort
	int port;

	BrowserLikeClient browser;

	@BeforeEach
	void browser() {
		this.browser = new BrowserLikeClient(this.port);
	}

	@Test
	void pagesAreInBokmalWhateverTheBrowserPrefersAndOfferTheOtherLanguages() {
		HttpResponse<String> page = this.browser.get("/");

		assertThat(page.body()).contains("<html lang=\"nb\"")
			.contains("Verksted med åpen påmelding")
			.contains("<a href=\"/?sprak=nn\" lang=\"nn\" hreflang=\"nn\">Nynorsk</a>")
			.contains("<a href=\"/?sprak=en\" lang=\"en\" hreflang=\"en\">English</a>")
			.contains("aria-current=\"true\">Bokmål</a>");
	}

	@Test
	void nynorskIsChosenWithTheSwitchAndKeptOnTheNextPages() {
		HttpResponse<String> nynorsk = this.browser.get("/?sprak=nn");
		HttpResponse<String> next = this.browser.get("/mistet-lenke");

		assertThat(nynorsk.body()).contains("<html lang=\"nn\"")
			.contains("Verkstader med open påmelding")
			.contains("Ledige plassar")
			.contains("aria-current=\"true\">Nynorsk</a>");
		assertThat(next.body()).contains("<html lang=\"nn\"").contains("Har du mista lenkja?");
	}

	@Test
	void englishDatesAndTextsFollowTheChoice() {
		HttpResponse<String> english = this.browser.get("/?sprak=en");

		assertThat(english.body()).contains("<html lang=\"en\"")
			.contains("Workshops open for registration")
			.contains("12 March 2026 10:00")
			.contains("Register the municipality");
	}

	@Test
	void pagesNotYetTranslatedKeepTheirBokmalLanguageTagWhileTheHeaderFollowsTheChoice() {
		this.browser.get("/?sprak=en");

		HttpResponse<String> form = this.browser.get(PublicPagesTests.FORM);

		assertThat(form.body()).contains("<html lang=\"nb\"")
			.contains("<header class=\"site-header\" lang=\"en\">")
			.contains("Send påmeldingen");
	}

	@Test
	void anUnknownLanguageFallsBackToBokmal() {
		HttpResponse<String> page = this.browser.get("/?sprak=de");

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("<html lang=\"nb\"").contains("Verksted med åpen påmelding");
	}

}
