package no.ks.kulturskole.gateway.live;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Follows the event stream of every reporting instance, each on its own virtual thread,
 * and passes their events ({@code subscribed}, {@code workshop-changed}) and keep-alive
 * comments on to one browser. A stream that ends or cannot be opened is opened again
 * after a pause, for as long as the browser listens.
 */
final class StreamRelay {

	private static final Logger log = LoggerFactory.getLogger(StreamRelay.class);

	private static final String STREAM_PATH = "/api/reports/stream";

	private final SseEmitter browser;

	private final HttpClient http;

	private final Supplier<Optional<String>> authorization;

	private final Duration retry;

	private final CountDownLatch stopped = new CountDownLatch(1);

	/** The stream being read from each instance, closed to stop reading. */
	private final Map<URI, InputStream> open = new ConcurrentHashMap<>();

	StreamRelay(SseEmitter browser, HttpClient http, Supplier<Optional<String>> authorization, Duration retry) {
		this.browser = browser;
		this.http = http;
		this.authorization = authorization;
		this.retry = retry;
	}

	void follow(List<URI> instances) {
		for (URI instance : instances) {
			Thread.ofVirtual().name("live-" + instance.getPort()).start(() -> follow(instance));
		}
	}

	/** The browser has gone: every instance's stream is closed. */
	void stop() {
		this.stopped.countDown();
		this.open.values().forEach(StreamRelay::closeQuietly);
	}

	private boolean isStopped() {
		return this.stopped.getCount() == 0;
	}

	private void follow(URI instance) {
		while (!isStopped()) {
			try {
				read(instance);
			}
			catch (IOException ex) {
				// away or restarting: the other instances' events go on meanwhile
				log.debug("Stream of reporting instance {} ended: {}", instance, ex.toString());
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				stop();
				return;
			}
			try {
				if (this.stopped.await(this.retry.toMillis(), TimeUnit.MILLISECONDS)) {
					return;
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				stop();
				return;
			}
		}
	}

	private void read(URI instance) throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(instance.resolve(STREAM_PATH))
			.header(HttpHeaders.ACCEPT, MediaType.TEXT_EVENT_STREAM_VALUE)
			.GET();
		this.authorization.get().ifPresent((value) -> request.header(HttpHeaders.AUTHORIZATION, value));
		HttpResponse<InputStream> response = this.http.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
		try (InputStream body = response.body()) {
			if (response.statusCode() != 200) {
				log.warn("Reporting instance {} refused its stream ({})", instance, response.statusCode());
				return;
			}
			this.open.put(instance, body);
			if (isStopped()) {
				return;
			}
			BufferedReader lines = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8));
			String name = null;
			StringBuilder data = new StringBuilder();
			for (String line = lines.readLine(); line != null && !isStopped(); line = lines.readLine()) {
				if (line.isEmpty()) {
					if (name != null) {
						pass(SseEmitter.event().name(name).data(data.toString()));
					}
					name = null;
					data.setLength(0);
				}
				else if (line.startsWith(":")) {
					pass(SseEmitter.event().comment(line.substring(1).strip()));
				}
				else if (line.startsWith("event:")) {
					name = line.substring("event:".length()).strip();
				}
				else if (line.startsWith("data:")) {
					data.append((data.isEmpty()) ? "" : "\n").append(line.substring("data:".length()).strip());
				}
			}
		}
		finally {
			this.open.remove(instance);
		}
	}

	/** One event to the browser; the instances' threads take turns. */
	private void pass(SseEmitter.SseEventBuilder event) {
		synchronized (this.browser) {
			try {
				this.browser.send(event);
			}
			catch (IOException | IllegalStateException ex) {
				// the browser went away; it reconnects and reads afresh
				stop();
			}
		}
	}

	private static void closeQuietly(InputStream stream) {
		try {
			stream.close();
		}
		catch (IOException ex) {
			// closing only to stop reading
		}
	}

}
