package no.ks.kulturskole.infra.demo;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Gives a fresh platform something to look at: one open workshop, created through the
 * gateway's staff API like a person would, and only when no workshop exists yet. Seeding
 * is a convenience, so any failure is a warning, never a reason to stop the platform.
 */
public final class DemoWorkshop {

	private static final Logger log = LoggerFactory.getLogger(DemoWorkshop.class);

	/** The gateway's local demo staff user; the banner prints the same. */
	public static final String STAFF_USER = "stab";

	public static final String STAFF_PASSWORD = "kulturskole";

	static final String TITLE = "Verksted 1: Kulturskolen som utviklingsaktør";

	static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

	private static final int SHOWN_BODY_CHARS = 500;

	private final String gatewayUrl;

	private final Clock clock;

	private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	private final JsonMapper json = JsonMapper.builder().build();

	public DemoWorkshop(String gatewayUrl, Clock clock) {
		this.gatewayUrl = gatewayUrl;
		this.clock = clock;
	}

	/** Creates the demo workshop unless the gateway already lists one. */
	public void createIfNoWorkshopExists() {
		try {
			HttpResponse<String> list = send(HttpRequest.newBuilder(workshopsUri()).GET());
			if (list.statusCode() / 100 != 2) {
				log.warn("Demo data skipped: GET /api/workshops answered HTTP {} {}", list.statusCode(),
						shorten(list.body()));
				return;
			}
			OptionalInt existing = count(list.body());
			if (existing.isEmpty()) {
				log.warn("Demo data skipped: could not tell how many workshops exist from {}", shorten(list.body()));
				return;
			}
			if (existing.getAsInt() > 0) {
				log.info("Demo data not needed: {} workshop(s) exist", existing.getAsInt());
				return;
			}
			byte[] body = this.json.writeValueAsBytes(request(LocalDate.now(this.clock.withZone(OSLO))));
			HttpResponse<String> created = send(HttpRequest.newBuilder(workshopsUri())
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofByteArray(body)));
			if (created.statusCode() / 100 == 2) {
				log.info("Created demo workshop '{}' ({})", TITLE,
						created.headers().firstValue("Location").orElse("HTTP " + created.statusCode()));
			}
			else {
				log.warn("Demo workshop not created: POST /api/workshops answered HTTP {} {}", created.statusCode(),
						shorten(created.body()));
			}
		}
		catch (IOException ex) {
			log.warn("Demo data skipped: the gateway did not answer ({})", ex.toString());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/**
	 * The demo workshop as the staff API takes it: an online workshop with one session 30
	 * days after {@code today}, 09:00–11:30 Oslo time, registration closing 9 days
	 * before. Times are Oslo local date-times.
	 */
	static Map<String, Object> request(LocalDate today) {
		LocalDate day = today.plusDays(30);
		LocalDateTime startsAt = day.atTime(LocalTime.of(9, 0));
		LocalDateTime endsAt = day.atTime(LocalTime.of(11, 30));
		LocalDateTime deadline = day.minusDays(9).atTime(LocalTime.of(23, 59));
		Map<String, Object> workshop = new LinkedHashMap<>();
		workshop.put("title", TITLE);
		workshop.put("description", "Hvordan kan kulturskolen bli en tydelig utviklingsaktør i kommunen? "
				+ "Delegasjonene arbeider med egen kulturskoles rolle og lager en plan for veien videre.");
		workshop.put("programme", "Fremtidens kulturskole");
		workshop.put("format", "ONLINE");
		workshop.put("meetingUrl", "https://meet.example.org/fremtidens-kulturskole/verksted-1");
		workshop.put("language", "nb");
		workshop.put("registrationDeadline", deadline.toString());
		workshop.put("minDelegationSize", 2);
		workshop.put("maxDelegationSize", 6);
		workshop.put("outsideRoleRequired", true);
		workshop.put("sessions",
				List.of(Map.of("startsAt", startsAt.toString(), "endsAt", endsAt.toString(), "capacity", 60)));
		return workshop;
	}

	/**
	 * Workshops listed: a JSON array, or an object holding one (a page with
	 * {@code content}, {@code items} or the like). Empty when the shape is unknown.
	 */
	OptionalInt count(String body) {
		try {
			JsonNode root = this.json.readTree(body);
			if (root.isArray()) {
				return OptionalInt.of(root.size());
			}
			for (String field : List.of("content", "items", "workshops", "data", "_embedded")) {
				JsonNode candidate = root.path(field);
				if (candidate.isArray()) {
					return OptionalInt.of(candidate.size());
				}
			}
			return OptionalInt.empty();
		}
		catch (JacksonException ex) {
			return OptionalInt.empty();
		}
	}

	private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
		String credentials = Base64.getEncoder()
			.encodeToString((STAFF_USER + ":" + STAFF_PASSWORD).getBytes(StandardCharsets.UTF_8));
		return this.client.send(request.header("Authorization", "Basic " + credentials)
			.header("Accept", "application/json")
			.timeout(Duration.ofSeconds(15))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private URI workshopsUri() {
		return URI.create(this.gatewayUrl + "/api/workshops");
	}

	private static String shorten(String body) {
		String oneLine = body.replaceAll("\\s+", " ").trim();
		return (oneLine.length() <= SHOWN_BODY_CHARS) ? oneLine : oneLine.substring(0, SHOWN_BODY_CHARS) + "…";
	}

}
