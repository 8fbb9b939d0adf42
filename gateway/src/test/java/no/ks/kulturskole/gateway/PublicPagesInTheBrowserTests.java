package no.ks.kulturskole.gateway;

import no.ks.kulturskole.testsupport.Chromium;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public pages in a real browser (Debian's chromium), against a fake platform: they
 * work with the keyboard, under the production CSP, and axe-core finds no WCAG 2.1 A/AA
 * violation on any of them.
 */
class PublicPagesInTheBrowserTests extends PagesTestBase {

	static Chromium chromium;

	@LocalServerPort
	int port;

	BrowserContext context;

	Page page;

	final List<String> consoleErrors = new CopyOnWriteArrayList<>();

	@BeforeAll
	static void launch() {
		chromium = Chromium.launch();
	}

	@AfterAll
	static void quit() {
		chromium.close();
	}

	@BeforeEach
	void open() {
		this.context = chromium.browser().newContext();
		this.page = this.context.newPage();
		this.page.onConsoleMessage((message) -> {
			if ("error".equals(message.type())) {
				this.consoleErrors.add(message.text());
			}
		});
	}

	@AfterEach
	void close() {
		this.context.close();
	}

	String url(String path) {
		return "http://localhost:" + this.port + path;
	}

	@Test
	void aMunicipalityCorrectsAFailedSubmitAndGetsItsReceiptWithNoAccessibilityViolationsOnTheWay() {
		this.page.navigate(url("/"));
		assertThat(Chromium.accessibilityViolations(this.page)).isEmpty();

		this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Meld på kommunen")).first().click();
		assertThat(this.page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
			.containsText(FakePlatform.WORKSHOP_TITLE);
		assertThat(Chromium.accessibilityViolations(this.page)).isEmpty();

		this.page.getByLabel("Kommune", new Page.GetByLabelOptions().setExact(true)).selectOption("1804");
		this.page.locator("#coordinator-email").fill("kari@bodo.kommune.no");
		this.page.locator("#participants-1-name").fill("Ola Nordmann");
		this.page.locator("#participants-1-email").fill("ola-uten-krollalfa");
		this.page.locator("#participants-1-roleTitle").fill("Rektor");
		this.page.locator("#participants-1-roleCategory").selectOption("SCHOOL");
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send påmeldingen")).click();

		assertThat(this.page.getByRole(AriaRole.ALERT)).containsText("Navn må fylles ut.");
		assertThat(this.page.locator("#feiloppsummering")).isFocused();
		assertThat(this.page.locator("#participants-1-email")).hasAttribute("aria-invalid", "true");
		assertThat(this.page.locator("#participants-1-email")).hasValue("ola-uten-krollalfa");
		assertThat(Chromium.accessibilityViolations(this.page)).isEmpty();

		this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Navn må fylles ut.")).click();
		assertThat(this.page.locator("#coordinator-name")).isFocused();
		this.page.locator("#coordinator-name").fill("Kari Nordmann");
		this.page.locator("#participants-1-email").fill("ola@bodo.kommune.no");
		this.page.locator("#participants-2-name").fill("Siri Hansen");
		this.page.locator("#participants-2-email").fill("siri@bodo.kommune.no");
		this.page.locator("#participants-2-roleTitle").fill("Rådgiver");
		this.page.locator("#participants-2-roleCategory").selectOption("MUNICIPAL_LEADER");
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send påmeldingen")).click();

		assertThat(this.page).hasURL(url("/pamelding/kvittering"));
		assertThat(this.page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
			.hasText("Påmeldingen er mottatt");
		assertThat(Chromium.accessibilityViolations(this.page)).isEmpty();
		assertThat(this.consoleErrors).isEmpty();
	}

	/**
	 * Issue 17 point 3: the form with a workshop's extra questions (yes/no and choices as
	 * fieldsets with legends, optional ones marked, health-related ones said to be seen
	 * by the organisers only) has no WCAG violation, also with a required question left
	 * out, and sends the answers with the registration.
	 */
	@Test
	void aFormWithExtraQuestionsIsAccessibleNamesAMissingAnswerAndSendsTheAnswers() {
		this.page.navigate(url("/verksted/" + FakePlatform.QUESTIONS_WORKSHOP_ID + "/pamelding"));
		assertThat(this.page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName("Trenger dere hotell?")))
			.isVisible();
		assertThat(this.page.getByLabel("Når kommer dere? (valgfritt)")).isVisible();
		assertThat(this.page.locator("#participants-0-answers-diet")).containsText("Bare arrangørene ser svaret");
		assertThat(Chromium.accessibilityViolations(this.page)).isEmpty();

		this.page.getByLabel("Kommune", new Page.GetByLabelOptions().setExact(true)).selectOption("1804");
		this.page.locator("#coordinator-name").fill("Kari Nordmann");
		this.page.locator("#coordinator-email").fill("kari@bodo.kommune.no");
		for (int row = 0; row < 2; row++) {
			this.page.locator("#participants-" + row + "-name").fill("Deltaker " + row);
			this.page.locator("#participants-" + row + "-email").fill("d" + row + "@bodo.kommune.no");
			this.page.locator("#participants-" + row + "-roleTitle").fill("Rådgiver");
			this.page.locator("#participants-" + row + "-roleCategory").selectOption("MUNICIPAL_LEADER");
		}
		this.page.locator("#participants-1-answers-diet-vegetarian").check();
		this.page.locator("#participants-1-answers-diet-gluten-free").check();
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send påmeldingen")).click();

		assertThat(this.page.getByRole(AriaRole.ALERT)).containsText("Spørsmålet må besvares.");
		assertThat(this.page.locator("#participants-1-answers-diet-gluten-free")).isChecked();
		assertThat(Chromium.accessibilityViolations(this.page)).isEmpty();
		this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Spørsmålet må besvares.")).click();
		assertThat(this.page.locator("#answers-hotel")).isFocused();
		this.page.locator("#answers-hotel-yes").check();
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send påmeldingen")).click();

		assertThat(this.page).hasURL(url("/pamelding/kvittering"));
		assertThat(platform.registrations().get(platform.registrations().size() - 1)).contains("\"hotel\":[\"yes\"]")
			.contains("\"diet\":[\"vegetarian\",\"gluten-free\"]")
			.doesNotContain("\"arrival\"");

		this.page.navigate(url("/verksted/" + FakePlatform.QUESTIONS_WORKSHOP_ID + "/pamelding?sprak=nn"));
		assertThat(this.page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName("Treng de hotell?")))
			.isVisible();
		// no nynorsk text: the bokmål one, marked as such
		assertThat(this.page.locator("label[for=answers-arrival] span")).hasAttribute("lang", "nb");
		assertThat(Chromium.accessibilityViolations(this.page)).isEmpty();

		// the coordinator's own page for the answers, from the manage link
		this.page.navigate(url("/delegasjon/d-21?nokkel=" + FakePlatform.MANAGE_SECRET + "&sprak=nb"));
		this.page.navigate(url("/delegasjon/d-21/svar"));
		assertThat(this.page.locator("#answers-hotel-yes")).isChecked();
		assertThat(this.page.locator("#participants-1-answers-diet-vegetarian")).isChecked();
		assertThat(Chromium.accessibilityViolations(this.page)).isEmpty();
		// nobody can unpick a radio button; a tampered form sends no answer to a required
		// question
		this.page
			.evaluate("document.querySelectorAll('input[name=\"answers[hotel]\"]').forEach(i => i.checked = false)");
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lagre svarene")).click();
		assertThat(this.page.getByRole(AriaRole.ALERT)).containsText("Spørsmålet må besvares.");
		assertThat(this.page.locator("#participants-1-answers-diet-vegetarian")).isChecked();
		assertThat(Chromium.accessibilityViolations(this.page)).isEmpty();
		this.page.locator("#answers-hotel-no").check();
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lagre svarene")).click();
		assertThat(this.page.getByRole(AriaRole.STATUS)).containsText("Svarene er lagret.");
		assertThat(platform.manageCalls())
			.anySatisfy(call -> assertThat(call).startsWith("PUT /api/public/registrations/d-21/answers")
				.contains("\"hotel\":[\"no\"]")
				.contains("{\"participantId\":\"p-2\",\"answers\":{\"diet\":[\"vegetarian\"]}}"));
	}

	@Test
	void theManagePageTheLostLinkPageThePilotFormAndThePrivacyNoticeHaveNoAccessibilityViolationsAlsoWithErrors() {
		this.page.navigate(url("/delegasjon/d-21?nokkel=" + FakePlatform.MANAGE_SECRET));
		assertThat(this.page).hasURL(url("/delegasjon/d-21"));
		assertThat(Chromium.accessibilityViolations(this.page)).isEmpty();
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Meld av delegasjonen")).click();
		assertThat(this.page.getByRole(AriaRole.ALERT)).containsText("Kryss av for å bekrefte");
		assertThat(Chromium.accessibilityViolations(this.page)).isEmpty();

		this.page.navigate(url("/mistet-lenke"));
		assertThat(Chromium.accessibilityViolations(this.page)).isEmpty();
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send meg en ny lenke")).click();
		assertThat(this.page.getByRole(AriaRole.ALERT)).containsText("Velg kommunen.");
		assertThat(Chromium.accessibilityViolations(this.page)).isEmpty();

		this.page.navigate(url("/pilot"));
		assertThat(Chromium.accessibilityViolations(this.page)).isEmpty();
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send søknaden")).click();
		assertThat(this.page.getByRole(AriaRole.ALERT)).containsText("Motivasjon må fylles ut.");
		assertThat(Chromium.accessibilityViolations(this.page)).isEmpty();
		// the privacy notice, reached with the keyboard through the footer link every
		// page has
		this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Personvern")).focus();
		this.page.keyboard().press("Enter");
		assertThat(this.page).hasURL(url("/personvern"));
		assertThat(this.page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
			.hasText("Personvern");
		assertThat(Chromium.accessibilityViolations(this.page)).isEmpty();
		this.page.navigate(url("/personvern?sprak=en"));
		assertThat(Chromium.accessibilityViolations(this.page)).isEmpty();
		// a form shown again with its errors is answered 400, which chromium reports too
		assertThat(this.consoleErrors).allMatch((error) -> error.contains("status of 400"));
	}

	@Test
	void aMunicipalityIsFoundByTypingPartOfItsNameAndChosenWithTheKeyboard() {
		this.page.navigate(url(PublicPagesTests.FORM));
		Locator search = this.page.getByLabel("Søk etter kommune");
		Locator municipality = this.page.getByLabel("Kommune", new Page.GetByLabelOptions().setExact(true));
		Locator count = this.page.getByRole(AriaRole.STATUS);

		search.pressSequentially("berg");

		assertThat(count).hasText("1 kommune passer: Bergen (Vestland)");
		assertThat(municipality.locator("option")).hasText(new String[] { "Velg kommune", "Bergen (Vestland)" });
		assertThat(municipality).hasValue("4601");
		assertThat(Chromium.accessibilityViolations(this.page)).isEmpty();

		search.fill("");
		// "bodo" finds Bodø; "o" alone finds Oslo first, as its name starts with it
		search.pressSequentially("o");
		assertThat(count).hasText("2 kommuner passer");
		assertThat(municipality.locator("option"))
			.hasText(new String[] { "Velg kommune", "Oslo (Oslo)", "Bodø (Nordland)" });
		assertThat(municipality).hasValue("");
		assertThat(Chromium.accessibilityViolations(this.page)).isEmpty();
		// Enter takes the best match and moves on to the list instead of sending the form
		search.press("Enter");
		assertThat(municipality).isFocused();
		assertThat(municipality).hasValue("0301");
		this.page.keyboard().press("ArrowDown");
		assertThat(municipality).hasValue("1804");

		search.fill("xyz");
		assertThat(count).hasText("Ingen kommuner passer");
		search.press("Escape");
		assertThat(municipality.locator("option")).hasCount(4);
		assertThat(count).hasText("");
		assertThat(this.consoleErrors).isEmpty();
	}

	@Test
	void aMunicipalityChosenThroughTheSearchIsTheOneRegistered() {
		this.page.navigate(url(PublicPagesTests.FORM));

		this.page.getByLabel("Søk etter kommune").pressSequentially("bodo");
		this.page.getByLabel("Søk etter kommune").press("Enter");
		this.page.locator("#coordinator-name").fill("Kari Nordmann");
		this.page.locator("#coordinator-email").fill("kari@bodo.kommune.no");
		this.page.locator("#participants-0-name").fill("Ola Nordmann");
		this.page.locator("#participants-0-email").fill("ola.sok@bodo.kommune.no");
		this.page.locator("#participants-0-roleTitle").fill("Rektor");
		this.page.locator("#participants-0-roleCategory").selectOption("SCHOOL");
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send påmeldingen")).click();

		assertThat(this.page).hasURL(url("/pamelding/kvittering"));
		assertThat(platform.registrations()).filteredOn((body) -> body.contains("ola.sok@bodo.kommune.no"))
			.singleElement()
			.satisfies((body) -> assertThat(body).contains("\"municipalityNumber\":\"1804\""));
		assertThat(this.consoleErrors).isEmpty();
	}

	@Test
	void withoutJavaScriptTheFormKeepsItsPlainListOfMunicipalities() {
		try (BrowserContext plain = chromium.browser()
			.newContext(new Browser.NewContextOptions().setJavaScriptEnabled(false))) {
			Page page = plain.newPage();
			page.navigate(url(PublicPagesTests.FORM));

			assertThat(page.getByLabel("Søk etter kommune")).hasCount(0);
			Locator municipality = page.getByLabel("Kommune", new Page.GetByLabelOptions().setExact(true));
			assertThat(municipality.locator("option")).hasCount(4);
			municipality.selectOption("4601");
			assertThat(municipality).hasValue("4601");
		}
	}

	@Test
	void theReceiptsTheSentPageAndTheErrorPagesHaveNoAccessibilityViolations() {
		this.page.navigate(url("/pilot"));
		this.page.getByLabel("Søk etter kommune").pressSequentially("bodø");
		this.page.locator("#contact-name").fill("Kari Nordmann");
		this.page.locator("#contact-email").fill("kari@bodo.kommune.no");
		this.page.locator("#motivation").fill("Vi vil nå flere barn.");
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send søknaden")).click();
		assertThat(this.page).hasURL(url("/pilot/kvittering"));
		assertThat(this.page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
			.hasText("Søknaden er mottatt");
		assertThat(Chromium.accessibilityViolations(this.page)).isEmpty();

		this.page.navigate(url("/mistet-lenke"));
		this.page.getByLabel("Verksted").selectOption(FakePlatform.WORKSHOP_ID);
		this.page.getByLabel("Søk etter kommune").pressSequentially("bodø");
		this.page.getByLabel("Kontaktpersonens e-post").fill("kari@bodo.kommune.no");
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send meg en ny lenke")).click();
		assertThat(this.page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
			.hasText("Sjekk e-posten");
		assertThat(Chromium.accessibilityViolations(this.page)).isEmpty();

		this.page.navigate(url("/verksted/finnes-ikke/pamelding"));
		assertThat(this.page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
			.hasText("Fant ikke siden");
		assertThat(Chromium.accessibilityViolations(this.page)).isEmpty();

		this.page.navigate(url("/verksted/" + FakePlatform.FAILING_WORKSHOP_ID + "/pamelding"));
		assertThat(this.page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
			.hasText("Tjenesten svarer ikke akkurat nå");
		assertThat(Chromium.accessibilityViolations(this.page)).isEmpty();

		// where an expired form ends up
		this.page.navigate(url("/ingen-tilgang"));
		assertThat(this.page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
			.hasText("Det du sendte, ble ikke tatt imot");
		assertThat(Chromium.accessibilityViolations(this.page)).isEmpty();
		// the "try again" page is answered 503 and the other 403, which chromium reports
		assertThat(this.consoleErrors)
			.allMatch((error) -> error.contains("status of 503") || error.contains("status of 403"));
	}

	@Test
	void thePublicPagesInNynorskAndEnglishHaveNoAccessibilityViolations() {
		this.page.navigate(url("/delegasjon/d-41?nokkel=" + FakePlatform.MANAGE_SECRET));
		for (String language : List.of("nn", "en")) {
			for (String path : List.of("/", PublicPagesTests.FORM, "/delegasjon/d-41", "/pilot", "/mistet-lenke",
					"/logg-inn", "/verksted/finnes-ikke/pamelding")) {
				this.page.navigate(url(path + "?sprak=" + language));
				assertThat(this.page.locator("html")).hasAttribute("lang", language);
				assertThat(Chromium.accessibilityViolations(this.page)).as(path + " in " + language).isEmpty();
			}
		}
		assertThat(this.consoleErrors).isEmpty();
	}

	/**
	 * A participation confirmation's link that gives none (issue 16) answers a page in
	 * the visitor's language, 404, which the browser notes, and nothing else.
	 */
	@Test
	void aCertificateLinkThatGivesNoneShowsANotFoundPageWithNoAccessibilityViolations() {
		for (String language : List.of("nb", "nn", "en")) {
			this.page.navigate(url("/deltakerbevis/ugyldig-lenke?sprak=" + language));
			assertThat(this.page.locator("html")).hasAttribute("lang", language);
			assertThat(Chromium.accessibilityViolations(this.page)).as(language).isEmpty();
		}
		assertThat(this.consoleErrors).hasSize(3).allMatch((error) -> error.contains("status of 404"));
	}

	@Test
	void aFailedSubmitInEnglishShowsTheServicesBokmalMessagesWithNoAccessibilityViolations() {
		this.page.navigate(url(PublicPagesTests.FORM + "?sprak=en"));
		this.page.getByLabel("Search for a municipality").pressSequentially("bergen");
		this.page.locator("#coordinator-email").fill("kari@bergen.kommune.no");
		this.page.locator("#participants-0-name").fill("Ola Nordmann");
		this.page.locator("#participants-0-email").fill("ola@bergen");
		this.page.locator("#participants-1-name").focus();
		assertThat(this.page.locator("#participants-0-email-sjekk")).hasText("The e-mail address is not valid.");
		this.page.locator("#participants-0-roleTitle").fill("Rektor");
		this.page.locator("#participants-0-roleCategory").selectOption("SCHOOL");
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send the registration")).click();

		assertThat(this.page.getByRole(AriaRole.ALERT)).containsText("The registration was not sent");
		assertThat(this.page.getByRole(AriaRole.ALERT).locator("li").first()).hasAttribute("lang", "nb");
		assertThat(this.page.getByRole(AriaRole.ALERT)).containsText("Navn må fylles ut.");
		assertThat(this.page.locator("#feiloppsummering")).isFocused();
		assertThat(Chromium.accessibilityViolations(this.page)).isEmpty();
	}

	@Test
	void aMistypedAddressIsPointedOutAsSoonAsTheFieldIsLeftAndTheNoteGoesWhenItIsFixed() {
		this.page.navigate(url(PublicPagesTests.FORM));
		Locator email = this.page.locator("#coordinator-email");

		email.fill("kari-uten-krollalfa");
		this.page.locator("#coordinator-phone").focus();

		assertThat(this.page.locator("#coordinator-email-sjekk")).hasText("E-postadressen er ikke gyldig.");
		assertThat(email).hasAttribute("aria-invalid", "true");
		assertThat(email).hasAttribute("aria-describedby", "coordinator-email-sjekk");
		assertThat(Chromium.accessibilityViolations(this.page)).isEmpty();

		email.fill("kari@bodo.kommune.no");
		this.page.locator("#coordinator-phone").focus();

		assertThat(this.page.locator("#coordinator-email-sjekk")).hasCount(0);
		assertThat(email).hasAttribute("aria-invalid", "false");
		assertThat(this.consoleErrors).isEmpty();
	}

	@Test
	void theFirstTabStopIsTheSkipLinkToTheMainContent() {
		this.page.navigate(url("/"));

		this.page.keyboard().press("Tab");

		assertThat(this.page.locator(":focus")).hasText("Hopp til hovedinnholdet");
		this.page.keyboard().press("Enter");
		assertThat(this.page).hasURL(url("/#hovedinnhold"));
	}

	@Test
	void theStylesheetLoadsUnderTheContentSecurityPolicy() {
		this.page.navigate(url("/"));

		Object background = this.page
			.evaluate("() => getComputedStyle(document.querySelector('.site-header')).backgroundColor");

		assertThat(background).isEqualTo("rgb(11, 79, 108)");
		assertThat(this.consoleErrors).isEmpty();
	}

	@Test
	void theLoginPageHasNoAccessibilityViolations() {
		this.page.navigate(url("/logg-inn"));
		assertThat(Chromium.accessibilityViolations(this.page)).isEmpty();

		this.page.getByLabel("Brukernavn").fill("stab");
		this.page.getByLabel("Passord").fill("feil-passord");
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Logg inn")).click();

		assertThat(this.page.getByRole(AriaRole.ALERT)).containsText("Brukernavnet eller passordet er feil.");
		assertThat(Chromium.accessibilityViolations(this.page)).isEmpty();
	}

	@Test
	void anAttendeeAnswersTheEvaluationWithTheKeyboardAndNoPageOnTheWayHasAccessibilityViolations() {
		this.page.navigate(url("/evaluering/eval-nettleser?sprak=nn"));
		assertThat(this.page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
			.hasText("Korleis var økta?");
		assertThat(Chromium.accessibilityViolations(this.page)).isEmpty();

		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send svara")).click();
		assertThat(this.page.getByRole(AriaRole.ALERT)).containsText("Svar på minst eitt av spørsmåla.");
		assertThat(Chromium.accessibilityViolations(this.page)).isEmpty();

		this.page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName("Kor nyttig var økta for deg?"))
			.getByLabel("4")
			.check();
		this.page.getByLabel("Kva fungerte godt?").fill("Gode døme frå andre kommunar");
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send svara")).click();
		assertThat(this.page).hasURL(url("/evaluering/takk"));
		assertThat(this.page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
			.hasText("Takk for svara!");
		assertThat(Chromium.accessibilityViolations(this.page)).isEmpty();

		this.page.navigate(url("/evaluering/eval-nettleser"));
		assertThat(this.page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
			.hasText("Evalueringa er alt svara på");
		assertThat(Chromium.accessibilityViolations(this.page)).isEmpty();
		// the refused form (400) and the used link (409) answer with their status on
		// purpose, which the browser reports; nothing else may fail (scripts, CSP)
		assertThat(this.consoleErrors).allSatisfy((error) -> assertThat(error)
			.matches("Failed to load resource: the server responded with a status of 40[09] \\(\\)"));
	}

}
