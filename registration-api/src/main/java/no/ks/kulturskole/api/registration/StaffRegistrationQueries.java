package no.ks.kulturskole.api.registration;

import java.util.List;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;
import org.springframework.web.service.annotation.PutExchange;

/**
 * registration-service's staff reads as the gateway's staff pages call them: a workshop's
 * delegations, their registration conflicts, answers and who was present in a session,
 * and a participation confirmation. An unknown workshop or session is a {@code 404}.
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

	/** When retention by default erases the workshop's personal data (issue 14). */
	@GetExchange("/api/registrations/retention")
	RetentionResponse retention(@RequestParam String workshopId);

	@GetExchange("/api/workshops/{workshopId}/sessions/{sessionId}/attendance")
	Present present(@PathVariable String workshopId, @PathVariable String sessionId);

	/**
	 * Records who was present in the session (the one write here, next to its read): the
	 * same record the read answers with.
	 */
	@PutExchange(url = "/api/workshops/{workshopId}/sessions/{sessionId}/attendance",
			contentType = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<Void> recordPresent(@PathVariable String workshopId, @PathVariable String sessionId,
			@RequestBody Present present);

	/**
	 * Every delegation's answers to the workshop's extra questions (issue 17), health
	 * related ones included.
	 */
	@GetExchange("/api/registrations/answers")
	StaffAnswersResponse answers(@RequestParam String workshopId);

	/**
	 * A participation confirmation by its verification code (issue 16); a {@code 400}
	 * when it is not a code, a {@code 404} when no confirmation has it.
	 */
	@GetExchange("/api/certificates/{code}")
	CertificateLookup certificate(@PathVariable String code);

}
