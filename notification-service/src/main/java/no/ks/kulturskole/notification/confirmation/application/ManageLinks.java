package no.ks.kulturskole.notification.confirmation.application;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import no.ks.kulturskole.contracts.registration.ManageLinkIssued;
import no.ks.kulturskole.notification.confirmation.application.DelegateInvitations.SessionTimes;
import no.ks.kulturskole.notification.confirmation.model.DelegationConfirmation;
import no.ks.kulturskole.notification.confirmation.model.DelegationView;
import no.ks.kulturskole.notification.confirmation.model.SessionTimeText;
import no.ks.kulturskole.notification.mail.application.MailDelivery;
import no.ks.kulturskole.notification.mail.application.MailTemplates;
import no.ks.kulturskole.notification.mail.model.MailKey;
import no.ks.kulturskole.notification.mail.model.MailKind;
import no.ks.kulturskole.notification.mail.model.OutgoingMail;
import no.ks.kulturskole.notification.mail.model.RenderedMail;
import no.ks.kulturskole.notification.mail.model.PublicPages;
import no.ks.kulturskole.notification.mail.model.SealedSecret;
import no.ks.kulturskole.support.correlation.CorrelationId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Mails the coordinator the delegation's manage link. With the registration
 * ({@code REGISTERED}) it is part of the coordinator's confirmation, which is why that
 * confirmation waits for {@code ManageLinkIssued} (it follows the delegation's events in
 * the same partition, so the delegates are known by then); when the coordinator asked for
 * a new one ({@code REQUESTED}) it comes in a short mail of its own, and so it does for a
 * new coordinator staff handed the delegation to ({@code HANDED_OVER}).
 * <p>
 * The secret stays sealed all the way into the e-mail log: the rendered text holds a
 * placeholder, and the mail delivery opens the seal only to hand the e-mail to SMTP.
 */
@Service
public class ManageLinks {

	private static final Logger log = LoggerFactory.getLogger(ManageLinks.class);

	static final String MANAGE_LINK_TEMPLATE = "manage-link";

	static final String HANDOVER_TEMPLATE = "coordinator-handover";

	private final DelegationReplica delegations;

	private final DelegateInvitations invitations;

	private final MailTemplates templates;

	private final MailDelivery delivery;

	private final String gatewayUrl;

	public ManageLinks(DelegationReplica delegations, DelegateInvitations invitations, MailTemplates templates,
			MailDelivery delivery, @Value("${platform.gateway-url:http://localhost:8080}") String gatewayUrl) {
		this.delegations = delegations;
		this.invitations = invitations;
		this.templates = templates;
		this.delivery = delivery;
		this.gatewayUrl = gatewayUrl;
	}

	public void on(ManageLinkIssued event) {
		Optional<DelegationView> found = this.delegations.ofDelegation(event.delegationId())
			.filter(DelegationView::registered);
		if (found.isEmpty()) {
			log.warn("Manage link for delegation {} that this service has not seen registered; not mailed",
					event.delegationId());
			return;
		}
		DelegationView delegation = found.get();
		if (delegation.coordinator() == null || delegation.coordinator().email() == null
				|| delegation.coordinator().email().isBlank()) {
			log.warn("Delegation {} has no coordinator e-mail; manage link not mailed", event.delegationId());
			return;
		}
		SessionTimes times = this.invitations.timesOf(delegation);
		String language = (event.language() != null) ? event.language() : times.language();
		String link = linkTo(delegation.delegationId());
		SealedSecret secret = new SealedSecret(event.sealedSecret(), event.delegationId());
		String recipient = delegation.coordinator().email();
		if (event.reason() == ManageLinkIssued.Reason.HANDED_OVER) {
			// the coordinator is already the new one: RegistrationConflictResolved came
			// first, in the same partition
			Map<String, Object> variables = new HashMap<>();
			variables.put("coordinatorName", delegation.coordinator().name());
			variables.put("workshopTitle", times.title());
			variables.put("municipalityName", delegation.municipalityName());
			variables.put("manageLink", link);
			send(new MailKey(MailKind.COORDINATOR_HANDOVER, recipient, delegation.workshopId(), delegation.sessionId(),
					delegation.delegationId(), MailKey.ofEvent(event.eventId())),
					this.templates.render(HANDOVER_TEMPLATE, language, variables), secret);
		}
		else if (event.reason() == ManageLinkIssued.Reason.REQUESTED) {
			Map<String, Object> variables = new HashMap<>();
			variables.put("coordinatorName", delegation.coordinator().name());
			variables.put("workshopTitle", times.title());
			variables.put("municipalityName", delegation.municipalityName());
			variables.put("sessionTime",
					(times.startsAt() != null) ? SessionTimeText.of(times.startsAt(), times.endsAt()) : null);
			variables.put("sessionTimeEn",
					(times.startsAt() != null) ? SessionTimeText.inEnglish(times.startsAt(), times.endsAt()) : null);
			variables.put("manageLink", link);
			send(new MailKey(MailKind.MANAGE_LINK, recipient, delegation.workshopId(), delegation.sessionId(),
					delegation.delegationId(), MailKey.ofEvent(event.eventId())),
					this.templates.render(MANAGE_LINK_TEMPLATE, language, variables), secret);
		}
		else {
			this.delegations.recordRegistrationComplete(delegation.delegationId());
			DelegationConfirmation confirmation = DelegationConfirmation.of(delegation, times.title(), times.startsAt(),
					times.endsAt(), link);
			send(new MailKey(MailKind.DELEGATION_CONFIRMATION, recipient, delegation.workshopId(),
					delegation.sessionId(), delegation.delegationId(), DelegationConfirmations.REGISTRATION_REVISION),
					this.templates.render(DelegationConfirmation.TEMPLATE, language, confirmation.variables()), secret);
		}
	}

	/**
	 * The gateway's page for the delegation; the secret goes where the placeholder is.
	 */
	String linkTo(String delegationId) {
		return PublicPages.link(this.gatewayUrl, "/delegasjon/" + delegationId + "?nokkel=" + SealedSecret.PLACEHOLDER);
	}

	private void send(MailKey key, RenderedMail content, SealedSecret secret) {
		this.delivery
			.deliver(new OutgoingMail(key, content, CorrelationId.current().orElse(null), java.util.List.of(), secret));
	}

}
