package no.ks.kulturskole.infra.apps;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

import com.sun.net.httpserver.HttpServer;

/**
 * A stand-in for a Spring Boot application, run as a real child JVM by the tests: it
 * writes a few log lines and answers {@code /actuator/health} as its mode says.
 * Arguments: {@code <port> healthy|unhealthy|crash}.
 */
public final class FakeApplication {

	private FakeApplication() {
	}

	public static void main(String[] args) throws IOException {
		int port = Integer.parseInt(args[0]);
		String mode = args[1];
		System.out.println("Starting FakeApplication in mode " + mode);
		if (mode.equals("crash")) {
			System.err.println("APPLICATION FAILED TO START: Port " + port + " was already in use.");
			System.exit(3);
		}
		boolean healthy = mode.equals("healthy");
		HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
		server.createContext("/actuator/health", (exchange) -> {
			byte[] body = (healthy ? "{\"status\":\"UP\"}" : "{\"status\":\"DOWN\"}").getBytes(StandardCharsets.UTF_8);
			exchange.sendResponseHeaders(healthy ? 200 : 503, body.length);
			exchange.getResponseBody().write(body);
			exchange.close();
		});
		server.start();
		System.out.println("Started FakeApplication on port " + port);
	}

}
