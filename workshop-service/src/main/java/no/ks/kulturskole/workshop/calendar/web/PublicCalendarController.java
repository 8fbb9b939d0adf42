package no.ks.kulturskole.workshop.calendar.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import no.ks.kulturskole.support.problem.RuleViolation;
import no.ks.kulturskole.workshop.calendar.application.CalendarFeed;
import no.ks.kulturskole.workshop.calendar.application.CalendarLanguage;
import no.ks.kulturskole.workshop.calendar.application.CalendarWriter;
import no.ks.kulturskole.workshop.calendar.application.WorkshopCalendar;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

/**
 * The public calendar feed to subscribe to. Public like the list of open workshops, and
 * like it without meeting links. Calendar programs fetch it every hour or so, so it
 * answers 304 to a fetch that names the version it has (ETag or Last-Modified).
 */
@RestController
@Tag(name = "Verksted (offentlig)")
class PublicCalendarController {

	static final MediaType TEXT_CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);

	/** Short enough that a reschedule reaches subscribers the same hour. */
	private static final Duration MAX_AGE = Duration.ofMinutes(5);

	private final WorkshopCalendar calendar;

	private final CalendarWriter writer;

	PublicCalendarController(WorkshopCalendar calendar, CalendarWriter writer) {
		this.calendar = calendar;
		this.writer = writer;
	}

	@GetMapping(path = "/api/public/workshops.ics")
	@Operation(summary = "Kalender med verkstedene, til å abonnere på (iCalendar)",
			description = "Én hendelse per økt i verksted som er planlagt eller stengt for påmelding, uten møtelenker. "
					+ "UID er øktens egen og endres aldri; SEQUENCE og LAST-MODIFIED øker når verkstedet flyttes. "
					+ "Avlyste verksted står med STATUS:CANCELLED til siste økt skulle vært over.")
	@ApiResponse(responseCode = "200", description = "Kalenderen", content = @Content(mediaType = "text/calendar"))
	@ApiResponse(responseCode = "304", description = "Uendret siden versjonen klienten har (ETag eller Last-Modified)")
	@ApiResponse(responseCode = "400", description = "Ukjent språk",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
	ResponseEntity<String> feed(@Parameter(description = "nb (standard), nn eller en",
			example = "nn") @RequestParam(name = "sprak", required = false) String sprak, WebRequest request) {
		CalendarLanguage language = CalendarLanguage.of(sprak);
		if (language == null) {
			throw new RuleViolation("sprak", "language-unknown", "Språket må være nb, nn eller en.");
		}
		CalendarFeed feed = this.calendar.feed(language);
		String body = this.writer.write(feed);
		String eTag = "\"" + sha256(body) + "\"";
		long lastModified = (feed.lastModified() != null) ? feed.lastModified().toEpochMilli() : -1;
		if (request.checkNotModified(eTag, lastModified)) {
			return null;
		}
		ResponseEntity.BodyBuilder answer = ResponseEntity.ok()
			.contentType(TEXT_CALENDAR)
			.eTag(eTag)
			.cacheControl(CacheControl.maxAge(MAX_AGE).cachePublic())
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline()
						.filename("fremtidens-kulturskole-" + language.code() + ".ics")
						.build()
						.toString());
		if (feed.lastModified() != null) {
			answer.lastModified(feed.lastModified());
		}
		return answer.body(body);
	}

	private static String sha256(String text) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every JDK has SHA-256", ex);
		}
	}

}
