package no.ks.kulturskole.notification.mail.model;

/**
 * Where the gateway serves the public pages ({@code platform.gateway-url}), for the links
 * in e-mails: the manage link, the registration form, the privacy notice.
 */
public final class PublicPages {

	private PublicPages() {
	}

	/**
	 * {@code base} and {@code path} joined with one slash, however the base was written.
	 */
	public static String link(String base, String path) {
		String root = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
		return root + path;
	}

}
