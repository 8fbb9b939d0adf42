package no.ks.kulturskole.registration.privacy.application;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Where an erasure stands: per service that keeps copies of personal data, whether it has
 * erased every owner the erasure found.
 *
 * @param owners the delegations and pilot applications erased (ids only)
 * @param services per service ({@code spring.application.name})
 */
public record ErasureStatus(String erasureId, Instant requestedAt, List<String> owners,
		Map<String, ServiceStatus> services) {

	public enum State {

		PENDING, DONE

	}

	/**
	 * @param at when the service reported its last owner done; {@code null} while pending
	 */
	public record ServiceStatus(State status, Instant at) {
	}

}
