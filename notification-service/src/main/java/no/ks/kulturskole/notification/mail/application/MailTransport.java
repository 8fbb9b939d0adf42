package no.ks.kulturskole.notification.mail.application;

import no.ks.kulturskole.notification.mail.model.OutgoingMail;

/** Hands an e-mail to the SMTP server. */
public interface MailTransport {

	/**
	 * Returns once the server has accepted the e-mail.
	 * @throws MailTransportException if it did not; the e-mail may be tried again
	 */
	void send(OutgoingMail mail);

}
