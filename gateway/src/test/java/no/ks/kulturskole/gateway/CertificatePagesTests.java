package no.ks.kulturskole.gateway;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The participation confirmation (issue 16) through the gateway: the manage page links
 * one per attendee and none for the absentees, the coordinator downloads it with the
 * secret the session holds, the attendee with their own link, and staff look its code up.
 */
class CertificatePagesTests extends PagesTestBase {

	@LocalServerPort
	int port;

	@Test
	void theManagePageLinksAConfirmationForEachAttendeeOnlyAndTheCoordinatorDownloadsIt() {
		BrowserLikeClient browser = new BrowserLikeClient(this.port);
		browser.get("/delegasjon/d-15?nokkel=" + FakePlatform.MANAGE_SECRET);

		String page = browser.get("/delegasjon/d-15").body();
		HttpResponse<String> pdf = browser.get("/delegasjon/d-15/deltakerbevis/p-1");
		HttpResponse<String> absentee = browser.get("/delegasjon/d-15/deltakerbevis/p-2");
		HttpResponse<String> stranger = new BrowserLikeClient(this.port).get("/delegasjon/d-15/deltakerbevis/p-1");

		assertThat(page).contains("<h2 id=\"deltakerbevis-tittel\">Deltakerbevis</h2>")
			.contains("href=\"/delegasjon/d-15/deltakerbevis/p-1\">Last ned deltakerbevis for Ola Nordmann</a>")
			.doesNotContain("/delegasjon/d-15/deltakerbevis/p-2")
			.doesNotContain("Last ned deltakerbevis for Siri Hansen");
		assertThat(pdf.statusCode()).isEqualTo(200);
		assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
		assertThat(pdf.headers().firstValue("Content-Disposition"))
			.hasValue("inline; filename=\"deltakerbevis-" + FakePlatform.CERTIFICATE_CODE + ".pdf\"");
		assertThat(pdf.headers().firstValue("Cache-Control"))
			.hasValueSatisfying((value) -> assertThat(value).contains("no-store"));
		assertThat(pdf.body()).isEqualTo(FakePlatform.CERTIFICATE_PDF);
		assertThat(platform.manageCalls()).anySatisfy((call) -> assertThat(call).startsWith(
				"GET /api/public/registrations/d-15/participants/p-1/certificate " + FakePlatform.MANAGE_SECRET));
		for (HttpResponse<String> refused : java.util.List.of(absentee, stranger)) {
			assertThat(refused.statusCode()).isEqualTo(303);
			assertThat(refused.headers().firstValue("Location"))
				.hasValueSatisfying((location) -> assertThat(location).endsWith("/delegasjon/d-15"));
			assertThat(refused.body()).doesNotContain("%PDF");
		}
	}

	@Test
	void theAttendeesOwnLinkGivesThePdfAndAnyOtherLinkANotFoundPageInTheVisitorsLanguage() {
		BrowserLikeClient browser = new BrowserLikeClient(this.port);

		HttpResponse<String> pdf = browser.get("/deltakerbevis/" + FakePlatform.CERTIFICATE_TOKEN);
		HttpResponse<String> wrong = browser.get("/deltakerbevis/d-11.p-1.forfalsket");
		HttpResponse<String> inEnglish = browser.get("/deltakerbevis/d-11.p-1.forfalsket?sprak=en");

		assertThat(pdf.statusCode()).isEqualTo(200);
		assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
		assertThat(pdf.body()).isEqualTo(FakePlatform.CERTIFICATE_PDF);
		assertThat(platform.manageCalls()).anySatisfy((call) -> assertThat(call)
			.startsWith("GET /api/public/certificates/" + FakePlatform.CERTIFICATE_TOKEN));
		assertThat(wrong.statusCode()).isEqualTo(404);
		assertThat(wrong.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("text/html"));
		assertThat(wrong.body()).contains("Vi fant ikke noe deltakerbevis for denne lenken.").doesNotContain("%PDF");
		assertThat(inEnglish.statusCode()).isEqualTo(404);
		assertThat(inEnglish.body()).contains("We found no certificate of participation for this link.");
	}

	@Test
	void staffLookUpACodeAndSeeWhoseItIsOrThatItsHolderWasErased() {
		BrowserLikeClient staff = BrowserLikeClient.signedIn(this.port, "stab", "kulturskole");

		String form = staff.get("/stab/deltakerbevis").body();
		String valid = staff.get("/stab/deltakerbevis?kode=" + FakePlatform.CERTIFICATE_CODE).body();
		String erased = staff.get("/stab/deltakerbevis?kode=" + FakePlatform.ERASED_CERTIFICATE_CODE).body();
		HttpResponse<String> unknown = staff.get("/stab/deltakerbevis?kode=KS-ZZZZZ-ZZZZZ");
		HttpResponse<String> malformed = staff.get("/stab/deltakerbevis?kode=KS-12");

		assertThat(form).contains("<label for=\"kode\">Verifiseringskode</label>")
			.contains("href=\"/stab/deltakerbevis\">Deltakerbevis</a>");
		assertThat(valid).contains("Beviset er ekte.")
			.contains("Ola Nordmann")
			.contains("Bodø")
			.contains(FakePlatform.WORKSHOP_TITLE)
			.contains("12. mars 2026 kl. 10.00–12.30")
			.contains("2 t 30 min");
		assertThat(erased).contains("opplysningene om innehaveren ble slettet 20. juni 2026")
			.doesNotContain("Ola Nordmann")
			.doesNotContain("Beviset er ekte.");
		assertThat(unknown.statusCode()).isEqualTo(404);
		assertThat(unknown.body()).contains("Ingen deltakerbevis har koden KS-ZZZZZ-ZZZZZ.");
		assertThat(malformed.statusCode()).isEqualTo(400);
		assertThat(malformed.body()).contains("Det er ikke en verifiseringskode.");
	}

}
