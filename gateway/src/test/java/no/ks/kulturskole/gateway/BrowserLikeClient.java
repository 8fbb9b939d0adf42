package no.ks.kulturskole.gateway;

import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * An HTTP client that keeps cookies like a browser (but follows no redirects), for
 * posting the server-rendered forms with or without their CSRF token.
 */
final class BrowserLikeClient {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

	private final Gateway gateway;

	private final HttpClient client = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
		.build();

	BrowserLikeClient(int port) {
		this.gateway = new Gateway(port);
	}

	HttpResponse<String> get(String path) {
		return send(this.gateway.request(path).GET());
	}

	/** A page's event stream ({@code EventSource}), read as it comes. */
	HttpResponse<java.io.InputStream> stream(String path) throws java.io.IOException, InterruptedException {
		return this.client.send(this.gateway.request(path).header("Accept", "text/event-stream").GET().build(),
				HttpResponse.BodyHandlers.ofInputStream());
	}

	/**
	 * Follows a redirect (one step), wherever it leads: the gateway or another server.
	 */
	HttpResponse<String> follow(HttpResponse<String> redirect) {
		String location = redirect.headers()
			.firstValue("Location")
			.orElseThrow(() -> new AssertionError("Not a redirect: " + redirect.statusCode()));
		return send(HttpRequest.newBuilder(redirect.request().uri().resolve(location))
			.timeout(java.time.Duration.ofSeconds(10))
			.GET());
	}

	/** The CSRF token in the first form of a page. */
	static String csrfToken(String html) {
		Matcher matcher = CSRF.matcher(html);
		if (!matcher.find()) {
			throw new AssertionError("The page has no CSRF token: " + html);
		}
		return matcher.group(1);
	}

	HttpResponse<String> postForm(String path, Map<String, String> fields) {
		String body = fields.entrySet()
			.stream()
			.map((field) -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		return send(this.gateway.request(path)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body)));
	}

	/** A browser signed in with the local account given. */
	static BrowserLikeClient signedIn(int port, String username, String password) {
		BrowserLikeClient browser = new BrowserLikeClient(port);
		String token = csrfToken(browser.get("/logg-inn").body());
		browser.postForm("/logg-inn", fields("_csrf", token, "username", username, "password", password));
		return browser;
	}

	static Map<String, String> fields(String... keysAndValues) {
		Map<String, String> fields = new LinkedHashMap<>();
		for (int i = 0; i < keysAndValues.length; i += 2) {
			fields.put(keysAndValues[i], keysAndValues[i + 1]);
		}
		return fields;
	}

	private HttpResponse<String> send(HttpRequest.Builder request) {
		try {
			return this.client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
