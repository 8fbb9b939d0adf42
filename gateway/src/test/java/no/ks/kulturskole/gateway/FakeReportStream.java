package no.ks.kulturskole.gateway;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * One reporting instance's stream of server-sent events, as reporting-service's
 * {@code ReportStream} sends it: {@code subscribed} first, then {@code workshop-changed}
 * for each change this instance applied. It can go away and come back on its port, as a
 * killed and restarted instance does.
 */
final class FakeReportStream implements AutoCloseable {

	private final int port;

	private final List<HttpExchange> subscribers = new CopyOnWriteArrayList<>();

	private HttpServer server;

	private FakeReportStream(int port) {
		this.port = port;
	}

	static FakeReportStream start() {
		FakeReportStream stream = new FakeReportStream(0);
		stream.listen(0);
		return stream;
	}

	/** Listens again on the port it had, after {@link #close()}. */
	void startAgain() {
		listen(this.server.getAddress().getPort());
	}

	private void listen(int port) {
		try {
			HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
			server.createContext("/api/reports/stream", this::subscribe);
			server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
			server.start();
			this.server = server;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	URI baseUri() {
		return URI.create("http://127.0.0.1:" + this.server.getAddress().getPort());
	}

	int subscribers() {
		return this.subscribers.size();
	}

	/** This instance applied a change to {@code workshopId}'s report. */
	void changed(String workshopId) {
		send("event:workshop-changed\ndata:{\"workshopId\":\"" + workshopId + "\"}\n\n");
	}

	private void subscribe(HttpExchange exchange) throws IOException {
		if (exchange.getRequestHeaders().getFirst("Authorization") == null) {
			exchange.sendResponseHeaders(401, -1);
			exchange.close();
			return;
		}
		exchange.getResponseHeaders().add("Content-Type", "text/event-stream");
		exchange.sendResponseHeaders(200, 0);
		exchange.getResponseBody().write("event:subscribed\ndata:{}\n\n".getBytes(StandardCharsets.UTF_8));
		exchange.getResponseBody().flush();
		this.subscribers.add(exchange);
	}

	private void send(String event) {
		for (HttpExchange subscriber : this.subscribers) {
			try {
				subscriber.getResponseBody().write(event.getBytes(StandardCharsets.UTF_8));
				subscriber.getResponseBody().flush();
			}
			catch (IOException ex) {
				this.subscribers.remove(subscriber);
			}
		}
	}

	/** Goes away: every open stream is cut, nothing listens. */
	@Override
	public void close() {
		this.subscribers.forEach(HttpExchange::close);
		this.subscribers.clear();
		this.server.stop(0);
	}

}
