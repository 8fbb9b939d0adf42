package no.ks.kulturskole.notification.mail.infrastructure;

import java.util.List;
import java.util.Map;

import no.ks.kulturskole.notification.mail.model.RenderedMail;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Staff's own words in {@code registrant-message}: as written in the text, escaped in the
 * HTML, with the closing of the recipient's language.
 */
class RegistrantMessageTemplateTests {

	private final ThymeleafMailTemplates templates = new ThymeleafMailTemplates();

	@ParameterizedTest
	@ValueSource(strings = { "nb", "nn", "en" })
	void carriesStaffsSubjectAndTextAndEscapesThemInTheHtml(String language) {
		String text = "Møtet flyttes <b>en time</b> & starter kl. 10.\n\nVel møtt!";
		RenderedMail mail = this.templates.render("registrant-message", language,
				Map.of("subject", "Endring <i>viktig</i>", "text", text, "paragraphs",
						List.of("Møtet flyttes <b>en time</b> & starter kl. 10.", "Vel møtt!"), "recipientName",
						"Ola Nordmann"));

		assertThat(mail.template().label()).matches("registrant-message/" + language + "@[0-9a-f]{8}");
		assertThat(mail.subject()).isEqualTo("Endring <i>viktig</i>");
		assertThat(mail.text()).contains("Ola Nordmann").contains(text).contains("KS og Norsk kulturskoleråd");
		assertThat(mail.html()).contains("lang=\"" + language + "\"")
			.contains("Møtet flyttes &lt;b&gt;en time&lt;/b&gt; &amp; starter kl. 10.")
			.doesNotContain("<b>en time</b>")
			.contains("<p style=\"white-space: pre-line;\">Vel møtt!</p>")
			.doesNotContain("th:")
			.doesNotContain("${");
	}

}
