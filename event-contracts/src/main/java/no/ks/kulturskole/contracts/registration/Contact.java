package no.ks.kulturskole.contracts.registration;

/** Personal data: never logged. {@code phone} is optional. */
public record Contact(String name, String email, String phone) {

	/** A contact whose owner's data key was erased: the name reads "slettet". */
	public static final Contact ERASED = new Contact(no.ks.kulturskole.contracts.privacy.PersonalData.ERASED, null,
			null);

}
