package no.ks.kulturskole.gateway;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A real HTTP server standing in for one service behind the gateway. It answers every
 * request with its own name and remembers what it received, so a test can tell which
 * service got a request and with which headers.
 */
final class FakeService implements AutoCloseable {

	private final String name;

	private final HttpServer server;

	private final List<ReceivedRequest> received = new CopyOnWriteArrayList<>();

	/** Requests to {@value #HANGING_PATH} wait for this until the service closes. */
	private final CountDownLatch closing = new CountDownLatch(1);

	/** A path on which the service never answers (until it is closed). */
	static final String HANGING_PATH = "/hangs";

	/**
	 * A path on which the service answers 201 and dies before the whole body is sent, as
	 * a service killed between writing its headers and its body.
	 */
	static final String CUT_OFF_PATH = "/cut-off";

	private FakeService(String name, HttpServer server) {
		this.name = name;
		this.server = server;
	}

	static FakeService start(String name) {
		try {
			HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
			FakeService service = new FakeService(name, server);
			server.createContext("/", service::answer);
			// one thread per request, so a request left hanging does not block the others
			server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
			server.start();
			return service;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A base URL where nothing listens: a service that is away. */
	static URI away() {
		FakeService briefly = start("away");
		URI uri = briefly.baseUri();
		briefly.close();
		return uri;
	}

	URI baseUri() {
		return URI.create("http://127.0.0.1:" + this.server.getAddress().getPort());
	}

	String name() {
		return this.name;
	}

	/** What this service received on the given path (without query), if anything. */
	Optional<ReceivedRequest> received(String path) {
		return this.received.stream().filter((request) -> request.path().equals(path)).findFirst();
	}

	private void answer(HttpExchange exchange) throws IOException {
		String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
		Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
		headers.putAll(exchange.getRequestHeaders());
		String path = exchange.getRequestURI().getRawPath();
		String query = exchange.getRequestURI().getRawQuery();
		if (path.endsWith(HANGING_PATH)) {
			awaitClosing();
		}
		String answer;
		if (path.equals("/actuator/health")) {
			answer = "{\"status\":\"UP\"}";
		}
		else {
			this.received.add(new ReceivedRequest(exchange.getRequestMethod(), path, query, headers, body));
			answer = "{\"service\":\"" + this.name + "\"}";
		}
		byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().add("Content-Type", "application/json");
		if (path.endsWith(CUT_OFF_PATH)) {
			// the length announced, a part of it sent, then the connection closed
			exchange.sendResponseHeaders(201, bytes.length + 100L);
			exchange.getResponseBody().write(bytes, 0, 5);
			exchange.getResponseBody().flush();
			// the server closes the connection of a handler that fails
			throw new IOException("killed after the headers");
		}
		// like the services' own correlation filter: the id they were given comes back
		Optional.ofNullable(exchange.getRequestHeaders().getFirst("X-Correlation-Id"))
			.ifPresent((id) -> exchange.getResponseHeaders().add("X-Correlation-Id", id));
		exchange.sendResponseHeaders(200, bytes.length);
		exchange.getResponseBody().write(bytes);
		exchange.close();
	}

	private void awaitClosing() {
		try {
			this.closing.await();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	@Override
	public void close() {
		this.closing.countDown();
		this.server.stop(0);
	}

	record ReceivedRequest(String method, String path, String query, Map<String, List<String>> headers, String body) {

		/**
		 * The query's parameters, in no particular order (the proxy does not keep it).
		 */
		Set<String> queryParameters() {
			return (this.query != null) ? Set.of(this.query.split("&")) : Set.of();
		}

		Optional<String> header(String name) {
			return Optional.ofNullable(this.headers.get(name)).map((values) -> String.join(",", values));
		}

	}

}
