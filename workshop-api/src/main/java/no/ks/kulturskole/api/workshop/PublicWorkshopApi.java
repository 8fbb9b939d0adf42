package no.ks.kulturskole.api.workshop;

import java.util.List;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;

/**
 * workshop-service's public reads as a Spring HTTP service interface: what a municipality
 * sees before it registers, and the reflection questions its manage page shows. No
 * meeting links, no staff fields; anyone may call it.
 */
@HttpExchange(url = "/api/public/workshops",
		accept = { MediaType.APPLICATION_JSON_VALUE, MediaType.APPLICATION_PROBLEM_JSON_VALUE })
public interface PublicWorkshopApi {

	/** The workshops open for registration, first session first. */
	@GetExchange
	List<PublicWorkshopResponse> open();

	/** One workshop, also after its deadline; a {@code 404} when there is none. */
	@GetExchange("/{id}")
	PublicWorkshopResponse get(@PathVariable String id);

	/** Empty until the preparation material is out. */
	@GetExchange("/{id}/reflection-questions")
	List<String> reflectionQuestions(@PathVariable String id);

}
