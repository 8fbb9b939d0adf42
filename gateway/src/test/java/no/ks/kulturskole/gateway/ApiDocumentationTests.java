package no.ks.kulturskole.gateway;

import no.ks.kulturskole.testsupport.Chromium;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.web.server.LocalServerPort;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The four services' OpenAPI documents in one Swagger UI on the gateway, open to anyone
 * and read-only.
 */
class ApiDocumentationTests extends PagesTestBase {

	static final List<String> DOCUMENTS = List.of("/docs/workshop/v3/api-docs", "/docs/registration/v3/api-docs",
			"/docs/notification/v3/api-docs", "/docs/reporting/v3/api-docs");

	@LocalServerPort
	int port;

	@Test
	void theSwaggerUiIsOpenToAnonymousVisitors() {
		BrowserLikeClient anonymous = new BrowserLikeClient(this.port);

		HttpResponse<String> start = anonymous.get("/docs/swagger-ui.html");
		HttpResponse<String> page = anonymous.follow(start);

		assertThat(start.statusCode()).isEqualTo(302);
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("swagger-ui-bundle.js");
	}

	@Test
	void itsConfigurationListsTheFourServicesDocumentsAndOffersNoTryingOut() {
		HttpResponse<String> response = new Gateway(this.port).get("/docs/v3/api-docs/swagger-config");

		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode config = JsonMapper.builder().build().readTree(response.body());
		assertThat(config.get("urls").valueStream().map((url) -> url.get("name").asString())).containsExactlyInAnyOrder(
				"workshop-service", "registration-service", "notification-service", "reporting-service");
		assertThat(config.get("urls").valueStream().map((url) -> url.get("url").asString()))
			.containsExactlyInAnyOrderElementsOf(DOCUMENTS);
		assertThat(config.get("supportedSubmitMethods").isEmpty()).isTrue();
	}

	@Test
	void everyListedDocumentIsTheServicesOwnThroughTheGateway() {
		Gateway gateway = new Gateway(this.port);

		for (String document : DOCUMENTS) {
			HttpResponse<String> response = gateway.get(document);
			assertThat(response.statusCode()).as(document).isEqualTo(200);
			assertThat(response.body()).as(document).contains("\"openapi\":\"3.1.0\"").contains("Falsk tjeneste");
		}
	}

	@Test
	void inTheBrowserTheUiOffersTheFourDocumentsUnderTheProductionCsp() {
		List<String> consoleErrors = new CopyOnWriteArrayList<>();
		try (Chromium chromium = Chromium.launch()) {
			BrowserContext context = chromium.browser().newContext();
			Page page = context.newPage();
			page.onConsoleMessage((message) -> {
				if ("error".equals(message.type())) {
					consoleErrors.add(message.text());
				}
			});

			page.navigate("http://localhost:" + this.port + "/docs/swagger-ui.html");

			Locator definitions = page.locator("select#select");
			assertThat(definitions).isVisible();
			assertThat(definitions.locator("option")).hasCount(4);
			assertThat(page.getByText("Åpne verksted")).isVisible();
			assertThat(page.getByText("Try it out")).hasCount(0);
			context.close();
		}
		assertThat(consoleErrors).isEmpty();
	}

}
