package no.ks.kulturskole.api.registration;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.service.annotation.HttpExchange;
import org.springframework.web.service.annotation.PostExchange;

/**
 * registration-service's staff moves as a Spring HTTP service interface, shared by the
 * service (its request records) and the gateway (its client). A refusal is a {@code 4xx}
 * with {@code application/problem+json} naming the field.
 */
@HttpExchange(url = "/api/registrations",
		accept = { MediaType.APPLICATION_JSON_VALUE, MediaType.APPLICATION_PROBLEM_JSON_VALUE },
		contentType = MediaType.APPLICATION_JSON_VALUE)
public interface StaffRegistrationApi {

	@PostExchange("/waiting-list/moves")
	ResponseEntity<Void> moveWaitingList(@RequestBody StaffMoveRequests.WaitingListMoveRequest request);

	@PostExchange("/{delegationId}/move")
	ResponseEntity<Void> move(@PathVariable String delegationId, @RequestBody StaffMoveRequests.MoveRequest request);

	@PostExchange("/conflicts/{conflictId}/resolution")
	ResponseEntity<Void> resolve(@PathVariable String conflictId,
			@RequestBody StaffMoveRequests.ResolutionRequest request);

}
