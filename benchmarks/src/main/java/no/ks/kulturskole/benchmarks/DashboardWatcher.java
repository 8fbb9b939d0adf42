package no.ks.kulturskole.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The staff dashboard as a browser runs it ({@code gateway/.../static/js/stab.js}):
 * signed in with the login form (a session cookie, so one password check), subscribed to
 * the server-sent events of {@code /stab/direkte}, and on each {@code workshop-changed}
 * for its workshop it fetches the workshop's staff page again, one fetch at a time (an
 * event during a fetch asks for one more after it). Notes when each delegation first
 * shows on the page: the rows of the confirmed and waitlisted tables, by municipality and
 * county (a municipality's name alone is not unique in Norway: Herøy, Våler).
 */
final class DashboardWatcher implements AutoCloseable {

	/** EventSource's own default is 3 s; a shorter wait favours the dashboard. */
	private static final Duration RECONNECT_AFTER = Duration.ofSeconds(1);

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

	private static final Pattern ROW = Pattern.compile("<th scope=\"row\">([^<]*)</th>\\s*<td>([^<]*)</td>");

	private final HttpClient http = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.cookieHandler(new CookieManager())
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	private final String baseUrl;

	private final String workshopId;

	private final Map<String, Instant> firstSeen = new ConcurrentHashMap<>();

	private final AtomicBoolean stopped = new AtomicBoolean();

	private final Object refreshes = new Object();

	private boolean refreshWanted;

	private int fetches;

	private final List<Long> fetchMillis = new ArrayList<>();

	private int reconnects;

	private Thread events;

	private Thread refresher;

	DashboardWatcher(String baseUrl, String workshopId) {
		this.baseUrl = baseUrl;
		this.workshopId = workshopId;
	}

	/** Signs in and subscribes; returns once the subscription is in place. */
	DashboardWatcher start(String username, String password) {
		signIn(username, password);
		CountDownLatch subscribed = new CountDownLatch(1);
		this.refresher = Thread.ofPlatform().name("dashboard-refresh").start(this::refreshLoop);
		this.events = Thread.ofPlatform().name("dashboard-events").start(() -> listen(subscribed));
		try {
			if (!subscribed.await(30, TimeUnit.SECONDS)) {
				throw new IllegalStateException("The dashboard's event stream did not open within 30 s");
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
		return this;
	}

	/** When each row (municipality and county name) first showed on the page. */
	Map<String, Instant> firstSeen() {
		return this.firstSeen;
	}

	/** Pages fetched so far. */
	synchronized int fetches() {
		return this.fetches;
	}

	/** How long each page fetch took, in order. */
	synchronized List<Long> fetchMillis() {
		return List.copyOf(this.fetchMillis);
	}

	/** Times the event stream ended and was opened again. */
	synchronized int reconnects() {
		return this.reconnects;
	}

	static String rowKey(String municipalityName, String countyName) {
		return municipalityName + " / " + countyName;
	}

	private void signIn(String username, String password) {
		HttpResponse<String> page = send(request("/logg-inn").GET());
		Matcher token = CSRF.matcher(page.body());
		if (!token.find()) {
			throw new IllegalStateException("No CSRF token on the login page (" + page.statusCode() + ")");
		}
		String form = "_csrf=" + encode(token.group(1)) + "&username=" + encode(username) + "&password="
				+ encode(password);
		HttpResponse<String> answer = send(
				request("/logg-inn").header("Content-Type", "application/x-www-form-urlencoded")
					.POST(HttpRequest.BodyPublishers.ofString(form)));
		String location = answer.headers().firstValue("Location").orElse("");
		if (answer.statusCode() != 302 || location.contains("error")) {
			throw new IllegalStateException("Staff sign-in failed: " + answer.statusCode() + " " + location);
		}
	}

	/** As EventSource does: a stream that ends is opened again, after a short wait. */
	private void listen(CountDownLatch subscribed) {
		while (!this.stopped.get()) {
			listenOnce(subscribed);
			if (!this.stopped.get()) {
				synchronized (this) {
					this.reconnects++;
				}
				try {
					Thread.sleep(RECONNECT_AFTER.toMillis());
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
					return;
				}
			}
		}
	}

	private void listenOnce(CountDownLatch subscribed) {
		try {
			HttpResponse<Stream<String>> stream = this.http
				.send(request("/stab/direkte").header("Accept", "text/event-stream")
					.timeout(Duration.ofHours(1))
					.GET()
					.build(), HttpResponse.BodyHandlers.ofLines());
			if (stream.statusCode() != 200) {
				throw new IllegalStateException("/stab/direkte answered " + stream.statusCode());
			}
			String[] event = { null };
			try (Stream<String> lines = stream.body()) {
				lines.takeWhile((line) -> !this.stopped.get()).forEach((line) -> {
					if (line.startsWith("event:")) {
						event[0] = line.substring(6).trim();
					}
					else if (line.startsWith("data:")) {
						if ("subscribed".equals(event[0])) {
							subscribed.countDown();
							wantRefresh();
						}
						else if ("workshop-changed".equals(event[0]) && line.contains(this.workshopId)) {
							wantRefresh();
						}
					}
					else if (line.isEmpty()) {
						event[0] = null;
					}
				});
			}
		}
		catch (IOException | RuntimeException ex) {
			if (!this.stopped.get()) {
				System.out.println("  dashboard events stopped: " + ex);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private void wantRefresh() {
		synchronized (this.refreshes) {
			this.refreshWanted = true;
			this.refreshes.notifyAll();
		}
	}

	private void refreshLoop() {
		while (!this.stopped.get()) {
			synchronized (this.refreshes) {
				while (!this.refreshWanted && !this.stopped.get()) {
					try {
						this.refreshes.wait();
					}
					catch (InterruptedException ex) {
						return;
					}
				}
				this.refreshWanted = false;
			}
			if (this.stopped.get()) {
				return;
			}
			try {
				long started = System.nanoTime();
				HttpResponse<String> page = send(
						request("/stab/verksted/" + this.workshopId).header("Accept", "text/html").GET());
				Instant now = Instant.now();
				synchronized (this) {
					this.fetches++;
					this.fetchMillis.add((System.nanoTime() - started) / 1_000_000);
				}
				if (page.statusCode() == 200) {
					Set<String> rows = rows(page.body());
					rows.forEach((row) -> this.firstSeen.putIfAbsent(row, now));
				}
			}
			catch (RuntimeException ex) {
				// the next event fetches again
			}
		}
	}

	static Set<String> rows(String html) {
		Set<String> rows = new HashSet<>();
		Matcher row = ROW.matcher(html);
		while (row.find()) {
			rows.add(rowKey(unescape(row.group(1).trim()), unescape(row.group(2).trim())));
		}
		return rows;
	}

	private static String unescape(String text) {
		return text.replace("&#39;", "'")
			.replace("&quot;", "\"")
			.replace("&lt;", "<")
			.replace("&gt;", ">")
			.replace("&amp;", "&");
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create(this.baseUrl + path)).timeout(Duration.ofSeconds(60));
	}

	private HttpResponse<String> send(HttpRequest.Builder request) {
		try {
			return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	@Override
	public void close() {
		this.stopped.set(true);
		wantRefresh();
		// ends the event stream's blocking read
		this.http.shutdownNow();
		for (Thread thread : new Thread[] { this.events, this.refresher }) {
			if (thread != null) {
				try {
					thread.join(Duration.ofSeconds(30));
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
			}
		}
	}

}
