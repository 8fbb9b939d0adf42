package no.ks.kulturskole.notification.mail.infrastructure;

import java.time.Instant;
import java.util.List;

import no.ks.kulturskole.notification.confirmation.model.DelegateConfirmation;
import no.ks.kulturskole.notification.confirmation.model.DelegationView;
import no.ks.kulturskole.notification.confirmation.model.DelegationView.Delegate;
import no.ks.kulturskole.notification.mail.model.RenderedMail;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The personal confirmation to each delegate, as shipped, in every language it has.
 */
class DelegateConfirmationTemplateTests {

	private final ThymeleafMailTemplates templates = new ThymeleafMailTemplates();

	@Test
	void aConfirmedDelegateReadsTheirOwnNameRoleAndTimeInBokmal() {
		RenderedMail mail = render("CONFIRMED", "nb");

		assertThat(mail.subject()).isEqualTo("Du er påmeldt: Kulturskolen som lokalt ressurssenter");
		assertThat(mail.text()).startsWith("Hei Ola Nordmann,")
			.contains("Tidspunkt:  onsdag 10. mars 2027 kl. 09:00\u201311:30")
			.contains("Din rolle:  Rektor")
			.contains("Kommune:    Bodø")
			.contains("Kalenderinvitasjonen ligger vedlagt")
			.doesNotContain("venteliste")
			.doesNotContain("[(");
		assertThat(mail.html()).contains("Hei<span> Ola Nordmann</span>,")
			.contains("<td>Rektor</td>")
			.doesNotContain("th:");
		assertThat(mail.template().label()).matches("delegate-confirmation/nb@[0-9a-f]{8}");
	}

	@Test
	void aWaitlistedDelegateIsToldTheDelegationWaits() {
		RenderedMail mail = render("WAITLISTED", "nb");

		assertThat(mail.text()).contains("står foreløpig på venteliste").doesNotContain("vedlagt");
		assertThat(mail.html()).contains("står foreløpig på venteliste");
	}

	@Test
	void aDelegationThatReadsNynorskGetsNynorsk() {
		RenderedMail mail = render("CONFIRMED", "nn");

		assertThat(mail.subject()).isEqualTo("Du er påmeld: Kulturskolen som lokalt ressurssenter");
		assertThat(mail.text()).contains("du er meld på verkstaden")
			.contains("Rolla di:   Rektor")
			.contains("Med venleg helsing");
		assertThat(mail.html()).contains("lang=\"nn\"").contains("Plassen din er stadfesta");
		assertThat(mail.template().label()).startsWith("delegate-confirmation/nn@");
	}

	@Test
	void aDelegationThatReadsEnglishGetsEnglishWithNorwegianTime() {
		RenderedMail mail = render("CONFIRMED", "en");

		assertThat(mail.subject()).isEqualTo("You are registered: Kulturskolen som lokalt ressurssenter");
		assertThat(mail.text()).startsWith("Dear Ola Nordmann,")
			.contains("Time:          Wednesday 10 March 2027, 09:00\u201311:30 (Norwegian time)")
			.contains("The calendar invitation is attached");
		assertThat(mail.html()).contains("lang=\"en\"").contains("Your seat is confirmed");
		assertThat(mail.template().label()).startsWith("delegate-confirmation/en@");
	}

	@Test
	void aLanguageWithoutTemplatesFallsBackToBokmal() {
		RenderedMail mail = render("CONFIRMED", "se");

		assertThat(mail.subject()).startsWith("Du er påmeldt:");
		assertThat(mail.template().language()).isEqualTo("nb");
	}

	private RenderedMail render(String status, String language) {
		Delegate delegate = new Delegate("p-1", "Ola Nordmann", "ola@bodo.kommune.example", "Rektor");
		DelegationView delegation = new DelegationView("d-1", "w-1", "s-1", status,
				"Kulturskolen som lokalt ressurssenter", Instant.parse("2027-03-10T08:00:00Z"),
				Instant.parse("2027-03-10T10:30:00Z"), "Bodø", language, List.of(delegate));
		return this.templates.render(DelegateConfirmation.TEMPLATE, language,
				DelegateConfirmation.of(delegation, delegate).variables());
	}

}
