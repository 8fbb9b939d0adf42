package no.ks.kulturskole.api.notification;

import java.util.List;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;
import org.springframework.web.service.annotation.PostExchange;

/**
 * notification-service's staff API as a Spring HTTP service interface (issue 18): the
 * messages to a workshop's registrants and the e-mail log. A refusal is a {@code 4xx}
 * with {@code application/problem+json} naming the field.
 */
@HttpExchange(accept = { MediaType.APPLICATION_JSON_VALUE, MediaType.APPLICATION_PROBLEM_JSON_VALUE })
public interface StaffNotificationApi {

	/**
	 * Sends the message once per recipient; the same {@code messageId} again sends
	 * nothing.
	 */
	@PostExchange(url = "/api/workshops/{workshopId}/messages", contentType = MediaType.APPLICATION_JSON_VALUE)
	MessageSent send(@PathVariable String workshopId, @RequestBody RegistrantMessageRequest message);

	/** How many the message's audience reaches now; nothing is sent. */
	@PostExchange(url = "/api/workshops/{workshopId}/messages/preview", contentType = MediaType.APPLICATION_JSON_VALUE)
	MessagePreview preview(@PathVariable String workshopId, @RequestBody RegistrantMessageRequest message);

	/** The e-mail log, newest first, by workshop and/or delegation (both optional). */
	@GetExchange("/api/notifications")
	List<MailLogEntryResponse> mails(@RequestParam(required = false) String workshopId,
			@RequestParam(required = false) String delegationId);

	@PostExchange(url = "/api/notifications/resend", contentType = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<ResendResponse> resend(@RequestBody ResendRequest request);

}
