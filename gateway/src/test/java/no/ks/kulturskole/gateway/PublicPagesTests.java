package no.ks.kulturskole.gateway;

import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static no.ks.kulturskole.gateway.BrowserLikeClient.csrfToken;
import static no.ks.kulturskole.gateway.BrowserLikeClient.fields;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public pages as a browser without JavaScript gets them, against a fake platform.
 */
class PublicPagesTests extends PagesTestBase {

	static final String FORM = "/verksted/" + FakePlatform.WORKSHOP_ID + "/pamelding";

	@LocalServerPort
	int port;

	BrowserLikeClient browser;

	@BeforeEach
	void browser() {
		this.browser = new BrowserLikeClient(this.port);
	}

	@Test
	void theFrontPageListsTheOpenWorkshopsWithSeatsLeftInBokmal() {
		HttpResponse<String> page = this.browser.get("/");

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("text/html"));
		assertThat(page.body()).contains("<html lang=\"nb\"")
			.contains("href=\"#hovedinnhold\"")
			.contains(FakePlatform.WORKSHOP_TITLE)
			.contains("Stormen kulturhus, Bodø")
			.contains("12. mars 2026 10:00")
			.contains("<dd>17</dd>")
			.contains("href=\"" + FORM + "\"");
	}

	@Test
	void anInviteOnlyWorkshopSaysWhomItIsForOnTheListAndAboveTheFormInEachLanguage() {
		assertThat(this.browser.get("/").body())
			.contains("Bare for inviterte: Bodø, Bergen. Andre kan ikke melde seg på dette verkstedet.");
		assertThat(this.browser.get(FORM).body()).contains(
				"Dette verkstedet er bare for inviterte kommuner og fylkeskommuner: Bodø, Bergen. Står ikke kommunen deres på listen, blir påmeldingen avvist.");
		assertThat(this.browser.get(FORM + "?sprak=nn").body())
			.contains("Denne verkstaden er berre for inviterte kommunar og fylkeskommunar: Bodø, Bergen.");
		assertThat(this.browser.get("/?sprak=en").body()).contains("By invitation only: Bodø, Bergen.");
	}

	@Test
	void thePrivacyNoticeIsOpenToAllLinkedFromEveryPageAndSaysHowLongDataIsKeptInEachLanguage() {
		for (String path : new String[] { "/", FORM, "/mistet-lenke", "/pilot" }) {
			assertThat(this.browser.get(path).body()).as(path).contains("<a href=\"/personvern\">Personvern</a>");
		}

		HttpResponse<String> bokmal = this.browser.get("/personvern");
		assertThat(bokmal.statusCode()).isEqualTo(200);
		assertThat(bokmal.body()).contains("<html lang=\"nb\"")
			.contains("<h1>Personvern</h1>")
			.contains("KS (Kommunesektorens organisasjon) og Norsk kulturskoleråd er sammen ansvarlige")
			.contains("90 dager etter at verkstedet er gjennomført eller avlyst")
			.contains("slettes 90 dager etter at utvelgelsen av pilotkommuner er avsluttet")
			.contains("slettes etter 30 dager")
			.contains("slettes etter 14 dager")
			.contains("href=\"mailto:personvern@kulturskole.example\"")
			.contains("<a href=\"/personvern?sprak=nn\" lang=\"nn\" hreflang=\"nn\">Nynorsk</a>");

		assertThat(this.browser.get("/personvern?sprak=nn").body()).contains("<html lang=\"nn\"")
			.contains("blir sletta 90 dagar etter at verkstaden er gjennomført eller avlyst")
			.contains("Kven som er ansvarleg");
		assertThat(this.browser.get("/personvern?sprak=en").body()).contains("<html lang=\"en\"")
			.contains("erased 90 days after the workshop has taken place or been cancelled")
			.contains("<a href=\"/personvern\">Privacy</a>");
	}

	@Test
	void theFormOffersEveryMunicipalityAndARowForEachDelegateTheWorkshopTakesWithoutJavaScript() {
		HttpResponse<String> page = this.browser.get(FORM);

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("<option value=\"1804\">Bodø (Nordland)</option>")
			.contains("<option value=\"4601\">Bergen (Vestland)</option>")
			.contains("name=\"participants[7].name\"")
			.doesNotContain("name=\"participants[8].name\"")
			.contains("<legend>Deltaker 8</legend>")
			.doesNotContain("name=\"flereRader\"")
			.contains("<label for=\"coordinator-email\">E-post</label>")
			.contains("<option value=\"LOCAL_CULTURAL_LIFE\">Lokalt kulturliv</option>")
			.contains("name=\"_csrf\"");
	}

	@Test
	void withoutALimitSixRowsAreOfferedAndTheMoreRowsButtonAddsThreeKeepingWhatWasWritten() {
		String form = "/verksted/" + FakePlatform.UNLIMITED_WORKSHOP_ID + "/pamelding";
		HttpResponse<String> page = this.browser.get(form);
		assertThat(page.body()).contains("name=\"participants[5].name\"")
			.doesNotContain("name=\"participants[6].name\"")
			.contains("name=\"flereRader\"");
		int before = platform.registrations().size();

		HttpResponse<String> more = this.browser.postForm(form, fields("_csrf", csrfToken(page.body()), "flereRader",
				"3", "coordinator.name", "Kari Nordmann", "participants[0].name", "Ola Nordmann"));

		assertThat(more.statusCode()).isEqualTo(200);
		assertThat(more.body()).contains("name=\"participants[8].name\"")
			.doesNotContain("name=\"participants[9].name\"")
			.contains("value=\"Kari Nordmann\"")
			.contains("value=\"Ola Nordmann\"")
			.doesNotContain("error-summary");
		assertThat(platform.registrations()).hasSize(before);
	}

	@Test
	void aFormPostWithoutTheCsrfTokenIsRefusedAndNothingReachesTheService() {
		this.browser.get(FORM);
		int before = platform.registrations().size();

		HttpResponse<String> response = this.browser.postForm(FORM, filledForm());

		assertThat(response.statusCode()).isEqualTo(403);
		assertThat(response.body()).contains("<html lang=\"nb\"").contains("skjemaet er utløpt");
		assertThat(platform.registrations()).hasSize(before);
	}

	@Test
	void aRefusedRegistrationShowsEachErrorNextToItsFieldAndInASummaryAtTheTop() {
		String token = csrfToken(this.browser.get(FORM).body());
		Map<String, String> form = fields("_csrf", token, "municipalityNumber", "1804", "coordinator.name", "",
				"coordinator.email", "kari@bodo.kommune.no",
				// the first row is left blank: the service's participant 0 is the form's
				// row 1
				"participants[0].name", "", "participants[1].name", "Ola Nordmann", "participants[1].email",
				"ola-uten-krollalfa", "participants[1].roleTitle", "Rektor", "participants[1].roleCategory", "SCHOOL");

		HttpResponse<String> page = this.browser.postForm(FORM, form);

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("<title>Feil i skjemaet: Påmelding")
			.contains("class=\"error-summary\"")
			.contains("<a href=\"#coordinator-name\">Navn må fylles ut.</a>")
			.contains("<a href=\"#participants-1-email\">E-postadressen er ikke gyldig.</a>")
			.containsPattern("id=\"participants-1-email\"[^>]*aria-invalid=\"true\"")
			.containsPattern("id=\"participants-1-email\"[^>]*aria-describedby=\"participants-1-email-feil\"")
			.contains("id=\"participants-1-email-feil\"")
			.containsPattern("id=\"participants-0-email\"[^>]*aria-invalid=\"false\"")
			.contains("value=\"Ola Nordmann\"")
			.containsPattern("<option value=\"1804\"\\s+selected=\"selected\">Bodø \\(Nordland\\)</option>");
		assertThat(page.body().indexOf("#coordinator-name")).isLessThan(page.body().indexOf("#participants-1-email"));
		String sent = platform.registrations().get(platform.registrations().size() - 1);
		// the blank first row is not sent: one participant only
		assertThat(sent).contains("\"participants\":[{\"name\":\"Ola Nordmann\"").doesNotContain("},{");
	}

	/**
	 * The request is registration-api's record now, whose role category is the
	 * contract's: a value it does not know is refused at its field before anything is
	 * sent, as the service refuses it.
	 */
	@Test
	void aRoleCategoryTheContractDoesNotKnowIsRefusedAtItsFieldAndNothingIsSent() {
		Map<String, String> form = filledForm();
		form.put("participants[1].roleCategory", "ROCK_STAR");
		form.put("_csrf", csrfToken(this.browser.get(FORM).body()));
		int before = platform.registrations().size();

		HttpResponse<String> page = this.browser.postForm(FORM, form);

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("class=\"error-summary\"")
			.contains("<a href=\"#participants-1-roleCategory\">")
			.containsPattern("id=\"participants-1-roleCategory\"[^>]*aria-invalid=\"true\"");
		assertThat(platform.registrations()).hasSize(before);
	}

	@Test
	void aDelegationWithoutParticipantsIsToldSoAtTheDelegationFieldset() {
		String token = csrfToken(this.browser.get(FORM).body());

		HttpResponse<String> page = this.browser.postForm(FORM, fields("_csrf", token, "municipalityNumber", "1804",
				"coordinator.name", "Kari Nordmann", "coordinator.email", "kari@bodo.kommune.no"));

		assertThat(page.body()).contains("<a href=\"#participants\">Delegasjonen må ha minst én deltaker.</a>")
			.contains("id=\"participants-feil\"");
	}

	@Test
	void anAcceptedRegistrationRedirectsToAReceiptThatIsShownOnlyOnce() {
		Map<String, String> form = filledForm();
		form.put("_csrf", csrfToken(this.browser.get(FORM).body()));

		HttpResponse<String> response = this.browser.postForm(FORM, form);

		assertThat(response.statusCode()).isEqualTo(302);
		String location = response.headers().firstValue("Location").orElseThrow();
		assertThat(location).endsWith("/pamelding/kvittering").doesNotContain("hemmelig");
		HttpResponse<String> receipt = this.browser.get("/pamelding/kvittering");
		assertThat(receipt.body()).contains("Påmeldingen er mottatt")
			.contains("Bodø er meldt på <strong>")
			.contains(FakePlatform.WORKSHOP_TITLE)
			.doesNotContain("hemmelig");
		assertThat(this.browser.get("/pamelding/kvittering").statusCode()).isEqualTo(302);
	}

	@Test
	void anUnknownWorkshopShowsAPageSayingSo() {
		HttpResponse<String> page = this.browser.get("/verksted/finnes-ikke/pamelding");

		assertThat(page.body()).contains("Vi fant ikke verkstedet");
	}

	@Test
	void pagesForbidFramingAndInlineScriptsAndSendNoHstsOverPlainHttp() {
		HttpResponse<String> page = this.browser.get("/");

		String policy = page.headers().firstValue("Content-Security-Policy").orElseThrow();
		assertThat(policy).contains("frame-ancestors 'none'")
			.contains("script-src 'self'")
			.doesNotContain("unsafe-inline");
		assertThat(page.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
		assertThat(page.headers().firstValue("X-Frame-Options")).hasValue("DENY");
		assertThat(page.headers().firstValue("Strict-Transport-Security")).isEmpty();
		// scripts and styles come from files only, so the CSP need not allow inline code
		assertThat(page.body()).doesNotContainPattern("<script(?![^>]*\\ssrc=)").doesNotContain("style=");
	}

	@Test
	void pagesBehindATlsProxyAlsoSendHsts() {
		HttpResponse<String> page = new Gateway(this.port)
			.send(new Gateway(this.port).request("/").header("X-Forwarded-Proto", "https").GET());

		assertThat(page.headers().firstValue("Strict-Transport-Security"))
			.hasValueSatisfying((hsts) -> assertThat(hsts).contains("max-age="));
	}

	static Map<String, String> filledForm() {
		return fields("municipalityNumber", "1804", "coordinator.name", "Kari Nordmann", "coordinator.email",
				"kari@bodo.kommune.no", "participants[0].name", "Ola Nordmann", "participants[0].email",
				"ola@bodo.kommune.no", "participants[0].roleTitle", "Kulturskolerektor", "participants[0].roleCategory",
				"KULTURSKOLE", "participants[1].name", "Siri Hansen", "participants[1].email", "siri@bodo.kommune.no",
				"participants[1].roleTitle", "Rådgiver", "participants[1].roleCategory", "MUNICIPAL_LEADER");
	}

}
