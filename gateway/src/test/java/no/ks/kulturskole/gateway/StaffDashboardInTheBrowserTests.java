package no.ks.kulturskole.gateway;

import no.ks.kulturskole.testsupport.Chromium;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The staff workshop page in chromium against a fake platform: it follows reporting's
 * stream through the gateway and shows new registrations without being reloaded.
 */
class StaffDashboardInTheBrowserTests extends PagesTestBase {

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
	void aNewRegistrationAppearsOnTheWorkshopPageWithoutReloadingIt() {
		this.page.navigate(url("/logg-inn"));
		this.page.getByLabel("Brukernavn").fill("stab");
		this.page.getByLabel("Passord").fill("kulturskole");
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Logg inn")).click();
		this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(FakePlatform.WORKSHOP_TITLE)).click();
		assertThat(this.page.locator("#venteliste")).containsText("Venteby 1");
		assertThat(this.page.locator("#venteliste")).not().containsText("Venteby 2");
		// the page has subscribed (and loaded its numbers once more) before the change
		assertThat(this.page.locator("#direkte-status")).containsText("oppdatert");
		this.page.evaluate("() => window.sammeSide = true");

		platform.registerOneMore();

		assertThat(this.page.locator("#venteliste")).containsText("Venteby 2");
		assertThat(this.page.evaluate("() => window.sammeSide === true")).isEqualTo(true);
		assertThat(Chromium.accessibilityViolations(this.page)).isEmpty();
		assertThat(this.consoleErrors).isEmpty();
	}

	@Test
	void staffPreviewAndSendAMessageToTheRegistrantsWithNoAccessibilityViolationsOnTheWay() {
		this.page.navigate(url("/logg-inn"));
		this.page.getByLabel("Brukernavn").fill("stab");
		this.page.getByLabel("Passord").fill("kulturskole");
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Logg inn")).click();
		this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(FakePlatform.WORKSHOP_TITLE)).click();
		this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Send melding til påmeldte")).click();
		assertThat(Chromium.accessibilityViolations(this.page)).isEmpty();

		this.page.getByLabel("Tekst (bokmål)").fill("Møtet har fått ny lenke.");
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send").setExact(true)).click();
		assertThat(this.page.getByRole(AriaRole.ALERT)).containsText("Skriv teksten på bokmål.");
		assertThat(this.page.getByLabel("Emne (bokmål)")).hasAttribute("aria-invalid", "true");
		assertThat(Chromium.accessibilityViolations(this.page)).isEmpty();

		this.page.getByLabel("Emne (bokmål)").fill("Ny møtelenke");
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Forhåndsvis antall mottakere"))
			.click();
		assertThat(this.page.getByRole(AriaRole.STATUS)).containsText("Utvalget når 3 personer");
		assertThat(Chromium.accessibilityViolations(this.page)).isEmpty();

		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send").setExact(true)).click();
		assertThat(this.page.locator(".panel-success")).containsText("Meldingen er sendt til 3 mottakere.");
		// the refused form came back as 400 on purpose; the browser notes that, and only
		// that
		assertThat(this.consoleErrors)
			.containsExactly("Failed to load resource: the server responded with a status of 400 ()");
	}

	@Test
	void staffReadZoomsParticipantReportMatchTheRestByHandAndSaveTheAttendance() {
		this.page.navigate(url("/logg-inn"));
		this.page.getByLabel("Brukernavn").fill("stab");
		this.page.getByLabel("Passord").fill("kulturskole");
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Logg inn")).click();
		this.page.navigate(url("/stab/verksted/" + FakePlatform.WORKSHOP_ID + "/oppmote"));
		assertThat(Chromium.accessibilityViolations(this.page)).isEmpty();

		this.page.getByLabel("Deltakerrapport (CSV)")
			.setInputFiles(new FilePayload("zoom.csv", "text/csv",
					"Name (Original Name),User Email,Duration (Minutes)\nKari Nordmann,kari@bodo.kommune.no,148\n"
						.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Les rapporten")).click();
		assertThat(this.page.locator("#rapport-lest")).containsText("1 funnet blant de påmeldte, 1 uten treff");
		assertThat(this.page.getByLabel("Kari Nordmann")).isChecked();
		assertThat(Chromium.accessibilityViolations(this.page)).isEmpty();

		this.page.getByLabel("Ola (iPad), 95 min").selectOption("p-3");
		// what the page tests saved before may be ticked still: Per was not there
		this.page.getByLabel("Per Hansen").setChecked(false);
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lagre oppmøte")).first().click();
		assertThat(this.page.locator(".panel-success")).containsText("Oppmøtet er lagret: 2 personer til stede.");
		assertThat(this.page.getByLabel("Siri Berg")).isChecked();
		assertThat(this.page.getByLabel("Per Hansen")).not().isChecked();
		assertThat(this.consoleErrors).isEmpty();
	}

	/** Participation confirmations (issue 16): the code typed as a person would. */
	@Test
	void staffLookUpACertificatesCodeFromTheNavigation() {
		signInAsStaff();
		this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Deltakerbevis").setExact(true)).click();
		assertThat(Chromium.accessibilityViolations(this.page)).isEmpty();

		this.page.getByLabel("Verifiseringskode").fill(FakePlatform.CERTIFICATE_CODE);
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Slå opp")).click();
		assertThat(this.page.locator("#gyldig")).hasText("Beviset er ekte.");
		assertThat(Chromium.accessibilityViolations(this.page)).isEmpty();
		assertThat(this.consoleErrors).isEmpty();
	}

	private void signInAsStaff() {
		this.page.navigate(url("/logg-inn"));
		this.page.getByLabel("Brukernavn").fill("stab");
		this.page.getByLabel("Passord").fill("kulturskole");
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Logg inn")).click();
	}

	@Test
	void staffReadTheEvaluationAndChangeItsQuestionsWithNoAccessibilityViolationsOnTheWay() {
		this.page.navigate(url("/logg-inn"));
		this.page.getByLabel("Brukernavn").fill("stab");
		this.page.getByLabel("Passord").fill("kulturskole");
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Logg inn")).click();
		this.page.navigate(url("/stab/verksted/" + FakePlatform.WORKSHOP_ID + "/evaluering"));
		assertThat(this.page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
			.hasText("Evaluering");
		assertThat(Chromium.accessibilityViolations(this.page)).isEmpty();

		this.page.locator("#nb0").fill("");
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lagre spørsmålene")).click();
		assertThat(this.page.getByRole(AriaRole.ALERT)).containsText("Skriv spørsmålet på bokmål.");
		assertThat(Chromium.accessibilityViolations(this.page)).isEmpty();
		assertThat(this.consoleErrors).isEmpty();
	}

	@Test
	void staffNarrowTheMailLogToOneDelegationAndSendItsMailAgain() {
		this.page.navigate(url("/logg-inn"));
		this.page.getByLabel("Brukernavn").fill("stab");
		this.page.getByLabel("Passord").fill("kulturskole");
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Logg inn")).click();
		this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("E-postlogg")).click();

		this.page.getByLabel("Verksted").selectOption(FakePlatform.WORKSHOP_ID);
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Vis")).click();
		this.page.getByLabel("Delegasjon").selectOption("d-1");
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Vis")).click();
		assertThat(this.page.locator("table")).not().containsText("Venteliste");
		assertThat(Chromium.accessibilityViolations(this.page)).isEmpty();
		int before = platform.staffCalls().size();

		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send på nytt «Påmelding mottatt"))
			.click();

		assertThat(this.page.getByRole(AriaRole.STATUS)).containsText("E-posten er sendt på nytt.");
		assertThat(this.page.getByLabel("Delegasjon")).hasValue("d-1");
		assertThat(platform.staffCalls().subList(before, platform.staffCalls().size())).containsExactly(
				"POST /api/notifications/resend {\"notificationId\":\"" + FakePlatform.CONFIRMATION_MAIL_ID + "\"}");
		assertThat(this.consoleErrors).isEmpty();
	}

}
