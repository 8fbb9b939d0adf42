package no.ks.kulturskole.api.workshop;

import java.util.List;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;
import org.springframework.web.service.annotation.PatchExchange;
import org.springframework.web.service.annotation.PostExchange;
import org.springframework.web.service.annotation.PutExchange;

/**
 * workshop-service's staff commands as a Spring HTTP service interface: the gateway gets
 * a client of it, so a renamed field or path breaks the gateway's compile rather than
 * coming back as a 400 at run time. The commands' answers' bodies are not read here (the
 * pages read the workshop afterwards, with {@link #get}); a refusal is a {@code 4xx} with
 * {@code application/problem+json} naming the field.
 */
@HttpExchange(url = "/api/workshops",
		accept = { MediaType.APPLICATION_JSON_VALUE, MediaType.APPLICATION_PROBLEM_JSON_VALUE })
public interface StaffWorkshopApi {

	/** Every workshop, first session first. */
	@GetExchange
	List<StaffWorkshopResponse> list();

	@GetExchange("/{id}")
	StaffWorkshopResponse get(@PathVariable String id);

	@PostExchange(contentType = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<Void> schedule(@RequestBody ScheduleWorkshopRequest request);

	@PutExchange(url = "/{id}", contentType = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<Void> revise(@PathVariable String id, @RequestBody ScheduleWorkshopRequest request);

	@PatchExchange(url = "/{id}/details", contentType = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<Void> changeDetails(@PathVariable String id,
			@RequestBody WorkshopChangeRequests.DetailsRequest request);

	@PostExchange(url = "/{id}/copy", contentType = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<Void> copy(@PathVariable String id, @RequestBody CopyWorkshopRequest request);

	@PostExchange("/{id}/schedule")
	ResponseEntity<Void> publish(@PathVariable String id);

	@PostExchange("/{id}/close-registration")
	ResponseEntity<Void> closeRegistration(@PathVariable String id);

	@PostExchange(url = "/{id}/cancel", contentType = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<Void> cancel(@PathVariable String id, @RequestBody WorkshopChangeRequests.CancelRequest request);

	@PostExchange(url = "/{id}/sessions", contentType = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<Void> addSession(@PathVariable String id,
			@RequestBody ScheduleWorkshopRequest.SessionRequest request);

	@PatchExchange(url = "/{id}/sessions/{sessionId}", contentType = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<Void> changeCapacity(@PathVariable String id, @PathVariable String sessionId,
			@RequestBody WorkshopChangeRequests.CapacityRequest request);

	@PutExchange(url = "/{id}/preparation", contentType = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<Void> prepare(@PathVariable String id,
			@RequestBody WorkshopChangeRequests.PreparationRequest request);

	@PutExchange(url = "/{id}/invitations", contentType = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<Void> invite(@PathVariable String id, @RequestBody InvitationsRequest request);

	/** The workshop's extra registration questions (issue 17). */
	@GetExchange("/{id}/questions")
	QuestionsResponse questions(@PathVariable String id);

	@PutExchange(url = "/{id}/questions", contentType = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<Void> askQuestions(@PathVariable String id, @RequestBody QuestionsRequest request);

}
