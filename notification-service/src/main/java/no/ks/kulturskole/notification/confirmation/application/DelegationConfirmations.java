package no.ks.kulturskole.notification.confirmation.application;

import no.ks.kulturskole.contracts.registration.DelegationRegistered;
import no.ks.kulturskole.notification.confirmation.model.DelegationConfirmation;
import no.ks.kulturskole.notification.mail.application.MailDelivery;
import no.ks.kulturskole.notification.mail.application.MailTemplates;
import no.ks.kulturskole.notification.mail.model.MailKey;
import no.ks.kulturskole.notification.mail.model.MailKind;
import no.ks.kulturskole.notification.mail.model.OutgoingMail;
import no.ks.kulturskole.notification.mail.model.RenderedMail;
import no.ks.kulturskole.support.correlation.CorrelationId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;

/**
 * Tells a delegation's coordinator that the registration arrived, and with which status.
 */
@Service
public class DelegationConfirmations {

	private static final Logger log = LoggerFactory.getLogger(DelegationConfirmations.class);

	/**
	 * A registration is the delegation's first revision; later changes (moves,
	 * promotions) will confirm with higher ones.
	 */
	static final int REGISTRATION_REVISION = 1;

	private final MailTemplates templates;

	private final MailDelivery delivery;

	public DelegationConfirmations(MailTemplates templates, MailDelivery delivery) {
		this.templates = templates;
		this.delivery = delivery;
	}

	public void on(DelegationRegistered event) {
		String recipient = (event.coordinator() != null) ? event.coordinator().email() : null;
		if (recipient == null || recipient.isBlank()) {
			// nobody to write to; registration-service requires an address, so this is a
			// contract breach worth seeing, but not worth dead-lettering
			log.warn("Delegation {} registered without a coordinator e-mail; no confirmation sent",
					event.delegationId());
			return;
		}
		MailKey key = new MailKey(MailKind.DELEGATION_CONFIRMATION, recipient, event.workshopId(), event.sessionId(),
				event.delegationId(), REGISTRATION_REVISION);
		RenderedMail content = this.templates.render(DelegationConfirmation.TEMPLATE, event.language(),
				DelegationConfirmation.of(event).variables());
		this.delivery.deliver(new OutgoingMail(key, content, CorrelationId.current().orElse(null)));
	}

}
