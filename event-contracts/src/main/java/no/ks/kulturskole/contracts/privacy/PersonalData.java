package no.ks.kulturskole.contracts.privacy;

/**
 * An event with personal fields (names, e-mail addresses, phone numbers, free text). Such
 * an event is published with those fields left out ({@code null}) and the whole event,
 * personal fields included, sealed in {@link #sealedPersonalData()} with the data key of
 * its {@link #personalDataOwner()} (AES-256-GCM, see {@code SecretSeal}). The keys travel
 * on {@code privacy.keys}; erasing an owner deletes its key there and in every service,
 * and from then on its events' personal fields are noise that nobody can read: the
 * append-only {@code registration.events} can keep every event for ever without keeping
 * the person.
 * <p>
 * Events from before sealing carry their personal fields in the clear and
 * {@code sealedPersonalData == null}; readers take them as they are.
 */
public interface PersonalData {

	/** What readers without the key show where a name was. */
	String ERASED = "slettet";

	/** The delegation or pilot application whose data key seals the personal fields. */
	String personalDataOwner();

	/**
	 * The event with its personal fields, sealed with the owner's data key; {@code null}
	 * in events published in the clear.
	 */
	String sealedPersonalData();

	/**
	 * This event as published: personal fields left out, {@code sealed} carrying them.
	 */
	PersonalData sealedAs(String sealed);

	/**
	 * This event as a reader sees it once the owner's key is erased: names read
	 * {@value #ERASED}, addresses, phone numbers and free text are gone; ids, roles,
	 * organisations and counts stay.
	 */
	PersonalData erased();

}
