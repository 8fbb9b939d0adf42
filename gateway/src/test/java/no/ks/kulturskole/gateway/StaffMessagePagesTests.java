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
 * Staff's message to a workshop's registrants (issue 16), from the workshop page: the
 * form previews the recipient count and sends through notification-service; a refusal
 * comes back as the form with an error summary naming the field. Without JavaScript.
 */
class StaffMessagePagesTests extends PagesTestBase {

	private static final String WORKSHOP = "/stab/verksted/" + FakePlatform.WORKSHOP_ID;

	private static final String FORM = WORKSHOP + "/melding";

	private static final String MESSAGES = "/api/workshops/" + FakePlatform.WORKSHOP_ID + "/messages";

	@LocalServerPort
	int port;

	BrowserLikeClient browser;

	@BeforeEach
	void logIn() {
		this.browser = BrowserLikeClient.signedIn(this.port, "stab", "kulturskole");
	}

	@Test
	void theWorkshopPageLinksToTheFormWhoseEveryFieldHasALabel() {
		assertThat(this.browser.get(WORKSHOP).body()).contains("href=\"" + FORM + "\"")
			.contains("Send melding til påmeldte");

		String form = this.browser.get(FORM).body();

		assertThat(form).contains("<h1>Send melding til påmeldte</h1>")
			.contains("action=\"" + FORM + "\"")
			.contains("<option value=\"s1\">")
			.contains("<summary>Nynorsk og engelsk (valgfritt)</summary>")
			.contains("Forhåndsvis antall mottakere")
			.contains(">Send</button>");
		assertThat(hiddenMessageId(form)).isNotBlank();
		Matcher inputs = Pattern.compile("<(?:input|select|textarea)(?![^>]*type=\"hidden\")[^>]*\\sid=\"([^\"]+)\"")
			.matcher(form);
		int labelled = 0;
		while (inputs.find()) {
			assertThat(form).as(inputs.group(1)).contains("for=\"" + inputs.group(1) + "\"");
			labelled++;
		}
		assertThat(labelled).isEqualTo(12);
	}

	@Test
	void theWorkshopPageListsTheMessagesSentWithSubjectNorwegianTimeAndRecipients() {
		String page = this.browser.get(WORKSHOP).body();

		assertThat(page).contains("<h2 id=\"meldinger-tittel\">Meldinger til påmeldte</h2>")
			.containsPattern(
					"<th scope=\"row\">Ny møtelenke</th>\\s*<td>3\\.2\\.2026 10:30</td>\\s*<td class=\"number\">23</td>");
	}

	@Test
	void aPreviewShowsTheCountAndKeepsWhatWasWritten() {
		String form = this.browser.get(FORM).body();

		HttpResponse<String> preview = this.browser.postForm(FORM,
				fields("_csrf", csrfToken(form), "messageId", hiddenMessageId(form), "sessionId", "s1", "statuses",
						"WAITLISTED", "roles", "COORDINATORS", "subject.nb", "Ny møtelenke", "body.nb",
						"Møtet har ny lenke.", "action", "preview"));

		assertThat(preview.statusCode()).isEqualTo(200);
		assertThat(preview.body()).contains("Utvalget når 3 personer nå. Meldingen er ikke sendt ennå.")
			.contains("value=\"Ny møtelenke\"")
			.contains("Møtet har ny lenke.</textarea>")
			.contains("value=\"" + hiddenMessageId(form) + "\"")
			.containsPattern("value=\"s1\"\\s+selected");
		assertThat(platform.staffCalls()).contains("POST " + MESSAGES + "/preview {\"messageId\":\""
				+ hiddenMessageId(form) + "\",\"audience\":{\"sessionId\":\"s1\","
				+ "\"statuses\":[\"WAITLISTED\"],\"roles\":[\"COORDINATORS\"]},\"subject\":{\"nb\":\"Ny møtelenke\"},"
				+ "\"body\":{\"nb\":\"Møtet har ny lenke.\"}}");
	}

	@Test
	void sendingLandsOnTheWorkshopWithTheRecipientCount() {
		String form = this.browser.get(FORM).body();

		HttpResponse<String> sent = this.browser.postForm(FORM,
				fields("_csrf", csrfToken(form), "messageId", hiddenMessageId(form), "sessionId", "", "statuses",
						"CONFIRMED", "roles", "DELEGATES", "subject.nb", "Husk forberedelsene", "body.nb",
						"Les notatet.", "subject.nn", "Hugs førebuinga", "body.nn", "Les notatet.", "action", "send"));

		assertThat(sent.statusCode()).isEqualTo(302);
		assertThat(sent.headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).endsWith(WORKSHOP));
		assertThat(this.browser.get(WORKSHOP).body()).contains("Meldingen er sendt til 3 mottakere.");
		assertThat(platform.staffCalls()).contains("POST " + MESSAGES + " {\"messageId\":\"" + hiddenMessageId(form)
				+ "\",\"audience\":{\"sessionId\":null,\"statuses\":[\"CONFIRMED\"],\"roles\":[\"DELEGATES\"]},"
				+ "\"subject\":{\"nb\":\"Husk forberedelsene\",\"nn\":\"Hugs førebuinga\"},"
				+ "\"body\":{\"nb\":\"Les notatet.\",\"nn\":\"Les notatet.\"}}");
	}

	@Test
	void aRefusedMessageComesBackWithAnErrorSummaryLinkingTheField() {
		String form = this.browser.get(FORM).body();

		HttpResponse<String> refused = this.browser.postForm(FORM,
				fields("_csrf", csrfToken(form), "messageId", hiddenMessageId(form), "statuses", "CONFIRMED", "roles",
						"DELEGATES", "subject.nb", "", "body.nb", "Tekst uten emne", "action", "send"));

		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.body()).contains("<title>Feil i skjemaet: Send melding til påmeldte")
			.contains("Meldingen er ikke sendt. Rett opp dette:")
			.contains("href=\"#subject-nb\"")
			.contains("id=\"subject-nb-feil\"")
			.containsPattern("id=\"subject-nb\" name=\"subject.nb\"[^>]*aria-invalid=\"true\"")
			.contains("Tekst uten emne</textarea>");
	}

	@Test
	void theFormNeedsTheCsrfToken() {
		int callsBefore = platform.staffCalls().size();

		HttpResponse<String> sent = this.browser.postForm(FORM,
				fields("statuses", "CONFIRMED", "roles", "DELEGATES", "subject.nb", "Emne", "body.nb", "Tekst"));

		assertThat(sent.statusCode()).isEqualTo(403);
		assertThat(platform.staffCalls().subList(callsBefore, platform.staffCalls().size()))
			.noneMatch((call) -> call.contains("/messages"));
	}

	private static String hiddenMessageId(String html) {
		Matcher matcher = Pattern.compile("name=\"messageId\" value=\"([^\"]+)\"").matcher(html);
		assertThat(matcher.find()).as("hidden messageId").isTrue();
		return matcher.group(1);
	}

}
