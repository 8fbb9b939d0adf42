package no.ks.kulturskole.gateway;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import com.sun.net.httpserver.HttpExchange;

/**
 * Like registration-service's evaluation (issue 16), for {@link FakePlatform}: every
 * token starting with {@value #TOKEN_PREFIX} opens the default questions until it is
 * used; an answer outside 1–5 is refused naming {@code answers.q1}; staff's results and
 * questions for {@link FakePlatform#WORKSHOP_ID}.
 */
final class FakeEvaluations {

	static final String TOKEN_PREFIX = "eval-";

	static final String PUBLIC = "/api/public/evaluations/";

	static final String STAFF = "/api/workshops/" + FakePlatform.WORKSHOP_ID + "/evaluation/";

	private final Set<String> used = ConcurrentHashMap.newKeySet();

	/** What staff's pages sent (the platform's list): method, path and body. */
	private final List<String> staffCalls;

	FakeEvaluations(List<String> staffCalls) {
		this.staffCalls = staffCalls;
	}

	static boolean handles(String path) {
		return path.startsWith(PUBLIC) || path.startsWith(STAFF);
	}

	void answer(HttpExchange exchange, String method, String path, String body) throws IOException {
		if (path.startsWith(STAFF)) {
			if (!method.equals("GET")) {
				this.staffCalls.add(method + " " + path + " " + body);
			}
			staff(exchange, method, path.substring(STAFF.length()), body);
			return;
		}
		String token = path.substring(PUBLIC.length());
		if (!token.startsWith(TOKEN_PREFIX) || token.contains("ukjent")) {
			send(exchange, 404, "{\"title\":\"Not Found\",\"status\":404,\"detail\":\"Lenken finnes ikke.\"}");
		}
		else if (this.used.contains(token)) {
			send(exchange, 409, """
					{"title":"Conflict","status":409,"detail":"Evalueringen er allerede besvart med denne lenken."}""");
		}
		else if (method.equals("GET")) {
			String language = exchange.getRequestURI().getQuery();
			boolean nynorsk = language != null && language.contains("language=nn");
			send(exchange, 200,
					"""
							{"workshopTitle":"%s","sessionStartsAt":"2026-03-12T09:00:00Z","sessionEndsAt":"2026-03-12T11:30:00Z",
							 "language":"%s","questions":[
							  {"id":"q1","kind":"SCALE_1_TO_5","text":"%s"},
							  {"id":"q2","kind":"FREE_TEXT","text":"%s"}]}"""
						.formatted(FakePlatform.WORKSHOP_TITLE, nynorsk ? "nn" : "nb",
								nynorsk ? "Kor nyttig var økta for deg?" : "Hvor nyttig var økten for deg?",
								nynorsk ? "Kva fungerte godt?" : "Hva fungerte godt?"));
		}
		else if (body.matches(".*\"q1\":\"[^1-5\"][^\"]*\".*") || !body.matches(".*\"q\\d+\":\"[^\"]+\".*")) {
			String field = body.matches(".*\"q1\":\"[^\"]+\".*") ? "answers.q1" : "answers";
			String message = field.equals("answers") ? "Svar på minst ett av spørsmålene."
					: "Velg et tall fra 1 til 5.";
			send(exchange, 400, """
					{"title":"Bad Request","status":400,"detail":"Ugyldige felt",
					 "errors":[{"field":"%s","message":"%s"}]}""".formatted(field, message));
		}
		else {
			this.used.add(token);
			exchange.sendResponseHeaders(204, -1);
			exchange.close();
		}
	}

	private void staff(HttpExchange exchange, String method, String rest, String body) throws IOException {
		if (rest.equals("results")) {
			send(exchange, 200, """
					{"workshopId":"%s","linksIssued":12,"answered":3,"questions":[
					 {"questionId":"q1","kind":"SCALE_1_TO_5","text":{"nb":"Hvor nyttig var økten for deg?"},
					  "answers":3,"mean":4.33,"distribution":[0,0,0,2,1],"texts":null},
					 {"questionId":"q2","kind":"FREE_TEXT","text":{"nb":"Hva fungerte godt?"},
					  "answers":1,"mean":null,"distribution":null,"texts":["Gode eksempler fra andre kommuner"]}]}"""
				.formatted(FakePlatform.WORKSHOP_ID));
		}
		else if (rest.equals("results.csv")) {
			byte[] csv = "spørsmål;type\r\nq1;skala\r\n".getBytes(StandardCharsets.UTF_8);
			exchange.getResponseHeaders().add("Content-Type", "text/csv;charset=UTF-8");
			exchange.sendResponseHeaders(200, csv.length);
			exchange.getResponseBody().write(csv);
			exchange.close();
		}
		else if (rest.equals("questions") && method.equals("PUT") && body.contains("\"nb\":\"\"")) {
			send(exchange, 400, """
					{"title":"Bad Request","status":400,"detail":"Ugyldige felt",
					 "errors":[{"field":"questions[0].text.nb","message":"Skriv spørsmålet på bokmål."}]}""");
		}
		else if (rest.equals("questions")) {
			send(exchange, 200,
					"""
							{"standard":true,"questions":[
							 {"id":"q1","kind":"SCALE_1_TO_5","text":{"nb":"Hvor nyttig var økten for deg?","nn":"Kor nyttig var økta for deg?","en":"How useful was the session for you?"}},
							 {"id":"q2","kind":"FREE_TEXT","text":{"nb":"Hva fungerte godt?","nn":null,"en":null}}]}""");
		}
		else {
			send(exchange, 404, "{\"title\":\"Not Found\",\"status\":404}");
		}
	}

	private static void send(HttpExchange exchange, int status, String body) throws IOException {
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders()
			.add("Content-Type", (status < 300) ? "application/json" : "application/problem+json");
		exchange.sendResponseHeaders(status, bytes.length);
		exchange.getResponseBody().write(bytes);
		exchange.close();
	}

}
