package no.ks.kulturskole.api.registration;

import java.util.List;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.service.annotation.DeleteExchange;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;
import org.springframework.web.service.annotation.PostExchange;
import org.springframework.web.service.annotation.PutExchange;

/**
 * registration-service's public API as the gateway's pages call it: the list of
 * municipalities, the registration itself and the application to the pilot project. A
 * refusal is a {@code 4xx} with {@code application/problem+json} naming the field, for
 * the person at the form.
 */
@HttpExchange(url = "/api/public",
		accept = { MediaType.APPLICATION_JSON_VALUE, MediaType.APPLICATION_PROBLEM_JSON_VALUE })
public interface PublicRegistrationApi {

	/**
	 * The header the manage link's secret goes in: never in a URL, so it stays out of
	 * every access log.
	 */
	String MANAGE_TOKEN = "X-Manage-Token";

	@GetExchange("/municipalities")
	List<MunicipalityResponse> municipalities();

	@PostExchange(url = "/workshops/{workshopId}/registrations", contentType = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<RegistrationResponse> register(@PathVariable String workshopId,
			@RequestBody RegistrationRequest request);

	@PostExchange(url = "/pilot-applications", contentType = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<PilotReceipt> applyForPilot(@RequestBody PublicRequests.ApplicationRequest request);

	/**
	 * The lost link: always accepted, whether or not a delegation was found, so that the
	 * answer tells nobody who registered.
	 */
	@PostExchange(url = "/workshops/{workshopId}/manage-link-requests", contentType = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<Void> requestManageLink(@PathVariable String workshopId,
			@RequestBody PublicRequests.LinkRequest request);

	/**
	 * The coordinator's own delegation, with the secret of the manage link; a wrong
	 * secret is a {@code 404}, too many tries a {@code 429}.
	 */
	@GetExchange("/registrations/{delegationId}")
	ResponseEntity<ManagedDelegationView> managed(@PathVariable String delegationId,
			@RequestHeader(MANAGE_TOKEN) String secret);

	/** The delegates as they shall be (until the deadline; replacing one also after). */
	@PutExchange(url = "/registrations/{delegationId}", contentType = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<ManagedDelegationView> change(@PathVariable String delegationId,
			@RequestHeader(MANAGE_TOKEN) String secret, @RequestBody ManageRequests.ChangeRequest request);

	/** The answers to the reflection questions (until the session starts). */
	@PutExchange(url = "/registrations/{delegationId}/reflection", contentType = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<ManagedDelegationView> reflect(@PathVariable String delegationId,
			@RequestHeader(MANAGE_TOKEN) String secret, @RequestBody ManageRequests.ReflectionRequest request);

	/** Cancels the registration (until the deadline). */
	@DeleteExchange("/registrations/{delegationId}")
	ResponseEntity<Void> cancel(@PathVariable String delegationId, @RequestHeader(MANAGE_TOKEN) String secret);

	/**
	 * The coordinator's erasure of the delegation's personal data, once the workshop is
	 * over.
	 */
	@PostExchange("/registrations/{delegationId}/erasure")
	ResponseEntity<Void> erase(@PathVariable String delegationId, @RequestHeader(MANAGE_TOKEN) String secret);

	/**
	 * The delegation's answers to the workshop's extra questions, with the questions; a
	 * wrong secret is a {@code 404}, too many tries a {@code 429}.
	 */
	@GetExchange("/registrations/{delegationId}/answers")
	ResponseEntity<AnswersView> answers(@PathVariable String delegationId, @RequestHeader(MANAGE_TOKEN) String secret);

	/** Every answer as it shall be; the answers as stored come back. */
	@PutExchange(url = "/registrations/{delegationId}/answers", contentType = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<AnswersView> changeAnswers(@PathVariable String delegationId,
			@RequestHeader(MANAGE_TOKEN) String secret, @RequestBody AnswersRequest request);

}
