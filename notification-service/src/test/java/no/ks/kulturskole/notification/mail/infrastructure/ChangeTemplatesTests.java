package no.ks.kulturskole.notification.mail.infrastructure;

import java.util.HashMap;
import java.util.Map;

import no.ks.kulturskole.notification.mail.model.RenderedMail;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every change template, in every language it ships in, renders with the variables the
 * service fills in: the person's name, the workshop, the time and the reason all reach
 * both the text and the HTML, and no template syntax is left over.
 */
class ChangeTemplatesTests {

	private final ThymeleafMailTemplates templates = new ThymeleafMailTemplates();

	@ParameterizedTest(name = "{0} in {1} reads \"{2}\"")
	@CsvSource(delimiter = '|',
			value = { "workshop-rescheduled|nb|Nytt tidspunkt: Verkstedet|har fått nytt tidspunkt",
					"workshop-rescheduled|nn|Nytt tidspunkt: Verkstedet|har fått nytt tidspunkt",
					"workshop-rescheduled|en|New time: Verkstedet|has a new time",
					"workshop-cancelled|nb|Avlyst: Verkstedet|er dessverre avlyst",
					"workshop-cancelled|nn|Avlyst: Verkstedet|er dessverre avlyst",
					"workshop-cancelled|en|Cancelled: Verkstedet|has been cancelled",
					"delegation-promoted|nb|Plass til dere: Verkstedet|Plassen din er nå bekreftet",
					"delegation-promoted|nn|Plass til dykk: Verkstedet|Plassen din er no stadfesta",
					"delegation-promoted|en|A seat for you: Verkstedet|Your seat is confirmed",
					"delegation-cancelled|nb|Påmelding avmeldt: Verkstedet|er meldt av verkstedet",
					"delegation-cancelled|nn|Påmelding avmeld: Verkstedet|er meld av verkstaden",
					"delegation-cancelled|en|Registration cancelled: Verkstedet|has been cancelled",
					"participant-removed|nb|Du er ikke lenger påmeldt: Verkstedet|er ikke lenger påmeldt",
					"participant-removed|nn|Du er ikkje lenger påmeld: Verkstedet|er ikkje lenger påmeld",
					"participant-removed|en|You are no longer registered: Verkstedet|are no longer registered" })
	void aChangeTemplateRendersInItsLanguage(String template, String language, String subject, String phrase) {
		Map<String, Object> variables = new HashMap<>();
		variables.put("delegateName", "Ola Nordmann");
		variables.put("workshopTitle", "Verkstedet");
		variables.put("sessionTime", "onsdag 10. mars 2027 kl. 09:00\u201311:30");
		variables.put("sessionTimeEn", "Wednesday 10 March 2027, 09:00\u201311:30 (Norwegian time)");
		variables.put("reason", "Sykdom i staben");
		variables.put("waitlisted", false);

		RenderedMail mail = this.templates.render(template, language, variables);

		assertThat(mail.template().language()).isEqualTo(language);
		assertThat(mail.subject()).isEqualTo(subject);
		assertThat(mail.text()).contains("Ola Nordmann")
			.contains(phrase)
			.contains("Verkstedet")
			.contains("KS og Norsk kulturskoleråd")
			.doesNotContain("[(")
			.doesNotContain("[#");
		assertThat(mail.html()).contains("<html lang=\"" + language + "\"")
			.contains("Ola Nordmann")
			.contains(phrase)
			.doesNotContain("th:");
		// English readers get the time in English
		assertThat(mail.text()).contains(language.equals("en") ? "Wednesday 10 March 2027" : "onsdag 10. mars 2027");
		if (!template.startsWith("delegation-promoted") && !template.startsWith("participant-removed")) {
			assertThat(mail.text()).contains("Sykdom i staben");
			assertThat(mail.html()).contains("Sykdom i staben");
		}
	}

	@ParameterizedTest(name = "{0} to the coordinator in nb")
	@CsvSource(delimiter = '|',
			value = { "delegation-promoted|Plassene er nå bekreftet|kalenderinvitasjonen ligger vedlagt",
					"delegation-cancelled|Hver deltaker har fått beskjed|fjerner vedlegget den" })
	void toTheCoordinatorTheMailSpeaksOfTheWholeDelegation(String template, String phrase, String delegatesOnly) {
		Map<String, Object> variables = new HashMap<>();
		variables.put("delegateName", "Kari Nordmann");
		variables.put("workshopTitle", "Verkstedet");
		variables.put("toCoordinator", true);

		RenderedMail mail = this.templates.render(template, "nb", variables);

		assertThat(mail.text()).contains(phrase).doesNotContain(delegatesOnly);
		assertThat(mail.html()).contains(phrase).doesNotContain(delegatesOnly);
	}

}
