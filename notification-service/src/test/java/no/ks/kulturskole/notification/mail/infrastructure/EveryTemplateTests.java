package no.ks.kulturskole.notification.mail.infrastructure;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import no.ks.kulturskole.notification.mail.model.RenderedMail;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every template, in every language, rendered as shipped with the variables the service
 * gives it: each exists in that language (no fallback), fills every field, and its
 * subject is one line. Run this after editing a template.
 */
class EveryTemplateTests {

	private static final List<String> TEMPLATES = List.of("delegation-confirmation", "delegate-confirmation",
			"delegate-added", "delegation-promoted", "delegation-moved", "delegation-cancelled", "participant-removed",
			"manage-link", "materials-released", "session-reminder", "deadline-approaching", "workshop-rescheduled",
			"workshop-details-changed", "workshop-cancelled", "pilot-decision", "registration-conflict",
			"already-registered", "coordinator-handover", "coordinator-replaced", "workshop-invitation");

	private final ThymeleafMailTemplates templates = new ThymeleafMailTemplates();

	static Stream<Arguments> everyTemplateInEveryLanguage() {
		return TEMPLATES.stream()
			.flatMap((template) -> Stream.of("nb", "nn", "en").map((language) -> Arguments.of(template, language)));
	}

	@ParameterizedTest(name = "{0} in {1}")
	@MethodSource("everyTemplateInEveryLanguage")
	void rendersCompletelyInItsOwnLanguage(String template, String language) {
		RenderedMail mail = this.templates.render(template, language, variables());

		assertThat(mail.template().language()).isEqualTo(language);
		assertThat(mail.template().label()).matches(template + "/" + language + "@[0-9a-f]{8}");
		assertThat(mail.subject()).isNotBlank().doesNotContain("\n").doesNotContain("[(").doesNotContain("${");
		assertThat(mail.text()).doesNotContain("[(").doesNotContain("${").doesNotContain("[#").doesNotContain("[/]");
		assertThat(mail.html()).contains("lang=\"" + language + "\"").doesNotContain("th:").doesNotContain("${");
		if (!template.equals("pilot-decision")) {
			assertThat(mail.subject()).contains("Kulturskolen som lokalt ressurssenter");
		}
		else {
			assertThat(mail.text()).contains("Bodø");
		}
	}

	@ParameterizedTest(name = "{0} in {1}")
	@MethodSource("everyTemplateInEveryLanguage")
	void endsWithALinkToThePrivacyNoticeInItsLanguage(String template, String language) {
		RenderedMail mail = new ThymeleafMailTemplates("https://kulturskole.example/").render(template, language,
				variables());
		String link = language.equals("nb") ? "https://kulturskole.example/personvern"
				: "https://kulturskole.example/personvern?sprak=" + language;

		assertThat(mail.text()).endsWith(link + "\n");
		assertThat(mail.html()).contains("<a href=\"" + link + "\"");
		assertThat(mail.html().indexOf(link)).isGreaterThan(mail.html().lastIndexOf("KS og Norsk kulturskoleråd</p>"))
			.isLessThan(mail.html().indexOf("</body>"));
	}

	@ParameterizedTest(name = "{0} in {1}")
	@MethodSource("everyTemplateInEveryLanguage")
	void showsTheManageLinkOnlyWhereItBelongs(String template, String language) {
		String text = this.templates.render(template, language, variables()).text();

		assertThat(text.contains("https://kulturskole.example/delegasjon/d-1?nokkel=NOKKEL"))
			.isEqualTo(template.equals("delegation-confirmation") || template.equals("manage-link")
					|| template.equals("coordinator-handover"));
	}

	@Test
	void leaveThePageAndTheSignOffToTheSharedLayout() throws IOException {
		Path directory = Path.of("src/main/resources/templates/mail");
		List<Path> bodies;
		try (Stream<Path> files = Files.list(directory)) {
			bodies = files.filter((file) -> file.toString().matches(".*/[a-z-]+\\.(nb|nn|en)\\.(html|txt)"))
				.filter((file) -> !file.getFileName().toString().startsWith(ThymeleafMailTemplates.CLOSING + "."))
				.toList();
		}

		assertThat(bodies).hasSizeGreaterThanOrEqualTo(TEMPLATES.size() * 3 * 2);
		for (Path body : bodies) {
			assertThat(Files.readString(body)).as(body.getFileName().toString())
				.doesNotContain("<html", "<body", "<head", "KS og Norsk kulturskoleråd</p>", "Med vennlig hilsen",
						"Med venleg helsing", "Kind regards");
		}
	}

	@ParameterizedTest(name = "{0} in {1}")
	@MethodSource("everyTemplateInEveryLanguage")
	void isOneHtmlPageTitledWithItsSubject(String template, String language) {
		RenderedMail mail = this.templates.render(template, language, variables());

		assertThat(mail.html()).startsWith("<!DOCTYPE html>")
			.containsOnlyOnce("<body")
			.containsOnlyOnce("</html>")
			.contains("<title>" + mail.subject().replace("&", "&amp;") + "</title>");
	}

	private static Map<String, Object> variables() {
		Map<String, Object> variables = new HashMap<>();
		variables.put("coordinatorName", "Kari Nordmann");
		variables.put("delegateName", "Ola Nordmann");
		variables.put("contactName", "Kari Nordmann");
		variables.put("roleTitle", "Rektor");
		variables.put("workshopTitle", "Kulturskolen som lokalt ressurssenter");
		variables.put("sessionTime", "onsdag 10. mars 2027 kl. 09:00\u201311:30");
		variables.put("sessionTimeEn", "Wednesday 10 March 2027, 09:00\u201311:30 (Norwegian time)");
		variables.put("municipalityName", "Bodø");
		variables.put("participantCount", 2);
		variables.put("waitlisted", false);
		variables.put("status", "bekreftet");
		variables.put("delegates", List.of(Map.of("name", "Ola Nordmann", "roleTitle", "Rektor")));
		variables.put("manageLink", "https://kulturskole.example/delegasjon/d-1?nokkel=NOKKEL");
		variables.put("registrationLink", "https://kulturskole.example/verksted/w-1/pamelding");
		variables.put("reason", "Sykdom");
		variables.put("meetingUrl", "https://meet.example/1");
		variables.put("toCoordinator", false);
		variables.put("replaced", false);
		variables.put("materials", List.of("Rapport \u2014 https://example.org/r.pdf"));
		variables.put("reflectionQuestions", List.of("Hva er viktigst?"));
		variables.put("delegateCount", 1);
		variables.put("missing", 1);
		variables.put("surplus", 0);
		variables.put("needsOutsider", true);
		variables.put("minDelegationSize", 2);
		variables.put("maxDelegationSize", null);
		variables.put("deadline", "mandag 1. mars 2027 kl. 23:59");
		variables.put("deadlineEn", "Monday 1 March 2027, 23:59 (Norwegian time)");
		variables.put("selected", true);
		variables.put("otherName", "Per Olsen");
		variables.put("otherEmail", "per.olsen@bodo.kommune.example");
		return variables;
	}

}
