package no.ks.kulturskole.api.registration;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Where an erasure on request stands (GDPR art. 17, issue 14): per service that keeps
 * copies of personal data, whether it has erased every owner the erasure found.
 * registration-service maps its application's {@code ErasureStatus} to it.
 *
 * @param owners the delegations and pilot applications erased (ids only)
 * @param services per service ({@code spring.application.name})
 */
public record ErasureStatusResponse(String erasureId, Instant requestedAt, List<String> owners,
		Map<String, ServiceProgress> services) {

	/** A reader gets empty collections, never {@code null}. */
	public ErasureStatusResponse {
		owners = (owners != null) ? owners : List.of();
		services = (services != null) ? services : Map.of();
	}

	/** Every service has erased its copies. */
	public boolean done() {
		return this.services.values().stream().allMatch(ServiceProgress::done);
	}

	/**
	 * @param status {@code PENDING} or {@code DONE}
	 * @param at when the service reported its last owner done; {@code null} while pending
	 */
	public record ServiceProgress(String status, Instant at) {

		public boolean done() {
			return "DONE".equals(this.status);
		}

	}

}
