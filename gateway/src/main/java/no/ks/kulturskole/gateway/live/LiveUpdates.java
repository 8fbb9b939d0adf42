package no.ks.kulturskole.gateway.live;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import no.ks.kulturskole.gateway.downstream.CallerCredentials;
import no.ks.kulturskole.gateway.downstream.DownstreamInstances;
import no.ks.kulturskole.gateway.downstream.DownstreamServices;
import no.ks.kulturskole.gateway.downstream.ServiceInstances;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The dashboard's live updates ({@code /stab/direkte}): reporting's server-sent events
 * under a page path, so the staff member's login session lets the browser's EventSource
 * in. The stream holds workshop ids only.
 * <p>
 * Each reporting instance tells only of the changes it made itself: with two instances
 * the partitions of registration's topic are split between them, and so are the
 * workshops. So the gateway follows the stream of every instance and merges them into the
 * one the browser reads ({@link StreamRelay}); a staff member sees the changes of every
 * workshop whichever instance applied them. An instance that goes away is followed again
 * when it is back; its {@code subscribed} event then makes the page read its numbers
 * afresh, for what it may have missed.
 * <p>
 * The same merged stream answers API callers on reporting's own path
 * ({@code /api/reports/stream}, STAFF like the rest of {@code /api/reports}): proxied to
 * one instance it would carry only that instance's workshops.
 */
@RestController
class LiveUpdates {

	private static final String SERVICE = "reporting";

	private final ServiceInstances reporting;

	private final CallerCredentials credentials;

	private final HttpClient http;

	private final Duration retry;

	private final Duration timeout;

	private final Set<SseEmitter> open = ConcurrentHashMap.newKeySet();

	LiveUpdates(DownstreamInstances services, CallerCredentials credentials,
			@Value("${spring.http.clients.connect-timeout:2s}") Duration connectTimeout,
			@Value("${platform.gateway.live.retry:2s}") Duration retry,
			@Value("${platform.gateway.live.timeout:1h}") Duration timeout) {
		this.reporting = services.of(SERVICE);
		this.credentials = credentials;
		this.http = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(connectTimeout)
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
		this.retry = retry;
		this.timeout = timeout;
	}

	@GetMapping(path = { "/stab/direkte", "/api/reports/stream" }, produces = MediaType.TEXT_EVENT_STREAM_VALUE)
	SseEmitter stream() {
		// an hour, then the browser's EventSource reconnects and the page reads afresh
		SseEmitter emitter = new SseEmitter(this.timeout.toMillis());
		Supplier<Optional<String>> authorization = this.credentials
			.authorizationLaterFor(DownstreamServices.serviceName(SERVICE));
		StreamRelay relay = new StreamRelay(emitter, this.http, authorization, this.retry);
		emitter.onCompletion(() -> ended(emitter, relay));
		emitter.onTimeout(() -> ended(emitter, relay));
		emitter.onError((error) -> ended(emitter, relay));
		this.open.add(emitter);
		relay.follow(this.reporting.all());
		return emitter;
	}

	/**
	 * Ends every open stream when the gateway shuts down, before the web server's
	 * graceful shutdown waits for open requests: a stream never finishes by itself, so
	 * the shutdown would wait its full 30 s. The browsers' EventSource reconnects to
	 * another gateway.
	 */
	@EventListener(ContextClosedEvent.class)
	void closeStreams() {
		for (SseEmitter emitter : this.open) {
			this.open.remove(emitter);
			emitter.complete();
		}
	}

	private void ended(SseEmitter emitter, StreamRelay relay) {
		this.open.remove(emitter);
		relay.stop();
	}

}
