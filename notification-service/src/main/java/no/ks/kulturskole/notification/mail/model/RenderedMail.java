package no.ks.kulturskole.notification.mail.model;

/**
 * The finished content of one e-mail, kept in the e-mail log so that a retry sends
 * exactly what was rendered when the fact arrived, even if a template changed since.
 */
public record RenderedMail(String subject, String text, String html, TemplateRef template) {

	/** Only text and HTML: a subject never carries a secret. */
	public RenderedMail withPlaceholderReplaced(String placeholder, String value) {
		return new RenderedMail(this.subject, this.text.replace(placeholder, value),
				this.html.replace(placeholder, value), this.template);
	}

	@Override
	public String toString() {
		// the body greets the recipient by name: personal data stays out of logs
		return "RenderedMail[" + this.template.label() + "]";
	}

}
