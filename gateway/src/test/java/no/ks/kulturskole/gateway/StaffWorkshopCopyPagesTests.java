package no.ks.kulturskole.gateway;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static no.ks.kulturskole.gateway.BrowserLikeClient.csrfToken;
import static no.ks.kulturskole.gateway.BrowserLikeClient.fields;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The workshop page's copy form (issue 17): staff copy a workshop moved in time and land
 * on the new draft; a refusal comes back to the workshop with the service's message. Also
 * the page's form for who may register (issue 17: invite-only gatherings).
 */
class StaffWorkshopCopyPagesTests extends PagesTestBase {

	private static final String WORKSHOP = "/stab/verksted/" + FakePlatform.WORKSHOP_ID;

	@LocalServerPort
	int port;

	BrowserLikeClient browser;

	@BeforeEach
	void logIn() {
		this.browser = BrowserLikeClient.signedIn(this.port, "stab", "kulturskole");
	}

	@Test
	void theWorkshopPageOffersTheCopyFormWithLabelledFields() {
		String page = this.browser.get(WORKSHOP).body();

		assertThat(page).contains("Kopier verkstedet som et nytt utkast")
			.contains("action=\"" + WORKSHOP + "/kopier\"")
			.contains("<label for=\"kopier-dager\">")
			.contains("id=\"kopier-dager\" name=\"shiftDays\"")
			.contains("<label for=\"kopier-start\">")
			.contains("name=\"firstSessionStart\" type=\"datetime-local\"");
	}

	@Test
	void staffCopyAWorkshopFiveWeeksLaterAndLandOnTheNewDraft() {
		String token = csrfToken(this.browser.get(WORKSHOP).body());

		HttpResponse<String> copied = this.browser.postForm(WORKSHOP + "/kopier",
				fields("_csrf", token, "shiftDays", "35", "firstSessionStart", ""));

		assertThat(copied.statusCode()).isEqualTo(302);
		assertThat(copied.headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).endsWith("/stab/verksted/" + FakePlatform.COPY_ID));
		assertThat(platform.staffCalls())
			.contains("POST /api/workshops/" + FakePlatform.WORKSHOP_ID + "/copy {\"shiftDays\":35}");
	}

	@Test
	void staffCopyAWorkshopToANewFirstSession() {
		String token = csrfToken(this.browser.get(WORKSHOP).body());

		HttpResponse<String> copied = this.browser.postForm(WORKSHOP + "/kopier",
				fields("_csrf", token, "shiftDays", "", "firstSessionStart", "2026-09-16T10:00"));

		assertThat(copied.headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).endsWith("/stab/verksted/" + FakePlatform.COPY_ID));
		assertThat(platform.staffCalls()).contains("POST /api/workshops/" + FakePlatform.WORKSHOP_ID
				+ "/copy {\"firstSessionStart\":\"2026-09-16T10:00\"}");
	}

	@Test
	void aRefusedCopyComesBackToTheWorkshopWithTheServicesMessage() {
		String token = csrfToken(this.browser.get(WORKSHOP).body());

		HttpResponse<String> refused = this.browser.postForm(WORKSHOP + "/kopier",
				fields("_csrf", token, "shiftDays", "-400"));

		assertThat(refused.headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).endsWith(WORKSHOP));
		assertThat(this.browser.get(WORKSHOP).body()).contains("Endringen ble ikke gjort:")
			.contains("Kopien ville fått en påmeldingsfrist som er passert.");
	}

	@Test
	void staffLimitAWorkshopToListedOrganisationsFromItsPage() {
		String page = this.browser.get(WORKSHOP).body();
		assertThat(page).contains("Hvem kan melde seg på")
			.contains("action=\"" + WORKSHOP + "/inviterte\"")
			.contains("<label for=\"inviterte-liste\">")
			.contains("<label for=\"inviterte-numre\">");

		HttpResponse<String> saved = this.browser.postForm(WORKSHOP + "/inviterte",
				fields("_csrf", csrfToken(page), "scope", "LISTED", "organisationNumbers", "1804, 4601 46"));

		assertThat(saved.statusCode()).isEqualTo(302);
		assertThat(saved.headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).endsWith(WORKSHOP + "#inviterte"));
		assertThat(platform.staffCalls()).contains("PUT /api/workshops/" + FakePlatform.WORKSHOP_ID
				+ "/invitations {\"scope\":\"LISTED\",\"organisationNumbers\":[\"1804\",\"4601\",\"46\"]}");
	}

	@Test
	void theCopyFormNeedsTheCsrfToken() {
		int callsBefore = platform.staffCalls().size();

		HttpResponse<String> copied = this.browser.postForm(WORKSHOP + "/kopier", fields("shiftDays", "7"));

		assertThat(copied.statusCode()).isEqualTo(403);
		assertThat(platform.staffCalls().subList(callsBefore, platform.staffCalls().size()))
			.noneMatch((call) -> call.contains("/copy"));
	}

}
