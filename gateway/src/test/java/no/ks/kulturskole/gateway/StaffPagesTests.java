package no.ks.kulturskole.gateway;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static no.ks.kulturskole.gateway.BrowserLikeClient.csrfToken;
import static no.ks.kulturskole.gateway.BrowserLikeClient.fields;
import static org.assertj.core.api.Assertions.assertThat;

/** The staff login page and dashboard, against a fake platform. */
class StaffPagesTests extends PagesTestBase {

	@LocalServerPort
	int port;

	BrowserLikeClient browser;

	@BeforeEach
	void browser() {
		this.browser = new BrowserLikeClient(this.port);
	}

	@Test
	void anonymousVisitorsToTheDashboardAreSentToTheLoginPage() {
		HttpResponse<String> response = this.browser.get("/stab");

		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(response.headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).endsWith("/logg-inn"));
	}

	@Test
	void staffLogInWithTheFormAndSeeTheWorkshopsWithTheirNumbers() {
		HttpResponse<String> login = logIn("stab", "kulturskole");

		assertThat(login.statusCode()).isEqualTo(302);
		assertThat(login.headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).endsWith("/stab"));
		HttpResponse<String> dashboard = this.browser.get("/stab");
		assertThat(dashboard.statusCode()).isEqualTo(200);
		assertThat(dashboard.body()).contains(FakePlatform.WORKSHOP_TITLE)
			.contains("Planlagt")
			.contains("<td class=\"number\">23</td>")
			.contains("12. mars 2026 10:00");
	}

	@Test
	void aWrongPasswordLeadsBackToTheLoginPageWithAMessage() {
		HttpResponse<String> login = logIn("stab", "feil-passord");

		assertThat(login.headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).endsWith("/logg-inn?error"));
		assertThat(this.browser.get("/logg-inn?error").body()).contains("Brukernavnet eller passordet er feil.");
		assertThat(this.browser.get("/stab").statusCode()).isEqualTo(302);
	}

	@Test
	void anAccountWithoutTheStaffRoleIsRefusedTheDashboard() {
		logIn("kommune", "uten-stab-rolle");

		assertThat(this.browser.get("/stab").statusCode()).isEqualTo(403);
	}

	@Test
	void theLoginFormRefusesAPostWithoutTheCsrfToken() {
		this.browser.get("/logg-inn");

		HttpResponse<String> login = this.browser.postForm("/logg-inn",
				fields("username", "stab", "password", "kulturskole"));

		assertThat(login.statusCode()).isEqualTo(403);
		assertThat(this.browser.get("/stab").statusCode()).isEqualTo(302);
	}

	@Test
	void staffMayStillUseHttpBasicOnTheApi() {
		HttpResponse<String> response = new Gateway(this.port).send(new Gateway(this.port).request("/api/workshops")
			.header("Authorization", Gateway.basic("stab", "kulturskole"))
			.GET());

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains(FakePlatform.WORKSHOP_ID);
	}

	private HttpResponse<String> logIn(String username, String password) {
		String token = csrfToken(this.browser.get("/logg-inn").body());
		return this.browser.postForm("/logg-inn", fields("_csrf", token, "username", username, "password", password));
	}

}
