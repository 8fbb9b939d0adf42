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

	@Test
	void aWorkshopsPageShowsItsSessionsConfirmedAndWaitlistedDelegationsAndCharts() {
		logIn("stab", "kulturskole");

		HttpResponse<String> page = this.browser.get("/stab/verksted/" + FakePlatform.WORKSHOP_ID);

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("data-live=\"" + FakePlatform.WORKSHOP_ID + "\"")
			.contains("Økt 1 (12. mars 10:00)")
			.contains("<th scope=\"row\">Bodø</th>")
			.contains("Venteby 1")
			.contains("<th scope=\"row\">Kulturskole</th>")
			.contains("class=\"chart chart-bars\"")
			.contains("Flytt ventelisten")
			// retention's instant is 10 June in Norwegian time, 9 June in UTC
			.contains("Personopplysninger slettes <span>10. juni 2026</span>")
			.contains("/stab/verksted/" + FakePlatform.WORKSHOP_ID + "/deltakere.csv")
			.contains("src=\"/js/stab.js\"");
	}

	@Test
	void staffAddAnOverflowSessionAndMoveTheWaitingListThere() {
		logIn("stab", "kulturskole");
		String workshop = "/stab/verksted/" + FakePlatform.WORKSHOP_ID;
		String token = csrfToken(this.browser.get(workshop).body());

		HttpResponse<String> added = this.browser.postForm(workshop + "/okter",
				fields("_csrf", token, "startsAt", "2026-03-12T13:00", "endsAt", "2026-03-12T15:30", "capacity", "30"));
		assertThat(added.statusCode()).isEqualTo(302);
		assertThat(this.browser.get(workshop).body()).contains("Økten er lagt til.");

		HttpResponse<String> moved = this.browser.postForm(workshop + "/venteliste",
				fields("_csrf", token, "sessionId", "s2"));
		assertThat(moved.statusCode()).isEqualTo(302);
		assertThat(this.browser.get(workshop).body()).contains("Ventelisten er flyttet til økten");

		assertThat(platform.staffCalls()).contains("POST /api/workshops/" + FakePlatform.WORKSHOP_ID
				+ "/sessions {\"startsAt\":\"2026-03-12T13:00\",\"endsAt\":\"2026-03-12T15:30\",\"capacity\":30}",
				"POST /api/registrations/waiting-list/moves {\"workshopId\":\"" + FakePlatform.WORKSHOP_ID
						+ "\",\"sessionId\":\"s2\"}");
	}

	@Test
	void staffSeeTheRegistrationConflictsOfAWorkshopAndResolveThemEitherWay() {
		logIn("stab", "kulturskole");
		String workshop = "/stab/verksted/" + FakePlatform.WORKSHOP_ID;
		String page = this.browser.get(workshop).body();
		assertThat(page).contains("Påmeldingskonflikter")
			.contains("id=\"konflikt-k-1\"")
			.contains("Per Olsen")
			.contains("per.olsen@bodo.kommune.no")
			.contains("kari@bodo.kommune.no")
			.contains("10.2.2026 kl. 10.15")
			.contains("value=\"HAND_OVER\"")
			.contains("value=\"KEEP_EXISTING\"");
		String token = csrfToken(page);

		HttpResponse<String> handedOver = this.browser.postForm(workshop + "/konflikter/k-1",
				fields("_csrf", token, "resolution", "HAND_OVER"));
		assertThat(handedOver.statusCode()).isEqualTo(302);
		assertThat(this.browser.get(workshop).body())
			.contains("Påmeldingen er overført. Den nye kontaktpersonen får en ny lenke på e-post")
			.contains("Overført til den som prøvde (stab, 11.2.2026 kl. 14.30)");
		HttpResponse<String> kept = this.browser.postForm(workshop + "/konflikter/k-2",
				fields("_csrf", token, "resolution", "KEEP_EXISTING"));
		assertThat(kept.statusCode()).isEqualTo(302);
		assertThat(this.browser.get(workshop).body()).contains("Konflikten er løst. Kontaktpersonen er beholdt.")
			.contains("Kontaktpersonen er beholdt (stab, 11.2.2026 kl. 14.30)")
			.doesNotContain("value=\"HAND_OVER\"");
		assertThat(platform.staffCalls()).contains(
				"POST /api/registrations/conflicts/k-1/resolution {\"resolution\":\"HAND_OVER\"}",
				"POST /api/registrations/conflicts/k-2/resolution {\"resolution\":\"KEEP_EXISTING\"}");

		// resolved already: the service's refusal comes back on the page
		this.browser.postForm(workshop + "/konflikter/k-1", fields("_csrf", token, "resolution", "KEEP_EXISTING"));
		assertThat(this.browser.get(workshop).body()).contains("Konflikten er allerede løst.");
	}

	@Test
	void aRefusedChangeComesBackWithTheServicesMessage() {
		logIn("stab", "kulturskole");
		String token = csrfToken(this.browser.get("/stab/verksted/" + FakePlatform.WORKSHOP_ID).body());

		this.browser.postForm("/stab/verksted/" + FakePlatform.WORKSHOP_ID + "/okter",
				fields("_csrf", token, "startsAt", "2026-03-12T13:00", "endsAt", "2026-03-12T15:30", "capacity", ""));

		assertThat(this.browser.get("/stab/verksted/" + FakePlatform.WORKSHOP_ID).body())
			.contains("Endringen ble ikke gjort")
			.contains("Kapasiteten må fylles ut.");
	}

	@Test
	void aNumberTheGatewayCannotReadIsRefusedByItsFieldAndNothingIsSent() {
		logIn("stab", "kulturskole");
		String workshop = "/stab/verksted/" + FakePlatform.WORKSHOP_ID;
		String token = csrfToken(this.browser.get(workshop).body());
		int before = platform.staffCalls().size();

		HttpResponse<String> refused = this.browser.postForm(workshop + "/okter/s1/kapasitet",
				fields("_csrf", token, "capacity", "tretti"));

		assertThat(refused.statusCode()).isEqualTo(302);
		assertThat(this.browser.get(workshop).body()).contains("Endringen ble ikke gjort")
			.contains("Skriv et helt tall.");
		assertThat(platform.staffCalls()).hasSize(before);
	}

	@Test
	void aStaffFormWithoutItsCsrfTokenIsRefusedAndNothingIsSent() {
		logIn("stab", "kulturskole");
		int before = platform.staffCalls().size();

		HttpResponse<String> forged = this.browser.postForm("/stab/verksted/" + FakePlatform.WORKSHOP_ID + "/avlys",
				fields("reason", "Forfalsket"));

		assertThat(forged.statusCode()).isEqualTo(403);
		assertThat(platform.staffCalls()).hasSize(before);
	}

	@Test
	void coverageShowsABarPerCountyAndTheMunicipalitiesNotYetRegistered() {
		logIn("stab", "kulturskole");

		HttpResponse<String> page = this.browser.get("/stab/dekning");

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("<th scope=\"row\">Nordland</th>")
			.contains("<td>50 %</td>")
			.contains("<li>Narvik</li>")
			.contains("<li>Kinn</li>");
	}

	@Test
	void thePilotBoardAndTheMailLogListWhatTheServicesHave() {
		logIn("stab", "kulturskole");

		assertThat(this.browser.get("/stab/pilot").body()).contains("Vi vil nå flere barn.")
			.contains("Velg Bodø")
			// registered for two workshops, present at one of them
			.containsPattern("<td>2</td>\\s*<td>1</td>")
			// the status in words, looked up by registration-api's enum
			.contains("<td>Til vurdering</td>");
		assertThat(this.browser.get("/stab/e-post").body())
			.contains("Påmelding mottatt: " + FakePlatform.WORKSHOP_TITLE)
			.contains("Sendt");
	}

	@Test
	void staffCloseThePilotSelectionOnlyAfterConfirmingAndThenSeeWhenTheApplicationsAreErased() {
		logIn("stab", "kulturskole");
		try {
			String open = this.browser.get("/stab/pilot").body();
			assertThat(open).contains("Avslutt utvelgelsen").contains("Velg Bodø").doesNotContain("id=\"sletting\"");

			HttpResponse<String> unconfirmed = this.browser.postForm("/stab/pilot/avslutt",
					fields("_csrf", csrfToken(open)));
			assertThat(unconfirmed.statusCode()).isEqualTo(302);
			String refused = this.browser.get("/stab/pilot").body();
			assertThat(refused).contains("Bekreft at utvelgelsen skal avsluttes.").contains("Velg Bodø");

			HttpResponse<String> closed = this.browser.postForm("/stab/pilot/avslutt",
					fields("_csrf", csrfToken(refused), "bekreft", "ja"));
			assertThat(closed.statusCode()).isEqualTo(302);
			assertThat(platform.staffCalls())
				.contains("POST /api/pilot-applications/selection/closure {\"confirm\":true}");
			assertThat(this.browser.get("/stab/pilot").body()).contains("Utvelgelsen er avsluttet.")
				.contains("Utvelgelsen ble avsluttet <span>2. mai 2027</span>")
				.contains("slettes <span>31. juli 2027</span>")
				.doesNotContain("Velg Bodø")
				.doesNotContain("Avslutt utvelgelsen");
		}
		finally {
			platform.reopenPilotSelection();
		}
	}

	@Test
	void onlyAnAdministratorMayRebuildTheReports() {
		logIn("stab", "kulturskole");
		assertThat(this.browser.get("/stab/admin").statusCode()).isEqualTo(403);

		BrowserLikeClient admin = BrowserLikeClient.signedIn(this.port, "admin", "kulturskole-admin");
		HttpResponse<String> page = admin.get("/stab/admin");
		assertThat(page.statusCode()).isEqualTo(200);

		HttpResponse<String> rebuilt = admin.postForm("/stab/admin/gjenoppbygg",
				fields("_csrf", csrfToken(page.body())));
		assertThat(rebuilt.statusCode()).isEqualTo(302);
		assertThat(platform.staffCalls()).anyMatch((call) -> call.startsWith("POST /api/reports/admin/rebuild"));
	}

	@Test
	void anAdministratorSeesTheDeadLettersOfEveryServiceAndReDrivesOne() {
		logIn("stab", "kulturskole");
		assertThat(this.browser.get("/stab/admin/doede-meldinger").statusCode()).isEqualTo(403);

		BrowserLikeClient admin = BrowserLikeClient.signedIn(this.port, "admin", "kulturskole-admin");
		HttpResponse<String> page = admin.get("/stab/admin/doede-meldinger");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("<h1>Døde meldinger</h1>")
			.contains("workshop-service")
			.contains("reporting-service")
			.contains("error.workshop.events.notification-service 0@7")
			.contains("IllegalArgumentException")
			.contains("Ukjent økt")
			.contains("hendelsen som kom")
			.contains("Send på nytt");

		HttpResponse<String> redriven = admin.postForm("/stab/admin/doede-meldinger/send-pa-nytt",
				fields("_csrf", csrfToken(page.body()), "tjeneste", "notification-service", "topic",
						"error.workshop.events.notification-service", "partisjon", "0", "offset", "7"));
		assertThat(redriven.statusCode()).isEqualTo(302);
		assertThat(platform.staffCalls()).anyMatch((call) -> call.startsWith(
				"POST /api/platform/admin/dead-letters/error.workshop.events.notification-service/0/7/redrive"));
		assertThat(admin.get("/stab/admin/doede-meldinger").body()).contains("Meldingen er sendt på nytt");
	}

	@Test
	void anAdministratorErasesAPersonByEmailAndFollowsEachService() {
		logIn("stab", "kulturskole");
		assertThat(this.browser.get("/stab/admin/personvern").statusCode()).isEqualTo(403);

		BrowserLikeClient admin = BrowserLikeClient.signedIn(this.port, "admin", "kulturskole-admin");
		HttpResponse<String> page = admin.get("/stab/admin/personvern");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("<h1>Sletting av personopplysninger</h1>").contains("<label for=\"epost\">");

		// both or neither: refused on the page, nothing asked of the service
		HttpResponse<String> both = admin.postForm("/stab/admin/personvern/sletting",
				fields("_csrf", csrfToken(page.body()), "epost", "kari@bodo.kommune.no", "delegasjon", "d-1"));
		assertThat(both.headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).endsWith("/stab/admin/personvern"));
		assertThat(admin.get("/stab/admin/personvern").body()).contains("Skriv enten en e-postadresse");
		assertThat(platform.staffCalls()).noneMatch((call) -> call.startsWith("POST /api/privacy/erasures"));

		HttpResponse<String> asked = admin.postForm("/stab/admin/personvern/sletting",
				fields("_csrf", csrfToken(page.body()), "epost", " kari@bodo.kommune.no "));
		assertThat(asked.statusCode()).isEqualTo(302);
		assertThat(platform.staffCalls()).contains("POST /api/privacy/erasures {\"email\":\"kari@bodo.kommune.no\"}");
		assertThat(asked.headers().firstValue("Location")).hasValueSatisfying((location) -> assertThat(location)
			.endsWith("/stab/admin/personvern/sletting/" + FakePlatform.ERASURE_ID));
		HttpResponse<String> status = admin.get("/stab/admin/personvern/sletting/" + FakePlatform.ERASURE_ID);
		assertThat(status.body()).contains("Slettingen er i gang.")
			.contains("Slettingen pågår")
			.contains("01.03.2026 11:00:02")
			.contains("Venter");

		HttpResponse<String> unknown = admin.postForm("/stab/admin/personvern/sletting",
				fields("_csrf", csrfToken(page.body()), "delegasjon", "ukjent"));
		assertThat(unknown.headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).endsWith("/stab/admin/personvern"));
		assertThat(admin.get("/stab/admin/personvern").body()).contains("Delegasjonen finnes ikke.");
	}

	@Test
	void aDraftIsEditedInFull() {
		logIn("stab", "kulturskole");

		HttpResponse<String> form = this.browser.get("/stab/verksted/" + FakePlatform.DRAFT_ID + "/endre");
		assertThat(form.statusCode()).isEqualTo(200);
		assertThat(form.body()).contains("value=\"Utkast til samling\"")
			.contains("value=\"2026-03-12T10:00\"")
			.contains("Lagre utkastet");
		HttpResponse<String> saved = this.browser.postForm("/stab/verksted/" + FakePlatform.DRAFT_ID + "/endre",
				fields("_csrf", csrfToken(form.body()), "title", "Ny tittel", "format", "VENUE", "venue", "Bodø",
						"registrationDeadline", "2026-03-01T23:59", "minDelegationSize", "2", "startsAt",
						"2026-03-12T10:00", "endsAt", "2026-03-12T15:00", "capacity", "50", "draft", "true"));

		assertThat(saved.statusCode()).isEqualTo(302);
		assertThat(platform.staffCalls()).anySatisfy((call) -> assertThat(call)
			.startsWith("PUT /api/workshops/" + FakePlatform.DRAFT_ID + " {\"title\":\"Ny tittel\"")
			.contains(
					"\"sessions\":[{\"startsAt\":\"2026-03-12T10:00\",\"endsAt\":\"2026-03-12T15:00\",\"capacity\":50}]")
			.contains("\"draft\":true"));
	}

	@Test
	void aPublishedWorkshopKeepsItsRulesButItsDetailsAreCorrectedAndARefusalNamesTheField() {
		logIn("stab", "kulturskole");
		String path = "/stab/verksted/" + FakePlatform.WORKSHOP_ID + "/endre";

		HttpResponse<String> form = this.browser.get(path);
		assertThat(form.statusCode()).isEqualTo(200);
		assertThat(form.body()).contains("Endre verkstedet")
			.contains("value=\"" + FakePlatform.WORKSHOP_TITLE + "\"")
			.contains("id=\"meetingUrl\"")
			.doesNotContain("id=\"minDelegationSize\"")
			.doesNotContain("id=\"registrationDeadline\"")
			.doesNotContain("id=\"draft\"");
		String details = "/stab/verksted/" + FakePlatform.WORKSHOP_ID + "/detaljer";
		HttpResponse<String> saved = this.browser.postForm(details, fields("_csrf", csrfToken(form.body()), "title",
				"Samling i Bodø – ny tittel", "format", "VENUE", "venue", "Stormen, Bodø", "minDelegationSize", "9"));

		assertThat(saved.statusCode()).isEqualTo(302);
		assertThat(platform.staffCalls()).contains("PATCH /api/workshops/" + FakePlatform.WORKSHOP_ID
				+ "/details {\"title\":\"Samling i Bodø – ny tittel\",\"description\":\"\",\"format\":\"VENUE\","
				+ "\"venue\":\"Stormen, Bodø\",\"meetingUrl\":\"\"}");

		HttpResponse<String> refused = this.browser.postForm(details,
				fields("_csrf", csrfToken(form.body()), "title", "", "format", "VENUE", "venue", "Stormen, Bodø"));
		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.body()).contains("Tittelen må fylles ut.")
			.contains("href=\"#title\"")
			.doesNotContain("id=\"minDelegationSize\"");
	}

	@Test
	void aSessionsCapacityIsChangedOnThePublishedWorkshop() {
		logIn("stab", "kulturskole");
		String token = csrfToken(this.browser.get("/stab/verksted/" + FakePlatform.WORKSHOP_ID).body());

		HttpResponse<String> changed = this.browser.postForm(
				"/stab/verksted/" + FakePlatform.WORKSHOP_ID + "/okter/s1/kapasitet",
				fields("_csrf", token, "capacity", "45"));

		assertThat(changed.statusCode()).isEqualTo(302);
		assertThat(platform.staffCalls())
			.contains("PATCH /api/workshops/" + FakePlatform.WORKSHOP_ID + "/sessions/s1 {\"capacity\":45}");
	}

	@Test
	void theMailLogOffersTheChosenWorkshopsDelegationsAndShowsOnlyTheChosenOnesMail() {
		logIn("stab", "kulturskole");
		String workshop = "/stab/e-post?verksted=" + FakePlatform.WORKSHOP_ID;

		HttpResponse<String> all = this.browser.get("/stab/e-post");
		HttpResponse<String> byWorkshop = this.browser.get(workshop);
		HttpResponse<String> byDelegation = this.browser.get(workshop + "&delegasjon=d-1");

		assertThat(all.body()).doesNotContain("id=\"delegasjon\"")
			.contains("Velg et verksted for å kunne filtrere på delegasjon.");
		assertThat(byWorkshop.body()).contains("<label for=\"delegasjon\">Delegasjon</label>")
			.contains("<option value=\"d-1\">Bodø</option>")
			.contains("<option value=\"w-1\">Venteby 1</option>")
			.contains("Påmelding mottatt: " + FakePlatform.WORKSHOP_TITLE)
			.contains("Venteliste: " + FakePlatform.WORKSHOP_TITLE);
		assertThat(byDelegation.statusCode()).isEqualTo(200);
		assertThat(byDelegation.body()).containsPattern("<option value=\"d-1\"\\s+selected=\"selected\">Bodø</option>")
			.contains("Påmelding mottatt: " + FakePlatform.WORKSHOP_TITLE)
			.doesNotContain("Venteliste: " + FakePlatform.WORKSHOP_TITLE);
	}

	@Test
	void aReminderSkippedBecauseItsMomentHadPassedIsShownAsSuchAndCanBeSentAgain() {
		logIn("stab", "kulturskole");

		HttpResponse<String> page = this.browser
			.get("/stab/e-post?verksted=" + FakePlatform.WORKSHOP_ID + "&delegasjon=d-1");

		assertThat(page.body()).contains("Påminnelse: " + FakePlatform.WORKSHOP_TITLE)
			.contains("Ikke sendt: for sent")
			// the resend button's accessible name
			.contains("«Påminnelse: " + FakePlatform.WORKSHOP_TITLE + "» til kari@bodo.kommune.no");
	}

	@Test
	void aDelegationThatIsNotTheChosenWorkshopsIsIgnoredRatherThanEmptyingTheLog() {
		logIn("stab", "kulturskole");

		HttpResponse<String> page = this.browser
			.get("/stab/e-post?verksted=" + FakePlatform.WORKSHOP_ID + "&delegasjon=fra-et-annet-verksted");

		assertThat(page.body()).contains("Påmelding mottatt: " + FakePlatform.WORKSHOP_TITLE)
			.contains("Venteliste: " + FakePlatform.WORKSHOP_TITLE)
			.contains("<option value=\"d-1\">Bodø</option>")
			.contains("<option value=\"w-1\">Venteby 1</option>");
	}

	@Test
	void staffSendAMailAgainThroughNotificationServiceAndComeBackToTheSameFilter() {
		logIn("stab", "kulturskole");
		String filtered = "/stab/e-post?verksted=" + FakePlatform.WORKSHOP_ID + "&delegasjon=d-1";
		HttpResponse<String> page = this.browser.get(filtered);
		assertThat(page.body()).contains("Send på nytt");

		HttpResponse<String> resent = this.browser.postForm("/stab/e-post/send-pa-nytt",
				fields("_csrf", csrfToken(page.body()), "id", FakePlatform.CONFIRMATION_MAIL_ID, "verksted",
						FakePlatform.WORKSHOP_ID, "delegasjon", "d-1"));

		assertThat(resent.statusCode()).isEqualTo(302);
		assertThat(resent.headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).endsWith(filtered));
		assertThat(platform.staffCalls()).contains(
				"POST /api/notifications/resend {\"notificationId\":\"" + FakePlatform.CONFIRMATION_MAIL_ID + "\"}");
		assertThat(this.browser.follow(resent).body()).contains("E-posten er sendt på nytt.");
	}

	@Test
	void aResendTheServiceRefusesComesBackWithItsMessage() {
		logIn("stab", "kulturskole");
		String token = csrfToken(this.browser.get("/stab/e-post").body());

		HttpResponse<String> refused = this.browser.postForm("/stab/e-post/send-pa-nytt",
				fields("_csrf", token, "id", "finnes-ikke"));

		assertThat(refused.statusCode()).isEqualTo(302);
		assertThat(this.browser.follow(refused).body()).contains("Endringen ble ikke gjort")
			.contains("Det finnes ingen e-post med denne id-en i loggen.");
	}

	@Test
	void aResendWithoutItsCsrfTokenIsRefusedAndNothingIsSent() {
		logIn("stab", "kulturskole");
		int before = platform.staffCalls().size();

		HttpResponse<String> forged = this.browser.postForm("/stab/e-post/send-pa-nytt",
				fields("id", FakePlatform.CONFIRMATION_MAIL_ID));

		assertThat(forged.statusCode()).isEqualTo(403);
		assertThat(platform.staffCalls()).hasSize(before);
	}

	private HttpResponse<String> logIn(String username, String password) {
		String token = csrfToken(this.browser.get("/logg-inn").body());
		return this.browser.postForm("/logg-inn", fields("_csrf", token, "username", username, "password", password));
	}

}
