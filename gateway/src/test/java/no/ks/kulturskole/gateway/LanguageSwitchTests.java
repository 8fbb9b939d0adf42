package no.ks.kulturskole.gateway;

import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bokmål first; nynorsk and English by the switch in the header, remembered. The
 * services' messages stay in bokmål and say so.
 */
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
	void theRegistrationFormSpeaksNynorskWhenChosen() {
		this.browser.get("/?sprak=nn");

		HttpResponse<String> form = this.browser.get(PublicPagesTests.FORM);

		assertThat(form.body()).contains("<html lang=\"nn\"")
			.contains("<title>Påmelding – Framtidas kulturskule</title>")
			.contains("<legend>Kontaktperson for delegasjonen</legend>")
			.contains("<label for=\"coordinator-name\">Namn</label>")
			.contains("<label for=\"coordinator-phone\">Telefon (valfritt)</label>")
			.contains("Delegasjonen må ha minst 2 deltakarar")
			.contains("<legend>Deltakar 1</legend>")
			.contains("<option value=\"\">Vel kommune</option>")
			.contains("<option value=\"KULTURSKOLE\">Kulturskule</option>")
			.contains("data-sok-etikett=\"Søk etter kommune\"")
			.contains("data-sok-flere=\"kommunar passar\"")
			.contains("data-sjekk-epost=\"E-postadressa er ikkje gyldig.\"")
			.contains(">Send påmeldinga</button>")
			.doesNotContain("Send påmeldingen");
	}

	@Test
	void theRegistrationFormSpeaksEnglishWhenChosen() {
		this.browser.get("/?sprak=en");

		HttpResponse<String> form = this.browser.get(PublicPagesTests.FORM);

		assertThat(form.body()).contains("<html lang=\"en\"")
			.contains("<header class=\"site-header\" lang=\"en\">")
			.contains("Back to the workshops")
			.contains("<label for=\"municipalityNumber\">Municipality</label>")
			.contains("<label for=\"participants-0-roleTitle\">Role (job title)</label>")
			.contains("The delegation must have at least 2 participants</span><span> and at most 8</span>")
			.contains("and at least one of them must have a role outside the culture school")
			.contains("<option value=\"LOCAL_CULTURAL_LIFE\">Local cultural life</option>")
			.contains("data-sok-en=\"municipality matches\"")
			.contains(">Send the registration</button>")
			.doesNotContain("Send påmeldingen")
			.doesNotContain("Velg kategori");
	}

	@Test
	void theServicesBokmalMessagesAreMarkedAsBokmalWhileTheRestOfTheFormFollowsTheChoice() {
		String token = BrowserLikeClient.csrfToken(this.browser.get(PublicPagesTests.FORM + "?sprak=en").body());

		HttpResponse<String> refused = this.browser.postForm(PublicPagesTests.FORM,
				BrowserLikeClient.fields("_csrf", token, "municipalityNumber", "1804", "coordinator.name", "",
						"coordinator.email", "kari@bodo.kommune.no", "participants[0].name", "Ola Nordmann",
						"participants[0].email", "ola-uten-krollalfa", "participants[0].roleTitle", "Rektor",
						"participants[0].roleCategory", "SCHOOL"));

		assertThat(refused.body()).contains("<html lang=\"en\"")
			.contains("<title>Errors in the form: Registration – The culture school of the future</title>")
			.contains("The registration was not sent. Please correct the following:")
			.containsPattern("<li lang=\"nb\">\\s*<a href=\"#coordinator-name\">Navn må fylles ut.</a>")
			.contains("<span class=\"visually-hidden\">Error: </span><span lang=\"nb\">Navn må fylles ut.</span>")
			.contains("<label for=\"coordinator-name\">Name</label>");
	}

	@Test
	void aRegistrationMadeInNynorskAsksForItsEmailsInNynorsk() {
		this.browser.get("/?sprak=nn");
		Map<String, String> form = PublicPagesTests.filledForm();
		form.put("_csrf", BrowserLikeClient.csrfToken(this.browser.get(PublicPagesTests.FORM).body()));

		HttpResponse<String> sent = this.browser.postForm(PublicPagesTests.FORM, form);

		assertThat(sent.statusCode()).isEqualTo(302);
		assertThat(platform.registrations()).last().asString().contains("\"language\":\"nn\"");
		assertThat(this.browser.get("/pamelding/kvittering").body()).contains("Påmeldinga er motteken");
	}

	@Test
	void theManagePageSpeaksNynorskAndEnglishWhenChosen() {
		this.browser.get("/delegasjon/d-31?nokkel=" + FakePlatform.MANAGE_SECRET + "&sprak=nn");

		HttpResponse<String> nynorsk = this.browser.get("/delegasjon/d-31");
		HttpResponse<String> english = this.browser.get("/delegasjon/d-31?sprak=en");

		assertThat(nynorsk.body()).contains("<html lang=\"nn\"")
			.contains("Påmeldinga frå Bodø")
			.contains("<dt>Deltakarar</dt>")
			.contains("<legend>Deltakar 1</legend>")
			.contains("<label for=\"participants-0-remove\">Fjern Ola Nordmann frå delegasjonen</label>")
			.contains("<legend>Ny deltakar</legend>")
			.containsPattern("<option value=\"SCHOOL\"\\s+selected=\"selected\">Skule</option>")
			.contains(">Lagre endringane</button>")
			.contains("Refleksjonsspørsmål")
			.contains(">Meld av delegasjonen</button>");
		assertThat(english.body()).contains("<html lang=\"en\"")
			.contains("The registration from Bodø")
			.contains("<dd id=\"status\">Has a place</dd>")
			.contains("<label for=\"participants-1-roleCategory\">Role category</label>")
			.containsPattern("<option value=\"MUNICIPAL_LEADER\"\\s+selected=\"selected\">Municipal leader</option>")
			.contains("Reflection questions")
			.contains(">Cancel the delegation</button>")
			.doesNotContain("Lagre endringene");
	}

	@Test
	void theGatewaysOwnMessagesOnTheManagePageAreInTheChosenLanguageAndNotMarkedAsBokmal() {
		this.browser.get("/delegasjon/d-32?nokkel=" + FakePlatform.MANAGE_SECRET + "&sprak=en");
		String token = BrowserLikeClient.csrfToken(this.browser.get("/delegasjon/d-32").body());

		HttpResponse<String> unconfirmed = this.browser.postForm("/delegasjon/d-32/avmelding",
				BrowserLikeClient.fields("_csrf", token));
		HttpResponse<String> cancelled = this.browser.postForm("/delegasjon/d-32/avmelding",
				BrowserLikeClient.fields("_csrf", token, "bekreft", "ja"));

		assertThat(unconfirmed.statusCode()).isEqualTo(400);
		assertThat(unconfirmed.body()).contains("<title>Errors in the form: The registration")
			.contains("Nothing was saved. Please correct the following:")
			.containsPattern("<li>\\s*<a href=\"#bekreft\">Tick the box to confirm")
			.contains("<span>Tick the box to confirm that the whole delegation is to be cancelled.</span>");
		assertThat(cancelled.statusCode()).isEqualTo(302);
		assertThat(this.browser.get("/delegasjon/d-32").body())
			.contains("The delegation has been cancelled. The participants are told by e-mail.")
			.contains("<dd id=\"status\">Cancelled</dd>");
	}

	@Test
	void thePilotFormSpeaksNynorskAndEnglishWhenChosen() {
		HttpResponse<String> nynorsk = this.browser.get("/pilot?sprak=nn");
		HttpResponse<String> english = this.browser.get("/pilot?sprak=en");

		assertThat(nynorsk.body()).contains("<html lang=\"nn\"")
			.contains("Pilotkommunane prøver ut kulturskulen")
			.contains("<label for=\"motivation\">Kvifor vil kommunen vere pilot?</label>")
			.contains("rettleiingsordninga til Kulturskolerådet");
		assertThat(english.body()).contains("<html lang=\"en\"")
			.contains("<h1>Apply to become a pilot municipality</h1>")
			.contains("<legend>Contact person</legend>")
			.contains("<label for=\"contact-email\">E-mail</label>")
			.contains("<option value=\"\">Choose a municipality</option>")
			.contains(">Send the application</button>")
			.doesNotContain("Send søknaden");
	}

	@Test
	void aRefusedPilotApplicationInEnglishKeepsTheServicesMessageMarkedAsBokmal() {
		String token = BrowserLikeClient.csrfToken(this.browser.get("/pilot?sprak=en").body());

		HttpResponse<String> refused = this.browser.postForm("/pilot",
				BrowserLikeClient.fields("_csrf", token, "municipalityNumber", "1804", "contact.name", "Kari Nordmann",
						"contact.email", "kari@bodo.kommune.no", "motivation", ""));

		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.body()).contains("The application was not sent. Please correct the following:")
			.containsPattern("<li lang=\"nb\">\\s*<a href=\"#motivation\">Motivasjon må fylles ut.</a>")
			.contains("<span lang=\"nb\">Motivasjon må fylles ut.</span>");
	}

	@Test
	void theLoginPageSpeaksNynorskAndEnglishWhenChosen() {
		HttpResponse<String> nynorsk = this.browser.get("/logg-inn?sprak=nn");
		HttpResponse<String> english = this.browser.get("/logg-inn?sprak=en&error");

		assertThat(nynorsk.body()).contains("<html lang=\"nn\"")
			.contains("<h1>Logg inn for tilsette</h1>")
			.contains("<label for=\"username\">Brukarnamn</label>");
		assertThat(english.body()).contains("<html lang=\"en\"")
			.contains("<title>Login failed: Log in – The culture school of the future</title>")
			.contains("<h1>Staff login</h1>")
			.contains("The username or the password is wrong.")
			.contains("<label for=\"password\">Password</label>")
			.contains(">Log in</button>");
	}

	@Test
	void theLostLinkPagesOwnMessagesFollowTheChoice() {
		String token = BrowserLikeClient.csrfToken(this.browser.get("/mistet-lenke?sprak=nn").body());

		HttpResponse<String> refused = this.browser.postForm("/mistet-lenke",
				BrowserLikeClient.fields("_csrf", token, "email", "ikkje-ei-adresse"));

		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.body()).contains("<html lang=\"nn\"")
			.containsPattern("<li>\\s*<a href=\"#organisationNumber\">Vel kommunen.</a>")
			.contains("<span>Skriv e-postadressa til kontaktpersonen, til dømes namn@kommune.no.</span>")
			.doesNotContain("lang=\"nb\">Velg");
	}

	@Test
	void thePageForAnExpiredFormFollowsTheChoice() {
		this.browser.get("/?sprak=en");

		HttpResponse<String> refused = this.browser.postForm(PublicPagesTests.FORM, PublicPagesTests.filledForm());

		assertThat(refused.statusCode()).isEqualTo(403);
		assertThat(refused.body()).contains("<html lang=\"en\"")
			.contains("What you sent was not accepted")
			.contains("the form expired");
	}

	@Test
	void anUnknownLanguageFallsBackToBokmal() {
		HttpResponse<String> page = this.browser.get("/?sprak=de");

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("<html lang=\"nb\"").contains("Verksted med åpen påmelding");
	}

}
