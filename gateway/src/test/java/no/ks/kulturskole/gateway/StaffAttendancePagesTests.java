package no.ks.kulturskole.gateway;

import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static no.ks.kulturskole.gateway.BrowserLikeClient.csrfToken;
import static no.ks.kulturskole.gateway.BrowserLikeClient.fields;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Staff take attendance (issue 16) from the workshop page: a checkbox per participant by
 * delegation, a button for a whole delegation, saved through registration-service; a
 * refusal comes back in the summary. Without JavaScript. The meeting report's upload is
 * proved in the browser ({@link StaffDashboardInTheBrowserTests}).
 */
class StaffAttendancePagesTests extends PagesTestBase {

	private static final String WORKSHOP = "/stab/verksted/" + FakePlatform.WORKSHOP_ID;

	private static final String PAGE = WORKSHOP + "/oppmote";

	private static final String ATTENDANCE = "/api/workshops/" + FakePlatform.WORKSHOP_ID + "/sessions/s1/attendance";

	@LocalServerPort
	int port;

	BrowserLikeClient browser;

	@BeforeEach
	void logIn() {
		this.browser = BrowserLikeClient.signedIn(this.port, "stab", "kulturskole");
	}

	@Test
	void theWorkshopPageCountsWhoCameAndLinksToAttendanceWhereEveryParticipantHasALabelledCheckbox() {
		assertThat(this.browser.get(WORKSHOP).body()).contains("href=\"" + PAGE + "\"")
			.contains("3 til stede fra 2 kommuner.")
			.containsPattern("<th scope=\"row\">Narvik</th>\\s*<td class=\"number\">1</td>");

		String page = this.browser.get(PAGE).body();

		assertThat(page).contains("<h1>Oppmøte</h1>")
			.contains("<legend>Bodø (2)</legend>")
			.contains("<legend>Narvik (1)</legend>")
			.contains("name=\"hele\" value=\"d-1\"")
			.contains("Hele Narvik til stede")
			.contains("enctype=\"multipart/form-data\"")
			// a delegation that cancelled keeps its seat status in the list, but not its
			// place
			.doesNotContain("Tromsø")
			// as a participant's box, not as text: the CSRF token is random and may hold
			// "p-9" (it did once)
			.doesNotContain("value=\"p-9\"")
			.doesNotContain("til-stede-p-9");
		Matcher boxes = Pattern.compile("<input type=\"checkbox\" name=\"present\" id=\"([^\"]+)\" value=\"(p-\\d)\"")
			.matcher(page);
		int labelled = 0;
		while (boxes.find()) {
			assertThat(page).as(boxes.group(1)).contains("for=\"" + boxes.group(1) + "\"");
			labelled++;
		}
		assertThat(labelled).isEqualTo(3);
	}

	@Test
	void aWholeDelegationAndOneMoreAreSavedTogetherAndShownCheckedAfterwards() {
		String page = this.browser.get(PAGE).body();

		HttpResponse<String> saved = this.browser.postForm(PAGE,
				fields("_csrf", csrfToken(page), "okt", "s1", "present", "p-3", "hele", "d-1"));

		assertThat(saved.statusCode()).isEqualTo(302);
		assertThat(platform.staffCalls()).contains("PUT " + ATTENDANCE + " {\"present\":[\"p-3\",\"p-1\",\"p-2\"]}");
		String after = this.browser.follow(saved).body();
		assertThat(after).contains("Oppmøtet er lagret: 3 personer til stede.")
			.contains("id=\"til-stede-p-1\" value=\"p-1\" checked=\"checked\"");
	}

	@Test
	void aRefusalIsShownInTheSummaryAndNothingIsClaimedSaved() {
		String page = this.browser.get(PAGE).body();

		HttpResponse<String> refused = this.browser.postForm(PAGE,
				fields("_csrf", csrfToken(page), "okt", "s1", "present", "ukjent"));

		String after = this.browser.follow(refused).body();
		assertThat(after).contains("Deltaker ukjent er ikke påmeldt dette verkstedet.")
			.doesNotContain("Oppmøtet er lagret");
	}

}
