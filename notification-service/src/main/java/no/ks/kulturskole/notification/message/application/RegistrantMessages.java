package no.ks.kulturskole.notification.message.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import no.ks.kulturskole.contracts.notification.MessageSentToRegistrants;
import no.ks.kulturskole.notification.confirmation.application.DelegationReplica;
import no.ks.kulturskole.notification.confirmation.application.WorkshopReplica;
import no.ks.kulturskole.notification.confirmation.model.DelegationView;
import no.ks.kulturskole.notification.confirmation.model.WorkshopView;
import no.ks.kulturskole.notification.mail.application.MailDelivery;
import no.ks.kulturskole.notification.mail.application.MailTemplates;
import no.ks.kulturskole.notification.mail.model.MailKey;
import no.ks.kulturskole.notification.mail.model.MailKind;
import no.ks.kulturskole.notification.mail.model.OutgoingMail;
import no.ks.kulturskole.notification.mail.model.RenderedMail;
import no.ks.kulturskole.notification.message.model.Audience;
import no.ks.kulturskole.notification.message.model.LocalisedText;
import no.ks.kulturskole.notification.message.model.Recipient;
import no.ks.kulturskole.notification.message.model.RegistrantMessage;
import no.ks.kulturskole.support.correlation.CorrelationId;
import no.ks.kulturskole.support.problem.NotFound;
import no.ks.kulturskole.support.problem.RuleViolation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * Staff's messages to a workshop's registrants: who they reach (from this service's
 * replica of the delegations), and sending them through the ordinary mail path, one
 * e-mail per person under the key (message, person), so that the same message sent again
 * (the same request, or a resumed one) never mails anybody twice.
 */
@Service
public class RegistrantMessages {

	static final String TEMPLATE = "registrant-message";

	/** A message not marked mailed this long after it was stored was interrupted. */
	static final Duration INTERRUPTED_AFTER = Duration.ofMinutes(1);

	private static final Logger log = LoggerFactory.getLogger(RegistrantMessages.class);

	private final DelegationReplica delegations;

	private final WorkshopReplica workshops;

	private final MessageStore store;

	private final MailTemplates templates;

	private final MailDelivery delivery;

	private final Clock clock;

	public RegistrantMessages(DelegationReplica delegations, WorkshopReplica workshops, MessageStore store,
			MailTemplates templates, MailDelivery delivery, Clock clock) {
		this.delegations = delegations;
		this.workshops = workshops;
		this.store = store;
		this.templates = templates;
		this.delivery = delivery;
		this.clock = clock;
	}

	/** How many people the audience reaches now. */
	public int preview(String workshopId, Audience audience) {
		requireAudience(workshopId, audience);
		return recipientsOf(workshopId, audience).size();
	}

	/**
	 * Stores the message with its event, then mails each recipient. A message id sent
	 * before answers what was stored then (and finishes its mails if they were
	 * interrupted).
	 * @param messageId chosen by the caller (a form's hidden field) so that sending twice
	 * is one message; {@code null} for a new one
	 * @throws RuleViolation for a message nobody would receive
	 */
	public Sent send(String workshopId, String messageId, Audience audience, LocalisedText subject,
			LocalisedText body) {
		String id = (messageId != null && !messageId.isBlank()) ? messageId.strip() : UUID.randomUUID().toString();
		var before = this.store.find(id);
		if (before.isPresent()) {
			return sameAgain(workshopId, before.get());
		}
		requireAudience(workshopId, audience);
		subject.requireValid("subject", RegistrantMessage.MAX_SUBJECT, true);
		body.requireValid("body", RegistrantMessage.MAX_BODY, false);
		List<Recipient> recipients = recipientsOf(workshopId, audience);
		if (recipients.isEmpty()) {
			throw new RuleViolation("audience", "no-recipients",
					"Ingen påmeldte passer til utvalget, så meldingen ville ikke nådd noen.");
		}
		Instant now = this.clock.instant();
		RegistrantMessage message = new RegistrantMessage(id, workshopId, audience, subject, body, recipients, now,
				null);
		if (!this.store.record(message, eventOf(message))) {
			// the same id, at the same time, from another request
			return sameAgain(workshopId, this.store.find(id).orElseThrow());
		}
		log.info("Message {} to {} recipients of workshop {} stored", id, recipients.size(), workshopId);
		mail(message);
		return new Sent(id, recipients.size());
	}

	/**
	 * Finishes messages whose e-mails were interrupted (the process stopped between
	 * storing the message and its last e-mail): mailing them again sends only what is
	 * missing.
	 */
	@Scheduled(fixedDelayString = "${platform.mail.retry-interval:5s}",
			initialDelayString = "${platform.mail.retry-interval:5s}")
	public void finishInterrupted() {
		for (RegistrantMessage message : this.store.unmailedBefore(this.clock.instant().minus(INTERRUPTED_AFTER), 20)) {
			log.info("Message {} was interrupted; mailing whoever is missing", message.messageId());
			mail(message);
		}
	}

	private Sent sameAgain(String workshopId, RegistrantMessage message) {
		if (!message.workshopId().equals(workshopId)) {
			throw new RuleViolation("messageId", "taken", "Denne meldings-id-en hører til et annet verksted.");
		}
		if (message.mailedAt() == null) {
			mail(message);
		}
		return new Sent(message.messageId(), message.recipients().size());
	}

	private void mail(RegistrantMessage message) {
		for (Recipient recipient : message.recipients()) {
			String language = message.body().languageFor(recipient.language());
			Map<String, Object> variables = new HashMap<>();
			variables.put("subject", message.subject().in(language));
			variables.put("paragraphs", paragraphsOf(message.body().in(language)));
			variables.put("text", message.body().in(language));
			variables.put("recipientName", recipient.name());
			RenderedMail content = this.templates.render(TEMPLATE, language, variables);
			MailKey key = new MailKey(MailKind.REGISTRANT_MESSAGE, recipient.email(), message.workshopId(),
					recipient.sessionId(), recipient.delegationId(), "m" + message.messageId());
			this.delivery.deliver(new OutgoingMail(key, content, CorrelationId.current().orElse(null)));
		}
		this.store.markMailed(message.messageId(), this.clock.instant());
	}

	/** Paragraphs at blank lines; the HTML keeps the single line breaks inside them. */
	static List<String> paragraphsOf(String text) {
		List<String> paragraphs = new ArrayList<>();
		for (String paragraph : text.split("\\R\\s*\\R")) {
			if (!paragraph.isBlank()) {
				paragraphs.add(paragraph.strip());
			}
		}
		return paragraphs;
	}

	private void requireAudience(String workshopId, Audience audience) {
		if (audience == null) {
			throw new RuleViolation("audience", "required", "Velg hvem meldingen skal til.");
		}
		WorkshopView workshop = this.workshops.find(workshopId)
			.orElseThrow(() -> new NotFound("workshopId", "Verkstedet finnes ikke."));
		audience.requireComplete();
		if (audience.sessionId() != null && workshop.session(audience.sessionId()).isEmpty()) {
			throw new RuleViolation("audience.sessionId", "session-unknown", "Økten hører ikke til dette verkstedet.");
		}
	}

	/**
	 * Each person once, by address (a coordinator who is also a delegate, a delegate in
	 * two delegations), in the first of their delegations by id: the same audience gives
	 * the same recipients.
	 */
	private List<Recipient> recipientsOf(String workshopId, Audience audience) {
		Map<String, Recipient> byAddress = new LinkedHashMap<>();
		this.delegations.ofWorkshop(workshopId)
			.stream()
			.filter((delegation) -> audience.includes(delegation.status(), delegation.sessionId()))
			.sorted(Comparator.comparing(DelegationView::delegationId))
			.forEach((delegation) -> {
				if (audience.roles().contains(Audience.Role.COORDINATORS) && delegation.coordinator() != null) {
					add(byAddress, delegation, delegation.coordinator().email(), delegation.coordinator().name());
				}
				if (audience.roles().contains(Audience.Role.DELEGATES)) {
					delegation.delegates()
						.forEach((delegate) -> add(byAddress, delegation, delegate.email(), delegate.name()));
				}
			});
		return List.copyOf(byAddress.values());
	}

	private static void add(Map<String, Recipient> byAddress, DelegationView delegation, String email, String name) {
		if (email == null || email.isBlank()) {
			return;
		}
		byAddress.putIfAbsent(email.strip().toLowerCase(Locale.ROOT), new Recipient(email.strip(), name,
				delegation.delegationId(), delegation.sessionId(), delegation.language()));
	}

	private MessageSentToRegistrants eventOf(RegistrantMessage message) {
		Audience audience = message.audience();
		return new MessageSentToRegistrants(UUID.randomUUID(), message.messageId(), message.workshopId(),
				message.createdAt(), MessageSentToRegistrants.SCHEMA_VERSION, audience.sessionId(),
				audience.statuses().stream().map(Enum::name).sorted().toList(),
				audience.roles().stream().map(Enum::name).sorted().toList(), message.recipients().size(),
				message.subject().in(LocalisedText.BOKMAAL));
	}

	/**
	 * @param recipients people mailed, each once
	 */
	public record Sent(String messageId, int recipients) {

	}

}
