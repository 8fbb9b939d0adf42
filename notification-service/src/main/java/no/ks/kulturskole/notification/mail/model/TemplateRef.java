package no.ks.kulturskole.notification.mail.model;

/**
 * Which template text an e-mail was made from, so that staff can tell later exactly what
 * a recipient read.
 *
 * @param version a fingerprint of the template files' content: it changes whenever
 * somebody edits the wording, without anyone having to remember to bump a number
 */
public record TemplateRef(String name, String language, String version) {

	/**
	 * As published in {@code NotificationSent.template}, e.g.
	 * {@code delegation-confirmation/nb@1a2b3c4d}.
	 */
	public String label() {
		return this.name + "/" + this.language + "@" + this.version;
	}

}
