package no.ks.kulturskole.gateway;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

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

	@Test
	void theManagePageTheLostLinkPageAndThePilotFormHaveNoAccessibilityViolationsAlsoWithErrors() {
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
		// a form shown again with its errors is answered 400, which chromium reports too
		assertThat(this.consoleErrors).allMatch((error) -> error.contains("status of 400"));
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

}
