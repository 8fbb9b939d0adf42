package no.ks.kulturskole.gateway;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static no.ks.kulturskole.gateway.BrowserLikeClient.csrfToken;
import static no.ks.kulturskole.gateway.BrowserLikeClient.fields;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The attendee's evaluation (issue 16) without JavaScript: a plain form with a fieldset
 * and legend per 1–5 question and a labelled text area for free text; a wrong answer
 * comes back in the summary, the right ones lead to the thank-you page, and the link then
 * says it has been used. Staff see the results and change the questions on their own
 * page.
 */
class EvaluationPagesTests extends PagesTestBase {

	@LocalServerPort
	int port;

	@Test
	void theFormAsksEachScaleInAFieldsetAndEachTextInALabelledTextArea() {
		String page = new BrowserLikeClient(this.port).get("/evaluering/eval-skjema").body();

		assertThat(page).contains("<h1>Hvordan var økten?</h1>")
			.contains(FakePlatform.WORKSHOP_TITLE)
			.containsPattern(
					"<fieldset[^>]*aria-describedby=\"q1-hint\">\\s*<legend>Hvor nyttig var økten for deg\\?</legend>")
			.containsPattern("<input type=\"radio\" id=\"q1\"\\s+name=\"q1\" value=\"1\">")
			.contains("<label for=\"q1-5\">5</label>")
			.contains("<label for=\"q2\">Hva fungerte godt?</label>")
			.contains("<textarea id=\"q2\" name=\"q2\"")
			.contains("name=\"_csrf\"");
		assertThat(new BrowserLikeClient(this.port).get("/evaluering/eval-skjema?sprak=nn").body())
			.contains("Kor nyttig var økta for deg?")
			.contains("<h1>Korleis var økta?</h1>");
	}

	@Test
	void aWrongAnswerIsShownInTheSummaryAndKeptTheRightOnesLeadToThanksAndTheLinkIsThenUsed() {
		BrowserLikeClient browser = new BrowserLikeClient(this.port);
		String form = browser.get("/evaluering/eval-svar").body();

		HttpResponse<String> wrong = browser.postForm("/evaluering/eval-svar",
				fields("_csrf", csrfToken(form), "q1", "9", "q2", "Gode eksempler"));
		assertThat(wrong.statusCode()).isEqualTo(400);
		assertThat(wrong.body()).contains("id=\"feiloppsummering\"")
			.contains("<a href=\"#q1\">Velg et tall fra 1 til 5.</a>")
			.contains(">Gode eksempler</textarea>");

		HttpResponse<String> sent = browser.postForm("/evaluering/eval-svar",
				fields("_csrf", csrfToken(wrong.body()), "q1", "4", "q2", "Gode eksempler", "snik", "ignoreres"));
		assertThat(sent.statusCode()).isEqualTo(302);
		assertThat(sent.headers().firstValue("Location"))
			.hasValueSatisfying(location -> assertThat(location).endsWith("/evaluering/takk"));
		assertThat(browser.follow(sent).body()).contains("Takk for svarene!");

		HttpResponse<String> again = browser.get("/evaluering/eval-svar");
		assertThat(again.statusCode()).isEqualTo(409);
		assertThat(again.body()).contains("Evalueringen er allerede besvart");
		assertThat(browser.get("/evaluering/eval-ukjent").statusCode()).isEqualTo(404);
	}

	@Test
	void staffSeeTheResultsAggregatedAndChangeTheQuestionsWithARefusalInTheSummary() {
		BrowserLikeClient staff = BrowserLikeClient.signedIn(this.port, "stab", "kulturskole");
		String workshop = "/stab/verksted/" + FakePlatform.WORKSHOP_ID;

		assertThat(staff.get(workshop).body()).contains("href=\"" + workshop + "/evaluering\"");
		String page = staff.get(workshop + "/evaluering").body();
		assertThat(page).contains("3 av 12 deltakere har svart.")
			.containsPattern(
					"<th scope=\"row\">Hvor nyttig var økten for deg\\?</th>\\s*<td class=\"number\">3</td>\\s*<td class=\"number\">4,33</td>")
			.contains("Gode eksempler fra andre kommuner")
			.contains("href=\"" + workshop + "/evaluering.csv\"")
			.contains("value=\"Kor nyttig var økta for deg?\"");
		HttpResponse<String> csv = staff.get(workshop + "/evaluering.csv");
		assertThat(csv.headers().firstValue("Content-Disposition"))
			.hasValueSatisfying(disposition -> assertThat(disposition).contains("attachment"));
		assertThat(csv.body()).startsWith("spørsmål;type");

		HttpResponse<String> refused = staff.postForm(workshop + "/evaluering/sporsmal",
				fields("_csrf", csrfToken(page), "kind0", "FREE_TEXT", "nb0", "", "nn0", "Kva tek de med heim?"));
		assertThat(staff.follow(refused).body()).contains("Skriv spørsmålet på bokmål.");
		HttpResponse<String> saved = staff.postForm(workshop + "/evaluering/sporsmal",
				fields("_csrf", csrfToken(page), "kind0", "FREE_TEXT", "nb0", "Hva tar dere med hjem?", "kind1",
						"SCALE_1_TO_5", "nb1", "", "nn1", "", "en1", ""));
		assertThat(staff.follow(saved).body()).contains("Spørsmålene er lagret: 1 spørsmål.");
		assertThat(platform.staffCalls()).anySatisfy(call -> assertThat(call).startsWith("PUT /api/workshops/"
				+ FakePlatform.WORKSHOP_ID
				+ "/evaluation/questions {\"questions\":[{\"kind\":\"FREE_TEXT\",\"text\":{\"nb\":\"Hva tar dere med hjem?\""));
	}

}
