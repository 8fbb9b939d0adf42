package no.ks.kulturskole.support.privacy;

/**
 * Erases a service's own copies of one owner's personal data (replicas, mail log, read
 * models) when the owner's key is erased ({@code DataKeyErased}). Idempotent: a
 * redelivered erasure finds nothing left to erase.
 */
@FunctionalInterface
public interface PersonalDataEraser {

	/**
	 * @param ownerId the delegation or pilot application
	 */
	void erase(String ownerId);

}
