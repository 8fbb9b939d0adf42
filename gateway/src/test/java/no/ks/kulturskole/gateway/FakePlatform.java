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
 * One real HTTP server answering like the four services do on the paths the web pages
 * use: an open workshop, three municipalities, a registration endpoint that refuses a
 * delegation without a coordinator's name (with the same problem document as
 * registration-service) and accepts anything else, and a report. It remembers the
 * registrations it received.
 */
final class FakePlatform implements AutoCloseable {

	static final String WORKSHOP_ID = "verksted-bodo-2026";

	static final String WORKSHOP_TITLE = "Fremtidens kulturskole – samling i Bodø";

	/** A second workshop, not listed, that sets no largest delegation size. */
	static final String UNLIMITED_WORKSHOP_ID = "verksted-uten-grense";

	private final HttpServer server;

	private final List<String> registrations = new CopyOnWriteArrayList<>();

	/** What the manage page sent: "METHOD path token body", in order. */
	private final List<String> manageCalls = new CopyOnWriteArrayList<>();

	private final java.util.Set<String> cancelled = java.util.concurrent.ConcurrentHashMap.newKeySet();

	/** The secret of every fake delegation. */
	static final String MANAGE_SECRET = "hemmelig";

	private FakePlatform(HttpServer server) {
		this.server = server;
	}

	static FakePlatform start() {
		try {
			HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
			FakePlatform platform = new FakePlatform(server);
			server.createContext("/", platform::answer);
			server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
			server.start();
			return platform;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	URI baseUri() {
		return URI.create("http://127.0.0.1:" + this.server.getAddress().getPort());
	}

	/** The JSON bodies of the registrations received, in order. */
	List<String> registrations() {
		return List.copyOf(this.registrations);
	}

	List<String> manageCalls() {
		return List.copyOf(this.manageCalls);
	}

	private void answer(HttpExchange exchange) throws IOException {
		String path = exchange.getRequestURI().getRawPath();
		String method = exchange.getRequestMethod();
		String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
		if (path.equals("/actuator/health")) {
			send(exchange, 200, "application/json", "{\"status\":\"UP\"}");
		}
		else if (method.equals("GET") && path.equals("/api/public/workshops")) {
			send(exchange, 200, "application/json", "[" + publicWorkshop() + "]");
		}
		else if (method.equals("GET") && path.equals("/api/public/workshops/" + WORKSHOP_ID)) {
			send(exchange, 200, "application/json", publicWorkshop());
		}
		else if (method.equals("GET") && path.equals("/api/public/workshops/" + UNLIMITED_WORKSHOP_ID)) {
			send(exchange, 200, "application/json", publicWorkshop().replace(WORKSHOP_ID, UNLIMITED_WORKSHOP_ID)
				.replace("\"maxDelegationSize\":8", "\"maxDelegationSize\":null"));
		}
		else if (method.equals("GET") && path.equals("/api/public/municipalities")) {
			send(exchange, 200, "application/json", """
					[{"number":"0301","name":"Oslo","countyNumber":"03","countyName":"Oslo"},
					 {"number":"1804","name":"Bodø","countyNumber":"18","countyName":"Nordland"},
					 {"number":"4601","name":"Bergen","countyNumber":"46","countyName":"Vestland"}]""");
		}
		else if (method.equals("POST") && path.equals("/api/public/workshops/" + WORKSHOP_ID + "/registrations")) {
			this.registrations.add(body);
			register(exchange, body);
		}
		else if (path.startsWith("/api/public/registrations/d-")) {
			manage(exchange, method, path, body);
		}
		else if (method.equals("POST") && path.matches("/api/public/workshops/[^/]+/manage-link-requests")) {
			this.manageCalls.add("POST " + path + " - " + body);
			send(exchange, 202, "application/json", "{}");
		}
		else if (method.equals("POST") && path.equals("/api/public/pilot-applications")) {
			this.manageCalls.add("POST " + path + " - " + body);
			if (body.contains("\"motivation\":\"\"") || body.contains("\"motivation\":null")) {
				send(exchange, 400, "application/problem+json", """
						{"title":"Bad Request","status":400,"detail":"Ugyldige felt",
						 "errors":[{"field":"motivation","message":"Motivasjon må fylles ut."}]}""");
			}
			else {
				send(exchange, 201, "application/json", """
						{"applicationId":"p-1","organisation":{"number":"1804","name":"Bodø"},"status":"SUBMITTED"}""");
			}
		}
		else if (method.equals("GET") && path.equals("/api/workshops/" + WORKSHOP_ID)) {
			send(exchange, 200, "application/json", """
					{"id":"%s","status":"SCHEDULED","title":"%s","preparation":{"materials":[],
					 "reflectionQuestions":["Hva er kulturskolens rolle i kommunen i dag?"],
					 "releasedAt":"2026-02-01T08:00:00Z"}}""".formatted(WORKSHOP_ID, WORKSHOP_TITLE));
		}
		else if (method.equals("GET") && path.equals("/api/workshops")) {
			send(exchange, 200, "application/json", """
					[{"id":"%s","status":"SCHEDULED","title":"%s",
					  "sessions":[{"sessionId":"s1","startsAtLocal":"2026-03-12T10:00:00","capacity":40}]}]"""
				.formatted(WORKSHOP_ID, WORKSHOP_TITLE));
		}
		else if (method.equals("GET") && path.equals("/api/reports/workshops/" + WORKSHOP_ID)) {
			send(exchange, 200, "application/json",
					"{\"totals\":{\"delegations\":7,\"participants\":23,\"municipalities\":6}}");
		}
		else {
			send(exchange, 404, "application/problem+json",
					"{\"title\":\"Not Found\",\"status\":404,\"detail\":\"Fant ikke ressursen.\"}");
		}
	}

	/**
	 * Like registration-service's self-service API, for the secret
	 * {@value #MANAGE_SECRET}.
	 */
	private void manage(HttpExchange exchange, String method, String path, String body) throws IOException {
		String token = exchange.getRequestHeaders().getFirst("X-Manage-Token");
		String delegationId = path.replaceAll("^/api/public/registrations/([^/]+).*$", "$1");
		this.manageCalls.add(method + " " + path + " " + token + " " + body);
		if (!MANAGE_SECRET.equals(token)) {
			send(exchange, 404, "application/problem+json",
					"{\"title\":\"Not Found\",\"status\":404,\"detail\":\"Fant ikke påmeldingen.\"}");
		}
		else if (method.equals("DELETE")) {
			this.cancelled.add(delegationId);
			send(exchange, 204, "application/json", "");
		}
		else if (method.equals("PUT") && body.contains("\"email\":\"feil\"")) {
			send(exchange, 400, "application/problem+json", """
					{"title":"Bad Request","status":400,"detail":"Ugyldige felt",
					 "errors":[{"field":"participants[1].email","message":"E-postadressen er ikke gyldig."}]}""");
		}
		else {
			send(exchange, 200, "application/json", managed(delegationId));
		}
	}

	private String managed(String delegationId) {
		return """
				{"delegationId":"%s","workshopId":"%s","workshopTitle":"%s","sessionId":"s1","status":"CONFIRMED",
				 "cancelled":%s,"changeable":true,"municipality":{"number":"1804","name":"Bodø","countyName":"Nordland"},
				 "coordinator":{"name":"Kari Nordmann","email":"kari@bodo.kommune.no"},
				 "participants":[
				   {"participantId":"p-1","name":"Ola Nordmann","email":"ola@bodo.kommune.no","roleTitle":"Rektor","roleCategory":"SCHOOL"},
				   {"participantId":"p-2","name":"Siri Hansen","email":"siri@bodo.kommune.no","roleTitle":"Rådgiver","roleCategory":"MUNICIPAL_LEADER"}],
				 "reflection":[]}"""
			.formatted(delegationId, WORKSHOP_ID, WORKSHOP_TITLE, this.cancelled.contains(delegationId));
	}

	/** Like registration-service: bean validation first, then the workshop's rules. */
	private void register(HttpExchange exchange, String body) throws IOException {
		if (body.contains("\"name\":\"\"") || body.contains("\"name\":null")) {
			send(exchange, 400, "application/problem+json", """
					{"type":"about:blank","title":"Bad Request","status":400,"detail":"Ugyldige felt",
					 "errors":[{"field":"coordinator.name","message":"Navn må fylles ut."},
					           {"field":"participants[0].email","message":"E-postadressen er ikke gyldig."}]}""");
		}
		else if (!body.contains("\"roleTitle\"")) {
			send(exchange, 400, "application/problem+json",
					"""
							{"type":"about:blank","title":"Bad Request","status":400,"detail":"Delegasjonen må ha minst én deltaker.",
							 "errors":[{"field":"participants","message":"Delegasjonen må ha minst én deltaker."}]}""");
		}
		else {
			send(exchange, 201, "application/json", """
					{"delegationId":"d-1","workshopId":"%s","sessionId":"s1","status":"CONFIRMED",
					 "municipality":{"number":"1804","name":"Bodø","countyName":"Nordland"},"participantCount":2,
					 "manageToken":"hemmelig","manageUrl":"/api/public/registrations/d-1?token=hemmelig"}"""
				.formatted(WORKSHOP_ID));
		}
	}

	private static String publicWorkshop() {
		return """
				{"id":"%s","title":"%s","description":"To dager om kulturskolen som ressurs for hele kommunen.",
				 "programme":"Fremtidens kulturskole","format":"VENUE","venue":"Stormen kulturhus, Bodø","language":"nb",
				 "timeZone":"Europe/Oslo","registrationDeadline":"2026-03-01T22:59:00Z",
				 "registrationDeadlineLocal":"2026-03-01T23:59:00","registrationOpen":true,"minDelegationSize":2,
				 "maxDelegationSize":8,"outsideRoleRequired":true,
				 "sessions":[{"sessionId":"s1","startsAt":"2026-03-12T09:00:00Z","endsAt":"2026-03-13T14:00:00Z",
				   "startsAtLocal":"2026-03-12T10:00:00","endsAtLocal":"2026-03-13T15:00:00","capacity":40,"seatsLeft":17}],
				 "cancelled":false,"cancellationReason":null}"""
			.formatted(WORKSHOP_ID, WORKSHOP_TITLE);
	}

	private static void send(HttpExchange exchange, int status, String contentType, String body) throws IOException {
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().add("Content-Type", contentType);
		exchange.sendResponseHeaders(status, (bytes.length == 0) ? -1 : bytes.length);
		exchange.getResponseBody().write(bytes);
		exchange.close();
	}

	@Override
	public void close() {
		this.server.stop(0);
	}

}
