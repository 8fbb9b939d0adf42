package no.ks.kulturskole.benchmarks;

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
 * HTTP to the platform as a browser or another system sends it: one pooled client
 * (HTTP/1.1 keep-alive), JSON in and out.
 */
final class Gateway {

	static final String STAFF = "Basic "
			+ Base64.getEncoder().encodeToString("stab:kulturskole".getBytes(StandardCharsets.UTF_8));

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	private final String baseUrl;

	Gateway(String baseUrl) {
		this.baseUrl = baseUrl;
	}

	String baseUrl() {
		return this.baseUrl;
	}

	HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create(this.baseUrl + path))
			.timeout(Duration.ofSeconds(120))
			.header("Accept", "application/json, application/problem+json");
	}

	Answer send(HttpRequest.Builder request) {
		try {
			HttpResponse<String> response = this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
			return new Answer(response.statusCode(), response.body());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	Answer get(String path) {
		return send(request(path).GET());
	}

	Answer getAsStaff(String path) {
		return send(request(path).header("Authorization", STAFF).GET());
	}

	Answer postAsStaff(String path, String json) {
		return send(request(path).header("Authorization", STAFF)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json)));
	}

	/**
	 * A public write from {@code clientAddress}: the gateway's server trusts
	 * {@code X-Forwarded-For} from a proxy on an internal address (loopback included), as
	 * it would from the TLS-terminating proxy in front of it, so each municipality counts
	 * as its own client for the rate limit.
	 */
	Answer postFrom(String clientAddress, String path, String json) {
		return send(request(path).header("Content-Type", "application/json")
			.header("X-Forwarded-For", clientAddress)
			.POST(HttpRequest.BodyPublishers.ofString(json)));
	}

	record Answer(int status, String body) {

		JsonNode json() {
			return JSON.readTree(this.body);
		}

	}

}
