package no.ks.kulturskole.gateway;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import static no.ks.kulturskole.gateway.BrowserLikeClient.csrfToken;
import static no.ks.kulturskole.gateway.BrowserLikeClient.fields;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The staff page of a workshop's extra registration questions (issue 17 point 3): the
 * editor sends the filled rows to workshop-service, a refusal comes back with the
 * service's message and what was written, and the answers show per delegate, choices and
 * yes/no in words.
 */
class StaffWorkshopQuestionsPagesTests extends PagesTestBase {

	static final String PAGE = "/stab/verksted/" + FakePlatform.WORKSHOP_ID + "/sporsmal";

	@LocalServerPort
	int port;

	BrowserLikeClient browser;

	@BeforeEach
	void signIn() {
		this.browser = BrowserLikeClient.signedIn(this.port, "stab", "kulturskole");
	}

	@Test
	void theWorkshopPageLinksToTheQuestionsWhichShowEveryDelegatesAnswers() {
		assertThat(this.browser.get("/stab/verksted/" + FakePlatform.WORKSHOP_ID).body())
			.contains("href=\"" + PAGE + "\"");

		String page = this.browser.get(PAGE).body();

		assertThat(page).contains("<th scope=\"col\">Trenger dere hotell?</th>")
			.contains("<th scope=\"col\">Hensyn til kosthold</th>")
			.contains("<td>Vegetar, Glutenfritt</td>")
			.contains("<th scope=\"row\">Per Hansen</th>")
			.contains("<td>Ja</td>")
			.contains("value=\"Trenger dere hotell?\"")
			.contains("<label for=\"q9-nb\">");
	}

	@Test
	void staffSaveTheFilledRowsAndARefusalComesBackWithWhatWasWritten() {
		String token = csrfToken(this.browser.get(PAGE).body());

		HttpResponse<String> saved = this.browser.postForm(PAGE,
				fields("_csrf", token, "rows[0].nb", "Hensyn til kosthold", "rows[0].scope", "PARTICIPANT",
						"rows[0].kind", "SEVERAL_CHOICES", "rows[0].personalData", "true", "rows[0].choices",
						"Vegetar\nGlutenfritt", "rows[1].nb", "", "rows[1].kind", "SHORT_TEXT"));

		assertThat(saved.statusCode()).isEqualTo(302);
		assertThat(platform.staffCalls()).anySatisfy(
				call -> assertThat(call).startsWith("PUT /api/workshops/" + FakePlatform.WORKSHOP_ID + "/questions")
					.contains("\"questionId\":\"hensyn-til-kosthold\"")
					.contains("\"personalData\":true")
					.contains(
							"{\"choiceId\":\"glutenfritt\",\"label\":{\"nb\":\"Glutenfritt\",\"nn\":null,\"en\":null}}")
					.doesNotContain("\"nn\":\"\""));

		HttpResponse<String> refused = this.browser.postForm(PAGE,
				fields("_csrf", token, "rows[0].nb", "FEIL", "rows[0].required", "true"));
		assertThat(refused.statusCode()).isEqualTo(302);
		assertThat(this.browser.get(PAGE).body()).contains("Endringen ble ikke gjort:")
			.contains("kan bare få nye spørsmål som ikke er obligatoriske")
			.contains("value=\"FEIL\"");
	}

}
