package no.ks.kulturskole.registration.delegation.model;

/**
 * The secret of a new self-service link, as the model may see it: its hash, to store, and
 * the secret sealed for one delegation, to announce in {@code ManageLinkIssued}. The
 * model never holds the secret in the clear, so it can neither store nor publish it by
 * mistake.
 */
public interface ManageSecret {

	/** What is stored and compared: never the secret itself. */
	String hash();

	/**
	 * The secret sealed for notification-service, bound to the delegation it opens (the
	 * delegation id is known only once the model has placed it).
	 */
	String sealedFor(String delegationId);

}
