package no.ks.kulturskole.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.springframework.context.ApplicationContext;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every staff endpoint of a running service, read from its own handler mappings: a
 * security test that walks this list also covers the endpoint added next year, which a
 * hand-written list would miss. Staff endpoints are those under {@code /api/} but not
 * under {@code /api/public/}; path variables are filled with a made-up id.
 */
public final class StaffEndpoints {

	private static final HttpClient HTTP = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	private StaffEndpoints() {
	}

	/**
	 * One endpoint, callable.
	 *
	 * @param method the HTTP method
	 * @param path the path with its variables filled in
	 */
	public record Endpoint(String method, String path) {

		public boolean adminOnly() {
			// erasure of personal data (issue 14) is for administrators only as well
			return this.path.matches("/api/[^/]+/admin(/.*)?") || this.path.startsWith("/api/privacy/");
		}

		/**
		 * Calls the endpoint on the port with the {@code Authorization} header (none when
		 * null) and an empty JSON object as body where one is expected; answers the
		 * status only, without waiting for a body (a stream of events never ends).
		 */
		public int statusFor(int port, String authorization) {
			boolean withBody = List.of("POST", "PUT", "PATCH").contains(this.method);
			HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + this.path))
				.timeout(Duration.ofSeconds(30))
				.method(this.method,
						withBody ? HttpRequest.BodyPublishers.ofString("{}") : HttpRequest.BodyPublishers.noBody());
			if (withBody) {
				request.header("Content-Type", "application/json");
			}
			if (authorization != null) {
				request.header("Authorization", authorization);
			}
			try {
				HttpResponse<InputStream> response = HTTP.send(request.build(),
						HttpResponse.BodyHandlers.ofInputStream());
				response.body().close();
				return response.statusCode();
			}
			catch (IOException ex) {
				throw new IllegalStateException(this + " failed", ex);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}

		@Override
		public String toString() {
			return this.method + " " + this.path;
		}

	}

	public static List<Endpoint> of(ApplicationContext context) {
		List<Endpoint> endpoints = new ArrayList<>();
		context.getBeansOfType(RequestMappingHandlerMapping.class)
			.values()
			.forEach((mapping) -> mapping.getHandlerMethods().keySet().forEach((info) -> {
				for (String pattern : info.getPatternValues()) {
					if (!pattern.startsWith("/api/") || pattern.startsWith("/api/public/")) {
						continue;
					}
					String path = pattern.replaceAll("\\{[^}]+}", "ukjent-id");
					List<RequestMethod> methods = info.getMethodsCondition().getMethods().isEmpty()
							? List.of(RequestMethod.GET) : List.copyOf(info.getMethodsCondition().getMethods());
					methods.forEach((method) -> endpoints.add(new Endpoint(method.name(), path)));
				}
			}));
		endpoints.sort(Comparator.comparing(Endpoint::path).thenComparing(Endpoint::method));
		return List.copyOf(endpoints);
	}

}
