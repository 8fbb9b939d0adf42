package no.ks.kulturskole.notification.mail.infrastructure;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import no.ks.kulturskole.contracts.registration.Contact;
import no.ks.kulturskole.contracts.registration.DelegationRegistered;
import no.ks.kulturskole.contracts.registration.Organisation;
import no.ks.kulturskole.contracts.registration.SeatStatus;
import no.ks.kulturskole.notification.confirmation.model.DelegationConfirmation;
import no.ks.kulturskole.notification.confirmation.model.SessionTimeText;
import no.ks.kulturskole.notification.mail.model.RenderedMail;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The templates as shipped, rendered without Spring: run this after editing the wording.
 */
class DelegationConfirmationTemplateTests {

	private final ThymeleafMailTemplates templates = new ThymeleafMailTemplates();

	@Test
	void aConfirmedDelegationGetsSubjectTextAndHtmlInBokmal() {
		RenderedMail mail = render(registered("Kari Nordmann", SeatStatus.CONFIRMED, "nb"));

		assertThat(mail.subject()).isEqualTo("Påmelding mottatt: Kulturskolen som lokalt ressurssenter");
		assertThat(mail.text()).startsWith("Hei Kari Nordmann,")
			.contains("Kulturskolen som lokalt ressurssenter")
			.contains("onsdag 10. mars 2027 kl. 09:00\u201311:30")
			.contains("Kommune:           Bodø")
			.contains("Antall deltakere:  3")
			.contains("Status:            bekreftet")
			.contains("Plassene er bekreftet")
			.doesNotContain("venteliste")
			.doesNotContain("[(")
			.contains("KS og Norsk kulturskoleråd\n\n--\n")
			.endsWith("sletting: http://localhost:8080/personvern\n");
		assertThat(mail.html()).contains("Hei<span> Kari Nordmann</span>,")
			.contains("<td>onsdag 10. mars 2027 kl. 09:00\u201311:30</td>")
			.contains("<strong>Bodø</strong>")
			.contains("<td>3</td>")
			.contains("<strong>bekreftet</strong>")
			.contains("KS og Norsk kulturskoleråd")
			.doesNotContain("th:");
	}

	@Test
	void aWaitlistedDelegationIsToldItWaitsAsOneGroup() {
		RenderedMail mail = render(registered("Kari Nordmann", SeatStatus.WAITLISTED, "nb"));

		assertThat(mail.text()).contains("Status:            på venteliste")
			.contains("står på venteliste som én gruppe")
			.doesNotContain("Plassene er bekreftet");
		assertThat(mail.html()).contains("<strong>på venteliste</strong>").contains("venteliste som én gruppe");
	}

	@Test
	void markupInNamesIsShownAsTextInHtml() {
		RenderedMail mail = render(registered("<script>alert(1)</script>", SeatStatus.CONFIRMED, "nb"));

		assertThat(mail.html()).doesNotContain("<script>").contains("&lt;script&gt;");
	}

	@Test
	void aMissingCoordinatorNameGivesAPlainGreeting() {
		RenderedMail mail = render(registered(null, SeatStatus.CONFIRMED, "nb"));

		assertThat(mail.text()).startsWith("Hei,\n");
		assertThat(mail.html()).contains("<p>Hei,</p>");
	}

	@Test
	void aLanguageWithoutTemplatesFallsBackToBokmal() {
		RenderedMail mail = render(registered("Kari Nordmann", SeatStatus.CONFIRMED, "se"));

		assertThat(mail.template().language()).isEqualTo("nb");
		assertThat(mail.subject()).startsWith("Påmelding mottatt: ");
	}

	@Test
	void theTemplateIsRecordedByNameLanguageAndAFingerprintOfItsFiles() {
		RenderedMail first = render(registered("Kari Nordmann", SeatStatus.CONFIRMED, "nb"));
		RenderedMail second = render(registered("Ola Nordmann", SeatStatus.WAITLISTED, "nb"));

		assertThat(first.template().label()).matches("delegation-confirmation/nb@[0-9a-f]{8}");
		assertThat(second.template()).isEqualTo(first.template());
	}

	@Test
	void aLineBreakInTheTitleCannotBreakTheSubjectHeader() {
		DelegationRegistered event = registered("Kari Nordmann", SeatStatus.CONFIRMED, "nb");
		DelegationRegistered withBreak = new DelegationRegistered(event.eventId(), event.delegationId(),
				event.workshopId(), event.occurredAt(), 1, event.sessionId(), event.status(), event.organisation(),
				event.coordinator(), 3, "Første linje\r\nBcc: noen@example.com", event.sessionStartsAt(),
				event.sessionEndsAt(), "nb");

		assertThat(render(withBreak).subject()).isEqualTo("Påmelding mottatt: Første linje Bcc: noen@example.com");
	}

	private RenderedMail render(DelegationRegistered event) {
		return this.templates.render(DelegationConfirmation.TEMPLATE, event.language(),
				confirmationOf(event).variables());
	}

	/** As the service fills it in when the delegation's registration arrives. */
	private static DelegationConfirmation confirmationOf(DelegationRegistered event) {
		return new DelegationConfirmation(event.coordinator().name(), event.workshopTitle(),
				SessionTimeText.of(event.sessionStartsAt(), event.sessionEndsAt()),
				SessionTimeText.inEnglish(event.sessionStartsAt(), event.sessionEndsAt()), event.organisation().name(),
				event.participantCount(), event.status() == SeatStatus.WAITLISTED, List.of(), null);
	}

	static DelegationRegistered registered(String coordinatorName, SeatStatus status, String language) {
		return new DelegationRegistered(UUID.randomUUID(), "d-1", "w-1", Instant.parse("2027-01-05T10:00:00Z"), 1,
				"s-1", status, new Organisation("1804", "Bodø", "18", "Nordland"),
				new Contact(coordinatorName, "kari.nordmann@bodo.kommune.no", null), 3,
				"Kulturskolen som lokalt ressurssenter", Instant.parse("2027-03-10T08:00:00Z"),
				Instant.parse("2027-03-10T10:30:00Z"), language);
	}

}
