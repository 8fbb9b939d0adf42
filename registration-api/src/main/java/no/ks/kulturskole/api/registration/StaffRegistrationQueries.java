package no.ks.kulturskole.api.registration;

import java.util.List;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;

/**
 * registration-service's staff reads as the gateway's staff pages call them: a workshop's
 * delegations, their registration conflicts and who was present in a session. An unknown
 * workshop or session is a {@code 404}.
 */
@HttpExchange(accept = { MediaType.APPLICATION_JSON_VALUE, MediaType.APPLICATION_PROBLEM_JSON_VALUE })
public interface StaffRegistrationQueries {

	@GetExchange("/api/registrations")
	List<StaffDelegationView> delegations(@RequestParam String workshopId);

	/**
	 * The workshop's registration conflicts, open and resolved, in the order they came.
	 */
	@GetExchange("/api/registrations/conflicts")
	List<ConflictResponse> conflicts(@RequestParam String workshopId);

	@GetExchange("/api/workshops/{workshopId}/sessions/{sessionId}/attendance")
	Present present(@PathVariable String workshopId, @PathVariable String sessionId);

}
