package no.ks.kulturskole.notification.mail.model;

/** Which fact an e-mail tells its recipient about; one template per kind. */
public enum MailKind {

	/**
	 * To the coordinator: we have your delegation's registration (confirmed or
	 * waitlisted).
	 */
	DELEGATION_CONFIRMATION

}
