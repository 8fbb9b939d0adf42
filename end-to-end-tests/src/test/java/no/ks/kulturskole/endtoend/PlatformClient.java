package no.ks.kulturskole.endtoend;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Talks to the platform the way a browser or another system would: HTTP through the
 * gateway.
 */
final class PlatformClient {

	static final String STAFF_USER = "stab";

	static final String STAFF_PASSWORD = "kulturskole";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final String gatewayUrl;

	PlatformClient(String gatewayUrl) {
		this.gatewayUrl = gatewayUrl;
	}

	Answer get(String path) {
		return send(request(path).GET());
	}

	Answer getAsStaff(String path) {
		return send(asStaff(request(path)).GET());
	}

	Answer postAsStaff(String path, String json) {
		return postAsStaff(path, "application/json", json);
	}

	Answer postAsStaff(String path, String contentType, String body) {
		return send(asStaff(request(path)).header("Content-Type", contentType)
			.POST(HttpRequest.BodyPublishers.ofString(body)));
	}

	Answer putAsStaff(String path, String json) {
		return send(asStaff(request(path)).header("Content-Type", "application/json")
			.PUT(HttpRequest.BodyPublishers.ofString(json)));
	}

	Answer post(String path, String contentType, String body, String correlationId) {
		HttpRequest.Builder request = request(path).header("Content-Type", contentType)
			.POST(HttpRequest.BodyPublishers.ofString(body));
		if (correlationId != null) {
			request.header("X-Correlation-Id", correlationId);
		}
		return send(request);
	}

	/** A coordinator acting through the secret manage link of a delegation. */
	Answer deleteWithManageToken(String path, String manageToken) {
		return send(request(path).header("X-Manage-Token", manageToken).DELETE());
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create(this.gatewayUrl + path))
			.timeout(Duration.ofSeconds(30))
			.header("Accept", "application/json, application/problem+json");
	}

	private static HttpRequest.Builder asStaff(HttpRequest.Builder request) {
		String credentials = Base64.getEncoder()
			.encodeToString((STAFF_USER + ":" + STAFF_PASSWORD).getBytes(StandardCharsets.UTF_8));
		return request.header("Authorization", "Basic " + credentials);
	}

	private Answer send(HttpRequest.Builder request) {
		try {
			HttpResponse<String> response = this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
			return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
					response.body());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	record Answer(int status, String contentType, String body) {

		JsonNode json() {
			return JSON.readTree(this.body);
		}

	}

}
