package no.ks.kulturskole.notification.pilot.application;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import no.ks.kulturskole.contracts.registration.DelegationRegistered;
import no.ks.kulturskole.contracts.registration.PilotApplicationDeclined;
import no.ks.kulturskole.contracts.registration.PilotApplicationSubmitted;
import no.ks.kulturskole.contracts.registration.PilotMunicipalitySelected;
import no.ks.kulturskole.notification.mail.application.MailDelivery;
import no.ks.kulturskole.notification.mail.application.MailTemplates;
import no.ks.kulturskole.notification.mail.model.MailKey;
import no.ks.kulturskole.notification.mail.model.MailKind;
import no.ks.kulturskole.notification.mail.model.OutgoingMail;
import no.ks.kulturskole.notification.pilot.application.PilotApplications.Applicant;
import no.ks.kulturskole.support.correlation.CorrelationId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;

/**
 * Tells the municipality's contact whether it was selected for the pilot project
 * Kulturskole 3.0.
 * <p>
 * The language: a pilot application carries none ({@code PilotApplicationSubmitted} has
 * no such field, and adding one is a change to the shared contract and to
 * registration-service). The municipality's delegations do carry one, and a municipality
 * writes one form of Norwegian (bokmål or nynorsk) as a whole, so the decision is written
 * in the language its delegations last chose, the nearest we have to the applicant's own,
 * and in bokmål when it has registered none. Should applications one day carry a
 * language, that one is the better answer and belongs first in {@link #languageFor}.
 */
@Service
public class PilotDecisions {

	private static final Logger log = LoggerFactory.getLogger(PilotDecisions.class);

	/**
	 * Pilot mails belong to no workshop; the e-mail log and {@code notification.events}
	 * file them under this id (and the application id in place of a delegation).
	 */
	public static final String PILOT_PROJECT = "pilot-kulturskole-3.0";

	static final String TEMPLATE = "pilot-decision";

	/** For a municipality that has never told us its language. */
	static final String DEFAULT_LANGUAGE = "nb";

	private final PilotApplications applications;

	private final MunicipalityLanguages languages;

	private final MailTemplates templates;

	private final MailDelivery delivery;

	public PilotDecisions(PilotApplications applications, MunicipalityLanguages languages, MailTemplates templates,
			MailDelivery delivery) {
		this.applications = applications;
		this.languages = languages;
		this.templates = templates;
		this.delivery = delivery;
	}

	public void on(PilotApplicationSubmitted event) {
		this.applications.record(event.applicationId(),
				new Applicant((event.contact() != null) ? event.contact().name() : null,
						(event.contact() != null) ? event.contact().email() : null,
						(event.organisation() != null) ? event.organisation().name() : null,
						(event.organisation() != null) ? event.organisation().number() : null));
	}

	/** A delegation of the municipality chose the language its e-mails are written in. */
	public void on(DelegationRegistered event) {
		if (event.organisation() == null || event.organisation().number() == null || event.language() == null
				|| event.language().isBlank()) {
			return;
		}
		// an undated choice counts as the oldest
		this.languages.record(event.organisation().number(), event.language(),
				(event.occurredAt() != null) ? event.occurredAt() : Instant.EPOCH);
	}

	public void on(PilotMunicipalitySelected event) {
		decided(event.applicationId(), event.organisationNumber(), MailKind.PILOT_SELECTED, true, null);
	}

	public void on(PilotApplicationDeclined event) {
		decided(event.applicationId(), event.organisationNumber(), MailKind.PILOT_DECLINED, false, event.reason());
	}

	private void decided(String applicationId, String organisationNumber, MailKind kind, boolean selected,
			String reason) {
		Optional<Applicant> applicant = this.applications.find(applicationId);
		if (applicant.isEmpty() || applicant.get().contactEmail() == null || applicant.get().contactEmail().isBlank()) {
			log.warn("Pilot decision for application {} without a known contact; not mailed", applicationId);
			return;
		}
		Map<String, Object> variables = new HashMap<>();
		variables.put("contactName", applicant.get().contactName());
		variables.put("municipalityName", applicant.get().municipalityName());
		variables.put("selected", selected);
		variables.put("reason", (reason != null && !reason.isBlank()) ? reason : null);
		MailKey key = new MailKey(kind, applicant.get().contactEmail(), PILOT_PROJECT, null, applicationId, 1);
		String language = languageFor(
				(organisationNumber != null) ? organisationNumber : applicant.get().municipalityNumber());
		this.delivery.deliver(new OutgoingMail(key, this.templates.render(TEMPLATE, language, variables),
				CorrelationId.current().orElse(null)));
	}

	private String languageFor(String municipalityNumber) {
		return Optional.ofNullable(municipalityNumber).flatMap(this.languages::of).orElse(DEFAULT_LANGUAGE);
	}

}
