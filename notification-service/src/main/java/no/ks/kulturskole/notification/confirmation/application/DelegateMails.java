package no.ks.kulturskole.notification.confirmation.application;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import no.ks.kulturskole.notification.confirmation.application.DelegateInvitations.SessionTimes;
import no.ks.kulturskole.notification.confirmation.model.DelegationView;
import no.ks.kulturskole.notification.confirmation.model.DelegationView.Delegate;
import no.ks.kulturskole.notification.confirmation.model.SessionTimeText;
import no.ks.kulturskole.notification.mail.application.MailDelivery;
import no.ks.kulturskole.notification.mail.application.MailTemplates;
import no.ks.kulturskole.notification.mail.model.CalendarInvite;
import no.ks.kulturskole.notification.mail.model.MailKey;
import no.ks.kulturskole.notification.mail.model.MailKind;
import no.ks.kulturskole.notification.mail.model.OutgoingMail;
import no.ks.kulturskole.notification.mail.model.RenderedMail;
import no.ks.kulturskole.support.correlation.CorrelationId;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * One change mail to one delegate, in the delegation's language, with the session's
 * current title and time. The variables every change template may use are
 * {@code delegateName}, {@code workshopTitle}, {@code sessionTime}, {@code reason} and
 * {@code waitlisted} (see {@code templates/mail/README.md}).
 */
@Component
public class DelegateMails {

	private final DelegateInvitations invitations;

	private final MailTemplates templates;

	private final MailDelivery delivery;

	/** What becomes of each mail: delivered, or recorded as skipped. */
	private final Consumer<OutgoingMail> outcome;

	@Autowired
	public DelegateMails(DelegateInvitations invitations, MailTemplates templates, MailDelivery delivery) {
		this.invitations = invitations;
		this.templates = templates;
		this.delivery = delivery;
		this.outcome = delivery::deliver;
	}

	private DelegateMails(DelegateMails mails, Consumer<OutgoingMail> outcome) {
		this.invitations = mails.invitations;
		this.templates = mails.templates;
		this.delivery = mails.delivery;
		this.outcome = outcome;
	}

	/**
	 * The same mails, written but not sent: each is recorded as skipped with the reason,
	 * so that staff see what did not go and why.
	 */
	public DelegateMails skipping(String reason) {
		return new DelegateMails(this, (mail) -> this.delivery.skip(mail, reason));
	}

	/**
	 * @param revision part of the deduplication key: the same change to the same person
	 * is sent once
	 */
	public void send(MailKind kind, String template, DelegationView delegation, Delegate delegate, int revision,
			String reason, Optional<CalendarInvite> calendar) {
		send(kind, template, delegation, delegate, revision, reason, calendar, Map.of());
	}

	/**
	 * @param extra further template variables, e.g. {@code meetingUrl} or
	 * {@code materials}
	 */
	public void send(MailKind kind, String template, DelegationView delegation, Delegate delegate, int revision,
			String reason, Optional<CalendarInvite> calendar, Map<String, Object> extra) {
		send(kind, template, delegation, delegate, "v" + revision, reason, calendar.stream().toList(), extra);
	}

	/**
	 * @param version part of the deduplication key, see {@link MailKey#version()}
	 * @param calendars attachments, e.g. a new entry and the removal of the old one
	 */
	public void send(MailKind kind, String template, DelegationView delegation, Delegate delegate, String version,
			String reason, List<CalendarInvite> calendars, Map<String, Object> extra) {
		if (delegate.email() == null || delegate.email().isBlank()) {
			return;
		}
		SessionTimes times = this.invitations.timesOf(delegation);
		Map<String, Object> variables = new HashMap<>();
		variables.put("delegateName", delegate.name());
		variables.put("workshopTitle", times.title());
		variables.put("sessionTime",
				(times.startsAt() != null) ? SessionTimeText.of(times.startsAt(), times.endsAt()) : null);
		variables.put("sessionTimeEn",
				(times.startsAt() != null) ? SessionTimeText.inEnglish(times.startsAt(), times.endsAt()) : null);
		variables.put("municipalityName", delegation.municipalityName());
		variables.put("reason", (reason != null && !reason.isBlank()) ? reason : null);
		variables.put("waitlisted", delegation.waitlisted());
		variables.put("meetingUrl", times.meetingUrl());
		variables.put("toCoordinator", false);
		variables.putAll(extra);
		RenderedMail content = this.templates.render(template, times.language(), variables);
		MailKey key = new MailKey(kind, delegate.email(), delegation.workshopId(), delegation.sessionId(),
				delegation.delegationId(), version);
		this.outcome.accept(new OutgoingMail(key, content, CorrelationId.current().orElse(null), calendars, null));
	}

	/**
	 * The same mail to the delegation's coordinator, who is not a delegate (or is, and
	 * then the deduplication key makes it one mail). No calendar: the coordinator's seat
	 * is their own delegate mail.
	 */
	public void sendToCoordinator(MailKind kind, String template, DelegationView delegation, String version,
			String reason, Map<String, Object> extra) {
		if (delegation.coordinator() == null) {
			return;
		}
		Delegate coordinator = new Delegate("coordinator", delegation.coordinator().name(),
				delegation.coordinator().email(), null);
		Map<String, Object> variables = new HashMap<>(extra);
		variables.put("toCoordinator", true);
		send(kind, template, delegation, coordinator, version, reason, List.of(), variables);
	}

}
