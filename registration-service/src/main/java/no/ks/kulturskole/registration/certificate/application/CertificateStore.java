package no.ks.kulturskole.registration.certificate.application;

import java.time.Instant;
import java.util.Optional;

/**
 * The confirmations issued, by verification code: ids and times only, never a name, so
 * staff can tell a real code from a made-up one even after the holder's data was erased.
 */
public interface CertificateStore {

	/**
	 * Records the first issue of the code; a later issue of the same code changes
	 * nothing.
	 * @return the code's record as stored
	 */
	Issued issue(String code, String workshopId, String delegationId, String participantId, Instant at);

	Optional<Issued> find(String code);

	/** The delegation's personal data was erased: its confirmations are no more. */
	void erasedWith(String delegationId, Instant at);

	/**
	 * @param erasedAt {@code null} while the holder's data is kept
	 */
	record Issued(String code, String workshopId, String delegationId, String participantId, Instant issuedAt,
			Instant erasedAt) {
	}

}
