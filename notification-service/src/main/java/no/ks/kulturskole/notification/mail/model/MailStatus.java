package no.ks.kulturskole.notification.mail.model;

public enum MailStatus {

	/** Not yet accepted by the SMTP server; a retrier sends it when it is due. */
	PENDING,

	/** Accepted by the SMTP server. */
	SENT,

	/** Given up after the last allowed attempt; staff see it in the e-mail log. */
	FAILED,

	/**
	 * Never sent: its moment had passed beyond its use (a reminder after the session
	 * started, e.g. after an outage). Staff see it, with the reason, in the e-mail log,
	 * and may still resend it.
	 */
	SKIPPED

}
