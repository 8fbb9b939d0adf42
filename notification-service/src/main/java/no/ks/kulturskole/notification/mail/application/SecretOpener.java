package no.ks.kulturskole.notification.mail.application;

import no.ks.kulturskole.notification.mail.model.SealedSecret;

/** Opens a sealed secret right before an e-mail carrying it goes to the SMTP server. */
public interface SecretOpener {

	/**
	 * @throws MailTransportException (permanent) if it does not open with this service's
	 * key: waiting does not help, staff must look at the key
	 */
	String open(SealedSecret secret);

}
