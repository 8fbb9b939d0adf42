package no.ks.kulturskole.notification.mail.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;

import no.ks.kulturskole.support.inbox.EffectKey;

/**
 * What makes two e-mails "the same e-mail": the same kind of fact, to the same recipient,
 * about the same workshop session and delegation, in the same revision. The e-mail log
 * stores at most one e-mail per key, which is how a redelivered event sends nothing: the
 * platform's inbox for a side effect, its version an {@link EffectKey} made from the
 * event id or the aggregate's revision.
 * <p>
 * The recipient enters the key only as a hash, so that the key (which is also the
 * notification id published on {@code notification.events}) carries no address.
 *
 * @param version which version of the fact the e-mail is about, e.g. {@code v1} for a
 * registration and {@code v3} for the second reschedule; one-off facts that can happen
 * any number of times (a new manage link, a move) use their event id, so a redelivery of
 * the same event is the same e-mail and a new event is a new one
 */
public record MailKey(MailKind kind, String recipient, String workshopId, String sessionId, String delegationId,
		String version) {

	public MailKey {
		Objects.requireNonNull(kind, "kind");
		requireText(recipient, "recipient");
		requireText(workshopId, "workshopId");
		requireText(delegationId, "delegationId");
		requireText(version, "version");
	}

	/**
	 * @param revision a registration is revision 1; later changes that warrant a new
	 * e-mail get a higher one
	 */
	public MailKey(MailKind kind, String recipient, String workshopId, String sessionId, String delegationId,
			int revision) {
		this(kind, recipient, workshopId, sessionId, delegationId, revisionVersion(revision));
	}

	private static String revisionVersion(int revision) {
		return EffectKey.ofVersion(revision);
	}

	/** A version for a one-off fact, from the id of the event that told it. */
	public static String ofEvent(Object eventId) {
		return EffectKey.ofEvent(eventId);
	}

	/**
	 * The stable identifier, e.g. {@code DELEGATION_CONFIRMATION:w-1/s-1:d-1:3f2a…:v1}.
	 */
	public String value() {
		return this.kind + ":" + this.workshopId + "/" + Objects.requireNonNullElse(this.sessionId, "-") + ":"
				+ this.delegationId + ":" + recipientHash() + ":" + this.version;
	}

	/** Addresses differ in case and surrounding blanks but reach the same person. */
	String recipientHash() {
		byte[] normalised = this.recipient.strip().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8);
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(normalised);
			return HexFormat.of().formatHex(digest, 0, 8);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every JVM has SHA-256", ex);
		}
	}

	@Override
	public String toString() {
		// records print every component; the recipient is personal data and must not
		// reach
		// a log by accident
		return value();
	}

	private static void requireText(String value, String name) {
		if (value == null || value.isBlank()) {
			throw new IllegalArgumentException(name + " is required");
		}
	}

}
