package no.ks.kulturskole.gateway;

import no.ks.kulturskole.testsupport.Chromium;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The coverage map in chromium (issue 17): every municipality a shape that keyboard users
 * reach and screen readers name, no accessibility violations on the page, and a
 * screenshot for the README.
 */
class CoverageMapInTheBrowserTests extends PagesTestBase {

	private static final Path SCREENSHOTS = Path.of("..", "docs", "screenshots").toAbsolutePath().normalize();

	static Chromium chromium;

	@LocalServerPort
	int port;

	@BeforeAll
	static void launch() {
		chromium = Chromium.launch();
	}

	@AfterAll
	static void quit() {
		chromium.close();
	}

	@Test
	void theMapNamesEachMunicipalityToKeyboardAndScreenReaderUsersAndPassesAxe() throws IOException {
		try (BrowserContext context = chromium.browser()
			.newContext(new Browser.NewContextOptions().setViewportSize(1100, 900))) {
			Page page = context.newPage();
			page.navigate("http://localhost:" + this.port + "/logg-inn");
			page.getByLabel("Brukernavn").fill("stab");
			page.getByLabel("Passord").fill("kulturskole");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Logg inn")).click();
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Dekning").setExact(true)).click();

			assertThat(page.locator("svg.norway-map path.kommune")).hasCount(357);
			// the page has subscribed to the live numbers and drawn them once more
			assertThat(page.locator("#direkte-status")).containsText("oppdatert");
			page.locator("[data-kommune='1804']").focus();
			assertThat(page.locator("[data-kommune='1804']")).isFocused();
			// a live update redraws the map; the keyboard user stays on the same
			// municipality
			String drawn = page.locator("#direkte").getAttribute("data-updated");
			platform.announceChange();
			page.waitForFunction("(drawn) => document.getElementById('direkte').getAttribute('data-updated') !== drawn",
					drawn);
			assertThat(page.locator("[data-kommune='1804']")).isFocused();
			assertThat(page.getByRole(AriaRole.IMG, new Page.GetByRoleOptions()
				.setName("Bodø (Nordland - Nordlánnda): påmeldt med plass, 3 deltakere"))).hasCount(1);
			assertThat(Chromium.accessibilityViolations(page)).isEmpty();

			Files.createDirectories(SCREENSHOTS);
			page.locator(".coverage-map")
				.screenshot(new com.microsoft.playwright.Locator.ScreenshotOptions()
					.setPath(SCREENSHOTS.resolve("stab-dekning-kart.png")));
			assertThat(Files.size(SCREENSHOTS.resolve("stab-dekning-kart.png"))).isPositive();
			page.locator("section[aria-labelledby='graf-dekning']")
				.screenshot(new com.microsoft.playwright.Locator.ScreenshotOptions()
					.setPath(SCREENSHOTS.resolve("stab-dekning-graf.png")));
		}
	}

}
