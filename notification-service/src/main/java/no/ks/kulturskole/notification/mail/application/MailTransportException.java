package no.ks.kulturskole.notification.mail.application;

/**
 * The SMTP server did not accept an e-mail. The message names the cause without the
 * addresses SMTP replies often quote, so that it can be stored and logged.
 */
public class MailTransportException extends RuntimeException {

	private final boolean permanent;

	/**
	 * @param permanent {@code true} if trying again cannot help (e.g. the address is
	 * malformed)
	 */
	public MailTransportException(String reason, Throwable cause, boolean permanent) {
		super(reason, cause);
		this.permanent = permanent;
	}

	public boolean isPermanent() {
		return this.permanent;
	}

}
