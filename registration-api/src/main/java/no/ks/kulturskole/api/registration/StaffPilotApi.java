package no.ks.kulturskole.api.registration;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;
import org.springframework.web.service.annotation.PostExchange;

/** registration-service's staff decisions on pilot applications, as a typed client. */
@HttpExchange(url = "/api/pilot-applications",
		accept = { MediaType.APPLICATION_JSON_VALUE, MediaType.APPLICATION_PROBLEM_JSON_VALUE },
		contentType = MediaType.APPLICATION_JSON_VALUE)
public interface StaffPilotApi {

	@GetExchange
	PilotOverviewResponse overview();

	@PostExchange("/{applicationId}/decision")
	ResponseEntity<Void> decide(@PathVariable String applicationId, @RequestBody DecisionRequest request);

	/** Whether the selection is closed, and when the applications' personal data goes. */
	@GetExchange("/selection/closure")
	SelectionClosureResponse closure();

	/** Closes the selection for good; closing it again answers with the first closing. */
	@PostExchange("/selection/closure")
	ResponseEntity<SelectionClosureResponse> close(@RequestBody SelectionClosureRequest request);

}
