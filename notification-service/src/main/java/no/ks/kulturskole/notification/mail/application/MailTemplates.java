package no.ks.kulturskole.notification.mail.application;

import java.util.Map;

import no.ks.kulturskole.notification.mail.model.RenderedMail;

/** Turns a template and its variables into subject, plain text and HTML. */
public interface MailTemplates {

	/**
	 * @param language the recipient's language, e.g. {@code nb}; a language without
	 * templates falls back to bokmål
	 */
	RenderedMail render(String templateName, String language, Map<String, Object> variables);

}
