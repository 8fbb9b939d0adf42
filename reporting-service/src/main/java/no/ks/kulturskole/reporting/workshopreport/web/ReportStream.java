package no.ks.kulturskole.reporting.workshopreport.web;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.concurrent.CopyOnWriteArrayList;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import no.ks.kulturskole.reporting.workshopreport.application.WorkshopChangeListener;

import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.http.MediaType;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter.SseEventBuilder;

/**
 * Server-sent events for the dashboard: one {@code workshop-changed} event with the
 * workshop's id after each event that changed its report, so the dashboard fetches again
 * what it shows. Ids only, no numbers and no personal data: what the dashboard then reads
 * goes through the ordinary, authorised endpoints. Kept in memory per instance; a
 * dashboard that reconnects reads the reports afresh, so nothing needs replaying.
 */
@RestController
@Tag(name = "Rapporter")
class ReportStream implements WorkshopChangeListener {

	/** Zero would be "never"; an hour, then the browser's EventSource reconnects. */
	private static final long TIMEOUT_MILLIS = 3_600_000;

	private final List<SseEmitter> subscribers = new CopyOnWriteArrayList<>();

	@GetMapping(path = "/api/reports/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
	@Operation(summary = "Direkteoppdateringer",
			description = "Server-sent events: «workshop-changed» med verkstedets id hver gang tallene endres.")
	SseEmitter stream() throws IOException {
		return subscribe(new SseEmitter(TIMEOUT_MILLIS));
	}

	SseEmitter subscribe(SseEmitter emitter) throws IOException {
		emitter.onCompletion(() -> this.subscribers.remove(emitter));
		emitter.onTimeout(() -> this.subscribers.remove(emitter));
		emitter.onError((error) -> this.subscribers.remove(emitter));
		this.subscribers.add(emitter);
		// a first event, so the client knows the subscription is in place
		emitter.send(SseEmitter.event().name("subscribed").data(Map.of()));
		return emitter;
	}

	@Override
	public void workshopChanged(String workshopId) {
		sendToAll(() -> SseEmitter.event()
			.name("workshop-changed")
			.data(Map.of("workshopId", workshopId), MediaType.APPLICATION_JSON));
	}

	/**
	 * A comment line now and then, which EventSource ignores: a quiet stream would
	 * otherwise be cut by the first proxy that times out an idle read (the gateway's
	 * after 30 s), and every dashboard would reconnect and read all its reports again.
	 */
	@Scheduled(fixedDelayString = "${platform.reports.stream-heartbeat:15s}")
	void heartbeat() {
		sendToAll(() -> SseEmitter.event().comment("keep-alive"));
	}

	/**
	 * Ends every open stream when the service shuts down, before the web server's
	 * graceful shutdown waits for open requests: an open stream is one, so the shutdown
	 * would wait its full 30 s for dashboards that never finish by themselves. The
	 * dashboards' EventSource reconnects, to another instance or to this one restarted.
	 */
	@EventListener(ContextClosedEvent.class)
	void closeStreams() {
		for (SseEmitter emitter : this.subscribers) {
			this.subscribers.remove(emitter);
			emitter.complete();
		}
	}

	private void sendToAll(Supplier<SseEventBuilder> event) {
		for (SseEmitter emitter : this.subscribers) {
			try {
				emitter.send(event.get());
			}
			catch (IOException | IllegalStateException ex) {
				// the dashboard went away; it reconnects and reads afresh
				this.subscribers.remove(emitter);
			}
		}
	}

}
