package no.ks.kulturskole.api.registration;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;
import org.springframework.web.service.annotation.PostExchange;

/**
 * registration-service's erasure on request (administrators only) as a Spring HTTP
 * service interface: the answer is a {@code 202} whose {@code Location} is the erasure's
 * status; a refusal is a {@code 4xx} with {@code application/problem+json} naming the
 * field. The erasure's status is read by its id.
 */
@HttpExchange(url = "/api/privacy/erasures",
		accept = { MediaType.APPLICATION_JSON_VALUE, MediaType.APPLICATION_PROBLEM_JSON_VALUE })
public interface StaffErasureApi {

	@PostExchange(contentType = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<Void> erase(@RequestBody ErasureRequest request);

	/** How far the erasure has come; an unknown id is a {@code 404}. */
	@GetExchange("/{erasureId}")
	ErasureStatusResponse status(@PathVariable String erasureId);

}
