package no.ks.kulturskole.infra.apps;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/** Asks an application's {@code /actuator/health} whether it is UP. */
final class HealthProbe {

	private static final int SHOWN_BODY_CHARS = 300;

	private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

	private final JsonMapper json = JsonMapper.builder().build();

	Answer check(String healthUrl) {
		HttpRequest request = HttpRequest.newBuilder(URI.create(healthUrl))
			.timeout(Duration.ofSeconds(3))
			.GET()
			.build();
		try {
			HttpResponse<String> response = this.client.send(request, HttpResponse.BodyHandlers.ofString());
			boolean up = response.statusCode() == 200 && "UP".equals(status(response.body()));
			return new Answer(up, "HTTP " + response.statusCode() + " " + shorten(response.body()));
		}
		catch (IOException ex) {
			return new Answer(false, "no answer (" + ex.getClass().getSimpleName() + ")");
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return new Answer(false, "interrupted");
		}
	}

	private String status(String body) {
		try {
			return this.json.readTree(body).path("status").asString();
		}
		catch (JacksonException ex) {
			return null;
		}
	}

	private static String shorten(String body) {
		String oneLine = body.replaceAll("\\s+", " ").trim();
		return (oneLine.length() <= SHOWN_BODY_CHARS) ? oneLine : oneLine.substring(0, SHOWN_BODY_CHARS) + "…";
	}

	record Answer(boolean up, String description) {
	}

}
