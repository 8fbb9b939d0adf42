package no.ks.kulturskole.gateway;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static no.ks.kulturskole.gateway.BrowserLikeClient.csrfToken;
import static no.ks.kulturskole.gateway.BrowserLikeClient.fields;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The manage page reached from the e-mail's link, the lost-link page and the pilot
 * application, as a browser without JavaScript gets them, against a fake platform.
 */
class ManagePagesTests extends PagesTestBase {

	@LocalServerPort
	int port;

	BrowserLikeClient browser;

	@BeforeEach
	void browser() {
		this.browser = new BrowserLikeClient(this.port);
	}

	/** Follows the e-mail's link and the redirect, as a browser does. */
	HttpResponse<String> openLink(String delegationId) {
		HttpResponse<String> link = this.browser
			.get("/delegasjon/" + delegationId + "?nokkel=" + FakePlatform.MANAGE_SECRET);
		assertThat(link.statusCode()).isEqualTo(302);
		assertThat(link.headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).endsWith("/delegasjon/" + delegationId));
		return this.browser.get("/delegasjon/" + delegationId);
	}

	@Test
	void theLinkFromTheMailMovesTheSecretOutOfTheAddressBarAndShowsTheDelegation() {
		HttpResponse<String> page = openLink("d-11");

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("Påmeldingen fra Bodø")
			.contains("Har fått plass")
			.contains("value=\"Ola Nordmann\"")
			.contains("value=\"p-2\"")
			.contains("Hva er kulturskolens rolle i kommunen i dag?")
			.doesNotContain(FakePlatform.MANAGE_SECRET);
		assertThat(platform.manageCalls()).anySatisfy((call) -> assertThat(call)
			.startsWith("GET /api/public/registrations/d-11 " + FakePlatform.MANAGE_SECRET));
	}

	@Test
	void theCoordinatorDownloadsTheDelegationsDataFromTheManagePageAndNobodyWithoutTheLinkDoes() {
		HttpResponse<String> page = openLink("d-14");
		assertThat(page.body()).contains("href=\"/delegasjon/d-14/data\" download")
			.contains("<a href=\"/personvern\">Slik behandler vi personopplysninger</a>");

		HttpResponse<String> file = this.browser.get("/delegasjon/d-14/data");

		assertThat(file.statusCode()).isEqualTo(200);
		assertThat(file.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/json"));
		assertThat(file.headers().firstValue("Content-Disposition"))
			.hasValue("attachment; filename=\"delegasjon-d-14.json\"");
		assertThat(file.headers().firstValue("Cache-Control"))
			.hasValueSatisfying((value) -> assertThat(value).contains("no-store"));
		assertThat(file.body()).contains("\"delegationId\":\"d-14\"").contains("ola@bodo.kommune.no");
		assertThat(platform.manageCalls()).anySatisfy((call) -> assertThat(call)
			.startsWith("GET /api/public/registrations/d-14/data " + FakePlatform.MANAGE_SECRET));

		HttpResponse<String> stranger = new BrowserLikeClient(this.port).get("/delegasjon/d-14/data");
		assertThat(stranger.statusCode()).isEqualTo(303);
		assertThat(stranger.headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).endsWith("/delegasjon/d-14"));
		assertThat(stranger.body()).doesNotContain("ola@bodo.kommune.no");
	}

	@Test
	void withoutTheLinkOrWithAWrongSecretThePageOffersANewLinkAndShowsNothingOfTheDelegation() {
		HttpResponse<String> withoutLink = this.browser.get("/delegasjon/d-12");
		this.browser.get("/delegasjon/d-12?nokkel=feil-hemmelighet");
		HttpResponse<String> wrongSecret = this.browser.get("/delegasjon/d-12");

		for (HttpResponse<String> page : java.util.List.of(withoutLink, wrongSecret)) {
			assertThat(page.statusCode()).isEqualTo(404);
			assertThat(page.body()).contains("Lenken virker ikke")
				.contains("href=\"/mistet-lenke\"")
				.doesNotContain("Ola Nordmann");
		}
	}

	@Test
	void theCoordinatorReplacesOneDelegateRemovesAnotherAndAddsANewOne() {
		HttpResponse<String> page = openLink("d-13");

		HttpResponse<String> saved = this.browser.postForm("/delegasjon/d-13/deltakere",
				fields("_csrf", csrfToken(page.body()), "participants[0].participantId", "p-1", "participants[0].name",
						"Per Olsen", "participants[0].email", "per@bodo.kommune.no", "participants[0].roleTitle",
						"Rektor", "participants[0].roleCategory", "SCHOOL", "participants[1].participantId", "p-2",
						"participants[1].name", "Siri Hansen", "participants[1].email", "siri@bodo.kommune.no",
						"participants[1].roleTitle", "Rådgiver", "participants[1].roleCategory", "MUNICIPAL_LEADER",
						"participants[1].remove", "true", "participants[2].participantId", "", "participants[2].name",
						"Nora Berg", "participants[2].email", "nora@korps.no", "participants[2].roleTitle",
						"Korpsleder", "participants[2].roleCategory", "VOLUNTARY_SECTOR", "participants[3].name", ""));

		assertThat(saved.statusCode()).isEqualTo(302);
		assertThat(platform.manageCalls()).filteredOn((call) -> call.startsWith("PUT /api/public/registrations/d-13 "))
			.singleElement()
			.satisfies((call) -> assertThat(call).contains(
					"{\"participants\":[{\"participantId\":\"p-1\",\"name\":\"Per Olsen\",\"email\":\"per@bodo.kommune.no\"")
				.contains("{\"participantId\":null,\"name\":\"Nora Berg\"")
				.doesNotContain("Siri"));
		assertThat(this.browser.get("/delegasjon/d-13").body()).contains("Endringene er lagret.");
	}

	@Test
	void aRefusedChangeShowsTheServicesMessageNextToTheFieldOfTheRowItBelongsTo() {
		HttpResponse<String> page = openLink("d-14");

		// the first row is removed, so the service's participants[1] is the form's third
		// row
		HttpResponse<String> refused = this.browser.postForm("/delegasjon/d-14/deltakere",
				fields("_csrf", csrfToken(page.body()), "participants[0].participantId", "p-1", "participants[0].name",
						"Ola Nordmann", "participants[0].email", "ola@bodo.kommune.no", "participants[0].roleTitle",
						"Rektor", "participants[0].roleCategory", "SCHOOL", "participants[0].remove", "true",
						"participants[1].participantId", "p-2", "participants[1].name", "Siri Hansen",
						"participants[1].email", "siri@bodo.kommune.no", "participants[1].roleTitle", "Rådgiver",
						"participants[1].roleCategory", "MUNICIPAL_LEADER", "participants[2].name", "Nora Berg",
						"participants[2].email", "feil", "participants[2].roleTitle", "Korpsleder",
						"participants[2].roleCategory", "VOLUNTARY_SECTOR"));

		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.body()).contains("<title>Feil i skjemaet: Påmeldingen")
			.contains("href=\"#participants-2-email\"")
			.contains("id=\"participants-2-email-feil\"")
			.containsPattern("id=\"participants-2-email\"[^>]*aria-invalid=\"true\"")
			.contains("value=\"feil\"");
	}

	/**
	 * The list is registration-api's record, whose role category is the contract's: a
	 * value it does not know is refused at the row's field, and nothing is sent.
	 */
	@Test
	void aRoleCategoryTheContractDoesNotKnowIsRefusedAtItsRowAndNothingIsSent() {
		HttpResponse<String> page = openLink("d-16");

		HttpResponse<String> refused = this.browser.postForm("/delegasjon/d-16/deltakere",
				fields("_csrf", csrfToken(page.body()), "participants[0].participantId", "p-1", "participants[0].name",
						"Ola Nordmann", "participants[0].email", "ola@bodo.kommune.no", "participants[0].roleTitle",
						"Rektor", "participants[0].roleCategory", "SCHOOL", "participants[1].name", "Nora Berg",
						"participants[1].email", "nora@korps.no", "participants[1].roleTitle", "Korpsleder",
						"participants[1].roleCategory", "ROCK_STAR"));

		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.body()).contains("href=\"#participants-1-roleCategory\"")
			.containsPattern("id=\"participants-1-roleCategory\"[^>]*aria-invalid=\"true\"");
		assertThat(platform.manageCalls()).noneMatch((call) -> call.startsWith("PUT /api/public/registrations/d-16 "));
	}

	@Test
	void cancellingNeedsTheConfirmationBoxAndThenCancelsTheWholeDelegation() {
		HttpResponse<String> page = openLink("d-15");

		HttpResponse<String> unconfirmed = this.browser.postForm("/delegasjon/d-15/avmelding",
				fields("_csrf", csrfToken(page.body())));
		assertThat(unconfirmed.statusCode()).isEqualTo(400);
		assertThat(unconfirmed.body()).contains("Kryss av for å bekrefte");
		assertThat(platform.manageCalls())
			.noneMatch((call) -> call.startsWith("DELETE /api/public/registrations/d-15"));

		HttpResponse<String> cancelled = this.browser.postForm("/delegasjon/d-15/avmelding",
				fields("_csrf", csrfToken(page.body()), "bekreft", "ja"));
		assertThat(cancelled.statusCode()).isEqualTo(302);
		assertThat(platform.manageCalls()).anyMatch((call) -> call.startsWith("DELETE /api/public/registrations/d-15"));
		assertThat(this.browser.get("/delegasjon/d-15").body()).contains("Meldt av").doesNotContain("Lagre endringene");
	}

	@Test
	void onceTheWorkshopIsOverTheCoordinatorHasTheDelegationsPersonalDataErased() {
		HttpResponse<String> running = openLink("d-19");
		assertThat(running.body()).doesNotContain("bekreft-sletting");

		HttpResponse<String> page = openLink(FakePlatform.ERASABLE_DELEGATION);
		assertThat(page.body()).contains("Slett opplysningene om delegasjonen").contains("for=\"bekreft-sletting\"");
		String path = "/delegasjon/" + FakePlatform.ERASABLE_DELEGATION + "/sletting";

		HttpResponse<String> unconfirmed = this.browser.postForm(path, fields("_csrf", csrfToken(page.body())));
		assertThat(unconfirmed.statusCode()).isEqualTo(400);
		assertThat(unconfirmed.body()).contains("Kryss av for å bekrefte at opplysningene skal slettes");
		assertThat(platform.manageCalls()).noneMatch((call) -> call
			.startsWith("POST /api/public/registrations/" + FakePlatform.ERASABLE_DELEGATION + "/erasure"));

		HttpResponse<String> erased = this.browser.postForm(path,
				fields("_csrf", csrfToken(page.body()), "bekreft-sletting", "ja"));
		assertThat(erased.statusCode()).isEqualTo(302);
		assertThat(platform.manageCalls()).anyMatch((call) -> call
			.startsWith("POST /api/public/registrations/" + FakePlatform.ERASABLE_DELEGATION + "/erasure hemmelig"));
		assertThat(this.browser.get("/delegasjon/" + FakePlatform.ERASABLE_DELEGATION).body())
			.contains("Opplysningene om delegasjonen er slettet.")
			.contains("slettet");

		// a workshop still on: the service's refusal is shown at the box
		HttpResponse<String> refused = this.browser.postForm("/delegasjon/d-19/sletting",
				fields("_csrf", csrfToken(running.body()), "bekreft-sletting", "ja"));
		assertThat(refused.statusCode()).isEqualTo(409);
		assertThat(refused.body()).contains("når verkstedet er gjennomført eller avlyst");
	}

	@Test
	void reflectionAnswersAreSentWithTheirQuestions() {
		HttpResponse<String> page = openLink("d-16");

		HttpResponse<String> sent = this.browser.postForm("/delegasjon/d-16/refleksjon",
				fields("_csrf", csrfToken(page.body()), "svar", "Et tilbud for de få."));

		assertThat(sent.statusCode()).isEqualTo(302);
		assertThat(platform.manageCalls())
			.filteredOn((call) -> call.startsWith("PUT /api/public/registrations/d-16/reflection "))
			.singleElement()
			.satisfies((call) -> assertThat(call).contains(
					"{\"answers\":[{\"question\":\"Hva er kulturskolens rolle i kommunen i dag?\",\"answer\":\"Et tilbud for de få.\"}]}"));
	}

	@Test
	void aFormWithoutItsCsrfTokenIsRefusedAndNothingIsSent() {
		openLink("d-17");

		HttpResponse<String> forged = this.browser.postForm("/delegasjon/d-17/avmelding", fields("bekreft", "ja"));

		assertThat(forged.statusCode()).isEqualTo(403);
		assertThat(platform.manageCalls())
			.noneMatch((call) -> call.startsWith("DELETE /api/public/registrations/d-17"));
	}

	@Test
	void theLostLinkPageAnswersTheSameWhateverTheServiceFoundAndChecksTheAddressFirst() {
		HttpResponse<String> page = this.browser.get("/mistet-lenke");
		assertThat(page.body()).contains("<label for=\"email\">Kontaktpersonens e-post</label>")
			.contains(FakePlatform.WORKSHOP_TITLE);

		HttpResponse<String> invalid = this.browser.postForm("/mistet-lenke", fields("_csrf", csrfToken(page.body()),
				"workshopId", FakePlatform.WORKSHOP_ID, "organisationNumber", "1804", "email", "ikke-en-adresse"));
		assertThat(invalid.statusCode()).isEqualTo(400);
		assertThat(invalid.body()).contains("href=\"#email\"")
			.containsPattern("id=\"email\"[^>]*aria-invalid=\"true\"");

		HttpResponse<String> sent = this.browser.postForm("/mistet-lenke", fields("_csrf", csrfToken(page.body()),
				"workshopId", FakePlatform.WORKSHOP_ID, "organisationNumber", "1804", "email", "kari@bodo.kommune.no"));
		assertThat(sent.statusCode()).isEqualTo(200);
		assertThat(sent.body()).contains("Sjekk e-posten");
		assertThat(platform.manageCalls()).contains("POST /api/public/workshops/" + FakePlatform.WORKSHOP_ID
				+ "/manage-link-requests - {\"organisationNumber\":\"1804\",\"email\":\"kari@bodo.kommune.no\"}");
	}

	@Test
	void aPilotApplicationWithoutMotivationIsShownAgainWithTheErrorAndThenAccepted() {
		HttpResponse<String> page = this.browser.get("/pilot");
		String token = csrfToken(page.body());

		HttpResponse<String> refused = this.browser.postForm("/pilot", fields("_csrf", token, "municipalityNumber",
				"1804", "contact.name", "Kari Nordmann", "contact.email", "kari@bodo.kommune.no", "motivation", ""));
		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.body()).contains("href=\"#motivation\"")
			.contains("Motivasjon må fylles ut.")
			.contains("value=\"Kari Nordmann\"");

		HttpResponse<String> accepted = this.browser.postForm("/pilot",
				fields("_csrf", token, "municipalityNumber", "1804", "contact.name", "Kari Nordmann", "contact.email",
						"kari@bodo.kommune.no", "motivation", "Vi vil nå flere barn.", "inGuidanceScheme", "true"));
		assertThat(accepted.statusCode()).isEqualTo(302);
		assertThat(this.browser.get("/pilot/kvittering").body()).contains("Søknaden er mottatt").contains("Bodø");
	}

}
