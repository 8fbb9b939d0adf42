package no.ks.kulturskole.support.privacy;

import java.time.Duration;
import java.util.Collection;

import no.ks.kulturskole.contracts.DomainEvent;
import no.ks.kulturskole.contracts.privacy.PersonalData;
import no.ks.kulturskole.support.deadletter.RetryLater;
import no.ks.kulturskole.support.secret.SecretSeal;
import tools.jackson.databind.json.JsonMapper;

/**
 * Seals the personal fields of an event before it is stored for publishing (the owner of
 * the data, registration-service) and opens them when an event is read (every service
 * that shows or mails personal data). The sealed value is the whole event as JSON,
 * encrypted with the owner's data key and bound to the owner's id; opening reads it back
 * as the event it was.
 */
public class PersonalDataSeals {

	/**
	 * How long a reader waits for a key it does not have yet before its consumer tries
	 * the record again later.
	 */
	private static final Duration PATIENCE = Duration.ofSeconds(2);

	private final JsonMapper json;

	private final DataKeys keys;

	public PersonalDataSeals(JsonMapper json, DataKeys keys) {
		this.json = json;
		this.keys = keys;
	}

	/** The event as it may be published: personal fields sealed. Others unchanged. */
	public DomainEvent seal(DomainEvent event) {
		if (!(event instanceof PersonalData personal) || personal.sealedPersonalData() != null) {
			return event;
		}
		SecretSeal key = this.keys.issuedFor(personal.personalDataOwner());
		String sealed = key.seal(this.json.writeValueAsString(event), personal.personalDataOwner());
		return (DomainEvent) personal.sealedAs(sealed);
	}

	/**
	 * The event as this service may use it: personal fields opened with the owner's key,
	 * or reading {@value PersonalData#ERASED} when the owner was erased (also an event
	 * published in the clear before sealing). Other events in the clear, and those
	 * without personal data, come as they are.
	 * @param topicType the sealed interface of the event's topic
	 * @throws RetryLater when the owner's key has not arrived yet (it travels on another
	 * topic): the record waits and is tried again
	 */
	public <T extends DomainEvent> T open(T event, Class<T> topicType) {
		return open(event, topicType, true);
	}

	/**
	 * Runs a batch of {@link #open}s with each owner's key looked up once, the keys of
	 * the owners the batch's records name together first
	 * ({@link DataKeys#withinOneBatch(Collection, Runnable)}).
	 */
	public void withinOneBatch(Collection<String> likelyOwners, Runnable work) {
		this.keys.withinOneBatch(likelyOwners, work);
	}

	/**
	 * As {@link #open}, for a replay of the whole history (a read-model rebuild), which
	 * cannot wait for a key: an owner whose key this service never got reads as erased,
	 * so that the rebuild still counts the event.
	 */
	public <T extends DomainEvent> T openForReplay(T event, Class<T> topicType) {
		return open(event, topicType, false);
	}

	private <T extends DomainEvent> T open(T event, Class<T> topicType, boolean waitForKey) {
		if (!(event instanceof PersonalData personal)) {
			return event;
		}
		String owner = personal.personalDataOwner();
		// only a sealed event needs its key, and only a live consumer can wait for it
		DataKeys.State state = (personal.sealedPersonalData() != null && waitForKey)
				? this.keys.stateOf(owner, PATIENCE) : this.keys.stateOf(owner);
		if (state.erased()) {
			// also an event from before sealing, whose fields came in the clear: an
			// erased
			// owner is erased in every copy this service makes, a rebuild included
			return topicType.cast(personal.erased());
		}
		if (personal.sealedPersonalData() == null) {
			return event;
		}
		if (state.key().isEmpty() && !waitForKey) {
			return topicType.cast(personal.erased());
		}
		SecretSeal key = state.key()
			.orElseThrow(() -> new RetryLater("The data key of " + owner + " has not arrived yet"));
		return this.json.readValue(key.open(personal.sealedPersonalData(), owner), topicType);
	}

}
