package no.ks.kulturskole.endtoend.web;

import no.ks.kulturskole.testsupport.Chromium;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import no.ks.kulturskole.infra.LocalPlatform;
import no.ks.kulturskole.infra.apps.Application;
import no.ks.kulturskole.infra.mail.CaughtMail;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The whole web journey against the packaged platform, in Debian's chromium: a
 * municipality registers through the form (a failed submit first), staff see the
 * delegation appear on their workshop page without reloading it, the coordinator manages
 * the delegation through the link in the e-mail, a second municipality lands on the
 * waiting list, and staff add an overflow session and move the waiting list there.
 * axe-core checks every public page on the way. Screenshots of the main pages go to
 * {@code docs/screenshots/}.
 */
class RegistrationInTheBrowserEndToEndTests {

	private static final Duration EVENTUALLY = Duration.ofSeconds(60);

	private static final LocatorAssertions.ContainsTextOptions LIVE = new LocatorAssertions.ContainsTextOptions()
		.setTimeout(EVENTUALLY.toMillis());

	private static final Path SCREENSHOTS = Path.of("..", "docs", "screenshots").toAbsolutePath().normalize();

	private static final Pattern MANAGE_LINK = Pattern
		.compile("https?://[^\\s\"<>]+/delegasjon/[^\\s\"<>?]+\\?nokkel=[^\\s\"<>&]+");

	private static final HttpClient http = HttpClient.newHttpClient();

	static LocalPlatform platform;

	static Chromium chromium;

	@BeforeAll
	static void start() {
		platform = SharedPlatform.get();
		chromium = Chromium.launch();
	}

	@AfterAll
	static void quit() {
		chromium.close();
	}

	@Test
	void aDelegationIsRegisteredSeenLiveByStaffManagedThroughTheLinkAndAWaitingListMovedToAnOverflowSession() {
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		String title = "Verksted i nettleseren " + suffix;
		String coordinatorEmail = "kari.nordmann." + suffix + "@bergen.example.no";
		// room for four: Bergen's two, then a third, and then Oslo's three do not fit
		String workshopId = scheduleWorkshop(title, 4);
		awaitRegistrationServiceKnows(workshopId);

		try (BrowserContext staff = newContext();
				BrowserContext municipality = newContext();
				BrowserContext fromTheMail = newContext()) {
			// staff open the workshop page first and keep it open throughout
			Page dashboard = staff.newPage();
			logIn(dashboard);
			dashboard.navigate(platform.gatewayUrl() + "/stab");
			dashboard.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(title)).click();
			assertThat(dashboard.locator("h1")).containsText(title);
			dashboard.evaluate("() => window.sammeSide = true");

			Page page = municipality.newPage();
			page.navigate(platform.gatewayUrl() + "/");
			assertThat(page.locator("html")).hasAttribute("lang", "nb");
			assertThat(Chromium.accessibilityViolations(page)).isEmpty();
			screenshot(page, "offentlig-verksted.png");

			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Meld på kommunen til " + title)).click();
			assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).containsText(title);
			assertThat(Chromium.accessibilityViolations(page)).isEmpty();

			page.locator("#municipalityNumber").selectOption("4601");
			page.locator("#coordinator-email").fill(coordinatorEmail);
			fillDelegate(page, 0, "Kari Nordmann", "kari.nordmann@bergen", "Kulturskolerektor", "KULTURSKOLE");
			submit(page);

			Locator summary = page.getByRole(AriaRole.ALERT);
			assertThat(summary).containsText("Navn må fylles ut.");
			assertThat(summary).containsText("E-postadressen er ikke gyldig.");
			assertThat(page.locator("#participants-0-email")).hasAttribute("aria-invalid", "true");
			assertThat(Chromium.accessibilityViolations(page)).isEmpty();
			screenshot(page, "pamelding-feil.png");

			page.locator("#coordinator-name").fill("Kari Nordmann");
			page.locator("#participants-0-email").fill(coordinatorEmail);
			fillDelegate(page, 1, "Ola Hansen", "ola.hansen." + suffix + "@bergen.example.no", "Kommunalsjef oppvekst",
					"MUNICIPAL_LEADER");
			submit(page);

			assertThat(page).hasURL(platform.gatewayUrl() + "/pamelding/kvittering");
			assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
				.hasText("Påmeldingen er mottatt");
			assertThat(page.locator("main")).containsText("Bergen");
			assertThat(Chromium.accessibilityViolations(page)).isEmpty();
			screenshot(page, "pamelding-kvittering.png");

			// staff: the delegation appears on the page they kept open, from reporting's
			// stream
			assertThat(dashboard.locator("#bekreftede")).containsText("Bergen", LIVE);
			assertThat(dashboard.locator("#antall-bekreftet")).hasText("2");
			assertThat(dashboard.evaluate("() => window.sammeSide === true")).isEqualTo(true);

			// the coordinator follows the link in the e-mail, in a browser without the
			// registration's session
			String link = awaitManageLink(coordinatorEmail);
			Page manage = fromTheMail.newPage();
			manage.navigate(link);
			assertThat(manage).hasURL(Pattern.compile(".*/delegasjon/[^?]+$"));
			assertThat(manage.locator("h1")).containsText("Påmeldingen fra Bergen");
			assertThat(Chromium.accessibilityViolations(manage)).isEmpty();
			manage.locator("#participants-1-roleTitle").fill("Kommunalsjef for oppvekst og kultur");
			manage.locator("#participants-2-name").fill("Nora Berg");
			manage.locator("#participants-2-email").fill("nora.berg." + suffix + "@korps.example.no");
			manage.locator("#participants-2-roleTitle").fill("Korpsleder");
			manage.locator("#participants-2-roleCategory").selectOption("VOLUNTARY_SECTOR");
			manage.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lagre endringene")).click();
			assertThat(manage.getByRole(AriaRole.STATUS)).containsText("Endringene er lagret.");
			assertThat(manage.locator("#participants-2-name")).hasValue("Nora Berg");
			assertThat(manage.locator("#participants-1-roleTitle")).hasValue("Kommunalsjef for oppvekst og kultur");
			assertThat(Chromium.accessibilityViolations(manage)).isEmpty();
			screenshot(manage, "delegasjon-administrer.png");
			assertThat(dashboard.locator("#antall-bekreftet")).hasText("3",
					new LocatorAssertions.HasTextOptions().setTimeout(EVENTUALLY.toMillis()));

			// Oslo's three do not fit in the one seat left: the waiting list
			registerThroughTheApi(workshopId, "0301", "oslo-" + suffix);
			assertThat(dashboard.locator("#venteliste")).containsText("Oslo", LIVE);

			// staff add an overflow session and move the waiting list there
			dashboard.locator("#okt-start").fill(LocalDate.now().plusDays(41) + "T09:00");
			dashboard.locator("#okt-slutt").fill(LocalDate.now().plusDays(41) + "T15:30");
			dashboard.locator("#okt-plasser").fill("20");
			dashboard.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Legg til økten")).click();
			assertThat(dashboard.locator(".panel-success, #feiloppsummering")).isVisible();
			assertThat(dashboard.locator("#feiloppsummering").count()).as(() -> dashboard.locator("main").innerText())
				.isZero();
			assertThat(dashboard.locator(".panel-success")).containsText("Økten er lagt til.");
			// registration-service learns of the new session from workshop.events
			await().atMost(EVENTUALLY).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
				dashboard.locator("#venteliste-okt")
					.selectOption(new com.microsoft.playwright.options.SelectOption().setIndex(1));
				dashboard.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Flytt ventelisten")).click();
				assertThat(dashboard.locator(".panel-success")).containsText("Ventelisten er flyttet");
			});
			assertThat(dashboard.locator("#venteliste-tom"))
				.isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(EVENTUALLY.toMillis()));
			assertThat(dashboard.locator("#bekreftede")).containsText("Oslo", LIVE);
			assertThat(dashboard.locator("#bekreftede tr", new Page.LocatorOptions().setHasText("Oslo")))
				.containsText("Økt 2");
			screenshot(dashboard, "stab-verksted.png");

			dashboard.navigate(platform.gatewayUrl() + "/stab");
			assertThat(dashboard.getByRole(AriaRole.ROW, new Page.GetByRoleOptions().setName(title))).isVisible();
			screenshot(dashboard, "stab-oversikt.png");
			dashboard.navigate(platform.gatewayUrl() + "/stab/dekning?verksted=" + workshopId);
			assertThat(dashboard.locator("main")).containsText("kommuner er påmeldt");
			screenshot(dashboard, "stab-dekning.png");
		}
	}

	@Test
	void theOtherPublicPagesHaveNoAccessibilityViolationsAlsoWhenTheyShowErrors() {
		try (BrowserContext context = newContext()) {
			Page page = context.newPage();
			page.navigate(platform.gatewayUrl() + "/mistet-lenke");
			assertThat(Chromium.accessibilityViolations(page)).isEmpty();
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send meg en ny lenke")).click();
			assertThat(page.getByRole(AriaRole.ALERT)).containsText("Velg kommunen.");
			assertThat(Chromium.accessibilityViolations(page)).isEmpty();

			page.navigate(platform.gatewayUrl() + "/pilot");
			assertThat(Chromium.accessibilityViolations(page)).isEmpty();
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send søknaden")).click();
			assertThat(page.getByRole(AriaRole.ALERT)).isVisible();
			assertThat(Chromium.accessibilityViolations(page)).isEmpty();

			page.navigate(platform.gatewayUrl() + "/delegasjon/ukjent");
			assertThat(page.locator("h1")).hasText("Lenken virker ikke");
			assertThat(Chromium.accessibilityViolations(page)).isEmpty();

			page.navigate(platform.gatewayUrl() + "/logg-inn");
			assertThat(Chromium.accessibilityViolations(page)).isEmpty();
		}
	}

	private static BrowserContext newContext() {
		return chromium.browser()
			.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900).setLocale("nb-NO"));
	}

	private static void logIn(Page page) {
		page.navigate(platform.gatewayUrl() + "/logg-inn");
		page.getByLabel("Brukernavn").fill("stab");
		page.getByLabel("Passord").fill("kulturskole");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Logg inn")).click();
		assertThat(page).hasURL(platform.gatewayUrl() + "/stab");
	}

	/** The link notification-service wrote in the coordinator's e-mail. */
	private static String awaitManageLink(String coordinatorEmail) {
		return await().atMost(EVENTUALLY)
			.pollInterval(Duration.ofMillis(500))
			.until(() -> platform.mailbox()
				.messages()
				.stream()
				.filter((mail) -> mail.to().contains(coordinatorEmail))
				.map(RegistrationInTheBrowserEndToEndTests::manageLinkIn)
				.flatMap(Optional::stream)
				.findFirst(), Optional::isPresent)
			.orElseThrow();
	}

	private static Optional<String> manageLinkIn(CaughtMail mail) {
		for (String body : new String[] { mail.text(), mail.html() }) {
			if (body != null) {
				Matcher link = MANAGE_LINK.matcher(body.replace("&amp;", "&"));
				if (link.find()) {
					return Optional.of(link.group());
				}
			}
		}
		return Optional.empty();
	}

	private static void fillDelegate(Page page, int row, String name, String email, String roleTitle, String category) {
		page.locator("#participants-" + row + "-name").fill(name);
		page.locator("#participants-" + row + "-email").fill(email);
		page.locator("#participants-" + row + "-roleTitle").fill(roleTitle);
		page.locator("#participants-" + row + "-roleCategory").selectOption(category);
	}

	private static void submit(Page page) {
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send påmeldingen")).click();
	}

	private static void screenshot(Page page, String name) {
		try {
			Files.createDirectories(SCREENSHOTS);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name)).setFullPage(true));
	}

	private static void registerThroughTheApi(String workshopId, String municipalityNumber, String who) {
		HttpResponse<String> registered = send(HttpRequest
			.newBuilder(URI.create(platform.gatewayUrl() + "/api/public/workshops/" + workshopId + "/registrations"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(
					"""
							{"municipalityNumber": "%s",
							 "coordinator": {"name": "Per Olsen", "email": "%s-1@example.no"},
							 "participants": [
							   {"name": "Per Olsen", "email": "%s-1@example.no", "roleTitle": "Kulturskoleleder", "roleCategory": "KULTURSKOLE"},
							   {"name": "Lise Dahl", "email": "%s-2@example.no", "roleTitle": "Rektor", "roleCategory": "SCHOOL"},
							   {"name": "Tor Lie", "email": "%s-3@example.no", "roleTitle": "Bystyremedlem", "roleCategory": "POLITICIAN"}],
							 "language": "nb"}"""
						.formatted(municipalityNumber, who, who, who, who))));
		assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
		assertThat(registered.body()).contains("WAITLISTED");
	}

	private static String scheduleWorkshop(String title, int capacity) {
		LocalDate day = LocalDate.now().plusDays(40);
		HttpResponse<String> created = send(HttpRequest.newBuilder(URI.create(platform.gatewayUrl() + "/api/workshops"))
			.header("Authorization",
					"Basic " + Base64.getEncoder().encodeToString("stab:kulturskole".getBytes(StandardCharsets.UTF_8)))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("""
					{"title": "%s", "programme": "Fremtidens kulturskole",
					 "description": "Kulturskolen som ressurs for hele kommunen.",
					 "format": "VENUE", "venue": "Grieghallen, Bergen", "language": "nb",
					 "registrationDeadline": "%sT23:59", "minDelegationSize": 2, "maxDelegationSize": 6,
					 "outsideRoleRequired": true,
					 "sessions": [{"startsAt": "%sT09:00", "endsAt": "%sT15:30", "capacity": %d}]}
					""".formatted(title, day.minusDays(9), day, day, capacity))));
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		Matcher id = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"").matcher(created.body());
		assertThat(id.find()).isTrue();
		return id.group(1);
	}

	/**
	 * registration-service learns of a workshop from workshop.events. Asked directly (not
	 * through the gateway's rate limit) with a delegation that has no participants, it
	 * answers 404 until then and 400 after.
	 */
	private static void awaitRegistrationServiceKnows(String workshopId) {
		String probe = """
				{"municipalityNumber": "4601",
				 "coordinator": {"name": "Kari Nordmann", "email": "kari.nordmann@bergen.example.no"},
				 "participants": []}""";
		URI uri = URI.create(
				platform.urlOf(Application.REGISTRATION) + "/api/public/workshops/" + workshopId + "/registrations");
		await().atMost(EVENTUALLY)
			.pollInterval(Duration.ofMillis(250))
			.until(() -> send(HttpRequest.newBuilder(uri)
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(probe))).statusCode(), (status) -> status == 400);
	}

	private static HttpResponse<String> send(HttpRequest.Builder request) {
		try {
			return http.send(request.timeout(Duration.ofSeconds(10)).build(),
					HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
