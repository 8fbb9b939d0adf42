package no.ks.kulturskole.notification.message.model;

/**
 * One person a message goes to, as the audience was when it was sent. Name and address
 * are personal data: never logged.
 *
 * @param delegationId the delegation the person was found in (the first, by id, for a
 * person in several)
 * @param language the delegation's language
 */
public record Recipient(String email, String name, String delegationId, String sessionId, String language) {

	@Override
	public String toString() {
		return "Recipient[" + this.delegationId + "]";
	}

}
