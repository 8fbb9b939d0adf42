package no.ks.kulturskole.registration.privacy.application;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The erasures asked for, and which service has done which owner. */
public interface ErasureStore {

	void create(String erasureId, Instant requestedAt, List<String> owners);

	/** Idempotent: a receipt that comes again changes nothing. */
	void done(String erasureId, String service, String ownerId, Instant at);

	Optional<ErasureStatus> status(String erasureId, List<String> services);

}
