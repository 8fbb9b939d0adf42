package no.ks.kulturskole.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

/**
 * Debian's chromium driven by Playwright (no browser download), and axe-core from its
 * WebJar for the accessibility check. Playwright and axe-core are optional dependencies
 * of test-support: a module with browser tests declares both.
 */
public final class Chromium implements AutoCloseable {

	private static final String AXE = "/META-INF/resources/webjars/axe-core/4.6.3/axe.min.js";

	private final Playwright playwright;

	private final Browser browser;

	private Chromium(Playwright playwright, Browser browser) {
		this.playwright = playwright;
		this.browser = browser;
	}

	public static Chromium launch() {
		Playwright playwright = Playwright
			.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
		Browser browser = playwright.chromium()
			.launch(new BrowserType.LaunchOptions().setExecutablePath(Path.of("/usr/bin/chromium"))
				.setArgs(List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
						"--disable-component-update", "--disable-sync", "--no-first-run")));
		return new Chromium(playwright, browser);
	}

	public Browser browser() {
		return this.browser;
	}

	/**
	 * The WCAG 2.1 A and AA violations axe-core finds on the page, one line each. axe is
	 * evaluated through the DevTools protocol, so the page's CSP stays as strict as in
	 * production.
	 */
	public static List<String> accessibilityViolations(Page page) {
		page.evaluate(axeSource());
		@SuppressWarnings("unchecked")
		List<String> violations = (List<String>) page.evaluate("""
				async () => {
				  const result = await axe.run(document, { runOnly: { type: 'tag',
				    values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
				  return result.violations.map(v => v.id + ': ' + v.help + ' at '
				    + v.nodes.map(n => n.target.join(' ')).join(', '));
				}""");
		return violations;
	}

	private static String axeSource() {
		try (InputStream in = Chromium.class.getResourceAsStream(AXE)) {
			if (in == null) {
				throw new IllegalStateException("axe-core WebJar is not on the test classpath");
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void close() {
		this.browser.close();
		this.playwright.close();
	}

}
