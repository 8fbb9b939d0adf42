package no.ks.kulturskole.notification.message.application;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import no.ks.kulturskole.contracts.notification.MessageSentToRegistrants;
import no.ks.kulturskole.notification.message.model.RegistrantMessage;

/** The messages staff sent, each stored once with its event. */
public interface MessageStore {

	/**
	 * Stores the message and its event for the outbox in one write.
	 * @return {@code false} if a message with this id was stored before (nothing changed)
	 */
	boolean record(RegistrantMessage message, MessageSentToRegistrants event);

	Optional<RegistrantMessage> find(String messageId);

	/** Every recipient's e-mail is in the e-mail log. */
	void markMailed(String messageId, Instant at);

	/**
	 * Messages whose e-mails were not all stored (the process stopped), stored before.
	 */
	List<RegistrantMessage> unmailedBefore(Instant before, int limit);

}
