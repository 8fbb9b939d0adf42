package no.ks.kulturskole.gateway;

import java.net.http.HttpResponse;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.test.web.server.LocalServerPort;

import static no.ks.kulturskole.gateway.BrowserLikeClient.csrfToken;
import static no.ks.kulturskole.gateway.BrowserLikeClient.fields;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every staff page and form refuses anonymous visitors and signed-in accounts without the
 * STAFF role, and sends nothing to the services when it does.
 */
class StaffAccessTests extends PagesTestBase {

	static final String W = "/stab/verksted/" + FakePlatform.WORKSHOP_ID;

	@LocalServerPort
	int port;

	@ParameterizedTest
	@ValueSource(strings = { "/stab", "/stab/verksted/ny", W, W + "/deltakere.csv", W + "/deltakere.xlsx",
			"/stab/dekning", "/stab/dekning.csv", "/stab/pilot", "/stab/e-post", "/stab/admin", "/stab/direkte",
			W + "/oppmote", "/stab/admin/personvern", "/stab/admin/personvern/sletting/" + FakePlatform.ERASURE_ID,
			"/stab/deltakerbevis", "/stab/deltakerbevis?kode=" + FakePlatform.CERTIFICATE_CODE, W + "/evaluering",
			W + "/evaluering.csv", W + "/sporsmal" })
	void anonymousVisitorsAreSentToTheLoginPage(String path) {
		HttpResponse<String> response = new BrowserLikeClient(this.port).get(path);

		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(response.headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).endsWith("/logg-inn"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "/stab", "/stab/verksted/ny", W, W + "/endre", W + "/deltakere.csv", W + "/deltakere.xlsx",
			"/stab/dekning", "/stab/dekning.csv", "/stab/pilot", "/stab/e-post",
			"/stab/e-post?verksted=" + FakePlatform.WORKSHOP_ID + "&delegasjon=d-1", "/stab/admin", "/stab/direkte",
			W + "/oppmote", "/stab/admin/personvern", "/stab/admin/personvern/sletting/" + FakePlatform.ERASURE_ID,
			"/stab/deltakerbevis", "/stab/deltakerbevis?kode=" + FakePlatform.CERTIFICATE_CODE, W + "/evaluering",
			W + "/evaluering.csv", W + "/sporsmal" })
	void signedInAccountsWithoutTheStaffRoleAreRefused(String path) {
		BrowserLikeClient municipality = signedIn("kommune", "uten-stab-rolle");

		assertThat(municipality.get(path).statusCode()).isEqualTo(403);
	}

	@ParameterizedTest
	@ValueSource(strings = { "/stab/verksted/ny", W + "/okter", W + "/venteliste", W + "/delegasjoner/d-1/flytt",
			W + "/publiser", W + "/steng", W + "/avlys", W + "/materiell", W + "/endre", W + "/detaljer",
			W + "/okter/s1/kapasitet", "/stab/pilot/p-1/beslutning", "/stab/pilot/avslutt", "/stab/admin/gjenoppbygg",
			"/stab/e-post/send-pa-nytt", W + "/oppmote?okt=s1", W + "/oppmote/rapport?okt=s1",
			"/stab/admin/personvern/sletting", W + "/evaluering/sporsmal", W + "/sporsmal" })
	void staffFormsRefuseAnonymousAndNonStaffPostsEvenWithAValidCsrfTokenAndSendNothing(String path) {
		int before = platform.staffCalls().size();
		BrowserLikeClient anonymous = new BrowserLikeClient(this.port);
		String anonymousToken = csrfToken(anonymous.get("/logg-inn").body());
		BrowserLikeClient municipality = signedIn("kommune", "uten-stab-rolle");
		String municipalityToken = csrfToken(municipality.get("/mistet-lenke").body());

		HttpResponse<String> withoutToken = anonymous.postForm(path,
				fields("sessionId", "s1", "id", FakePlatform.CONFIRMATION_MAIL_ID));
		HttpResponse<String> asAnonymous = anonymous.postForm(path,
				fields("_csrf", anonymousToken, "sessionId", "s1", "id", FakePlatform.CONFIRMATION_MAIL_ID));
		HttpResponse<String> asMunicipality = municipality.postForm(path,
				fields("_csrf", municipalityToken, "sessionId", "s1", "id", FakePlatform.CONFIRMATION_MAIL_ID));

		assertThat(withoutToken.statusCode()).isEqualTo(403);
		assertThat(asAnonymous.statusCode()).isEqualTo(302);
		assertThat(asAnonymous.headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).endsWith("/logg-inn"));
		assertThat(asMunicipality.statusCode()).isEqualTo(403);
		assertThat(platform.staffCalls()).hasSize(before);
	}

	@ParameterizedTest
	@ValueSource(strings = { "/api/workshops", "/api/registrations?workshopId=x",
			"/api/registrations/retention?workshopId=x", "/api/pilot-applications",
			"/api/pilot-applications/selection/closure", "/api/notifications", "/api/reports/workshops",
			"/api/reports/stream", "/api/reports/coverage", "/api/reports/admin/rebuild",
			"/api/certificates/" + FakePlatform.CERTIFICATE_CODE, "/api/workshops/x/evaluation/results",
			"/api/workshops/x/evaluation/questions" })
	void theStaffApiRefusesAnAccountWithoutTheStaffRole(String path) {
		Gateway gateway = new Gateway(this.port);

		HttpResponse<String> response = gateway
			.send(gateway.request(path).header("Authorization", Gateway.basic("kommune", "uten-stab-rolle")).GET());

		assertThat(response.statusCode()).isEqualTo(403);
	}

	private BrowserLikeClient signedIn(String username, String password) {
		return BrowserLikeClient.signedIn(this.port, username, password);
	}

}
