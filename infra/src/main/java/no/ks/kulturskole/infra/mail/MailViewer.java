package no.ks.kulturskole.infra.mail;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import tools.jackson.databind.json.JsonMapper;

/**
 * A small web page and JSON API over the {@link Mailbox}, for staff and tests:
 * <ul>
 * <li>{@code GET /}: the caught mails, newest first</li>
 * <li>{@code GET /messages/{id}}: one mail with its text body; {@code /html} for its HTML
 * body, served sandboxed</li>
 * <li>{@code GET /api/messages[?to=address]}: all (or one recipient's) mails as JSON,
 * oldest first</li>
 * <li>{@code DELETE /api/messages}: empties the mailboxes</li>
 * </ul>
 */
public final class MailViewer implements AutoCloseable {

	private final HttpServer server;

	private final ExecutorService executor;

	private final Mailbox mailbox;

	private final JsonMapper json = JsonMapper.builder().build();

	private MailViewer(HttpServer server, ExecutorService executor, Mailbox mailbox) {
		this.server = server;
		this.executor = executor;
		this.mailbox = mailbox;
	}

	public static MailViewer start(Mailbox mailbox, String host, int port) {
		try {
			HttpServer server = HttpServer.create(new InetSocketAddress(host, port), 0);
			ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
			MailViewer viewer = new MailViewer(server, executor, mailbox);
			server.createContext("/", viewer::handle);
			server.setExecutor(executor);
			server.start();
			return viewer;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The mail viewer could not listen on " + host + ":" + port, ex);
		}
	}

	public int port() {
		return this.server.getAddress().getPort();
	}

	@Override
	public void close() {
		this.server.stop(0);
		this.executor.close();
	}

	private void handle(HttpExchange exchange) throws IOException {
		try (exchange) {
			String method = exchange.getRequestMethod();
			String path = exchange.getRequestURI().getPath();
			if (path.equals("/api/messages") && method.equals("GET")) {
				sendJson(exchange, messagesFor(exchange.getRequestURI().getRawQuery()));
			}
			else if (path.equals("/api/messages") && method.equals("DELETE")) {
				this.mailbox.clear();
				exchange.sendResponseHeaders(204, -1);
			}
			else if (!method.equals("GET")) {
				exchange.getResponseHeaders().set("Allow", "GET");
				exchange.sendResponseHeaders(405, -1);
			}
			else if (path.equals("/")) {
				sendHtml(exchange, 200,
						MailViewerPages.index(this.mailbox.messages().reversed(), this.mailbox.smtpPort()));
			}
			else if (path.startsWith("/messages/") && path.endsWith("/html")) {
				String id = path.substring("/messages/".length(), path.length() - "/html".length());
				Optional<String> html = this.mailbox.message(id).map(CaughtMail::html);
				// the mail's own HTML may carry anything: no scripts, forms or plugins,
				// ever
				exchange.getResponseHeaders().set("Content-Security-Policy", "sandbox");
				if (html.isPresent()) {
					sendHtml(exchange, 200, html.get());
				}
				else {
					sendHtml(exchange, 404, MailViewerPages.notFound());
				}
			}
			else if (path.startsWith("/messages/")) {
				Optional<CaughtMail> mail = this.mailbox.message(path.substring("/messages/".length()));
				if (mail.isPresent()) {
					sendHtml(exchange, 200, MailViewerPages.message(mail.get()));
				}
				else {
					sendHtml(exchange, 404, MailViewerPages.notFound());
				}
			}
			else {
				sendHtml(exchange, 404, MailViewerPages.notFound());
			}
		}
	}

	private List<CaughtMail> messagesFor(String rawQuery) {
		List<CaughtMail> all = this.mailbox.messages();
		Optional<String> to = queryParameter(rawQuery, "to");
		if (to.isEmpty()) {
			return all;
		}
		String address = to.get().toLowerCase(Locale.ROOT);
		return all.stream()
			.filter((mail) -> mail.deliveredTo().equalsIgnoreCase(address)
					|| mail.to().stream().anyMatch(address::equalsIgnoreCase))
			.toList();
	}

	private static Optional<String> queryParameter(String rawQuery, String name) {
		if (rawQuery == null) {
			return Optional.empty();
		}
		for (String pair : rawQuery.split("&")) {
			int equals = pair.indexOf('=');
			if (equals > 0 && pair.substring(0, equals).equals(name)) {
				return Optional.of(URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
			}
		}
		return Optional.empty();
	}

	private void sendJson(HttpExchange exchange, Object body) throws IOException {
		send(exchange, 200, "application/json", this.json.writeValueAsBytes(body));
	}

	private static void sendHtml(HttpExchange exchange, int status, String html) throws IOException {
		send(exchange, status, "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8));
	}

	private static void send(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
		exchange.getResponseHeaders().set("Content-Type", contentType);
		exchange.getResponseHeaders().set("Cache-Control", "no-store");
		exchange.sendResponseHeaders(status, body.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(body);
		}
	}

}
