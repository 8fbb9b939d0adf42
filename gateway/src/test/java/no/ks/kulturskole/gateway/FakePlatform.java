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

	static final String ERASURE_ID = "sletting-1";

	/**
	 * The one delegation whose workshop is over, so its coordinator may have it erased.
	 */
	static final String ERASABLE_DELEGATION = "d-20";

	static final String WORKSHOP_TITLE = "Fremtidens kulturskole – samling i Bodø";

	/** A draft, for staff only. */
	static final String DRAFT_ID = "verksted-utkast";

	/** A second workshop, not listed, that sets no largest delegation size. */
	static final String UNLIMITED_WORKSHOP_ID = "verksted-uten-grense";

	/** A workshop the service fails on, answering 500: the pages' "try again" page. */
	static final String FAILING_WORKSHOP_ID = "verksted-med-feil";

	/**
	 * A workshop asking extra questions (issue 17): hotel for the group, diet for each.
	 */
	static final String QUESTIONS_WORKSHOP_ID = "verksted-med-sporsmal";

	private final HttpServer server;

	private final List<String> registrations = new CopyOnWriteArrayList<>();

	/** What the manage page sent: "METHOD path token body", in order. */
	private final List<String> manageCalls = new CopyOnWriteArrayList<>();

	private final java.util.Set<String> cancelled = java.util.concurrent.ConcurrentHashMap.newKeySet();

	private final java.util.Set<String> erased = java.util.concurrent.ConcurrentHashMap.newKeySet();

	/** What the staff pages sent to the services: "METHOD path body", in order. */
	private final List<String> staffCalls = new CopyOnWriteArrayList<>();

	/** The attendance last recorded for session s1 of {@link #WORKSHOP_ID}, as sent. */
	private volatile String present = "{\"present\":[]}";

	private volatile boolean pilotSelectionClosed;

	/** The evaluation's links, questions and results (issue 16). */
	final FakeEvaluations evaluations = new FakeEvaluations(this.staffCalls);

	/** The open server-sent event streams of reporting. */
	private final List<HttpExchange> subscribers = new CopyOnWriteArrayList<>();

	/** Delegations waitlisted in the report; {@link #registerOneMore()} adds one. */
	private final java.util.concurrent.atomic.AtomicInteger waitlisted = new java.util.concurrent.atomic.AtomicInteger(
			1);

	/**
	 * Registration conflicts of the workshop by id, open (value {@code null}) or with the
	 * resolution staff chose: as registration-service keeps them.
	 */
	private final java.util.Map<String, String> conflicts = new java.util.concurrent.ConcurrentSkipListMap<>(
			java.util.Map.of("k-1", "", "k-2", ""));

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

	List<String> staffCalls() {
		return List.copyOf(this.staffCalls);
	}

	/**
	 * One more municipality on the waiting list, and reporting's stream says so, as the
	 * real one does after the projection has changed.
	 */
	void registerOneMore() {
		this.waitlisted.incrementAndGet();
		announceChange();
	}

	/**
	 * Reporting's stream says the workshop changed, without anything having changed: the
	 * pages redraw what they show (as after a change seen elsewhere).
	 */
	void announceChange() {
		for (HttpExchange subscriber : this.subscribers) {
			try {
				subscriber.getResponseBody()
					.write(("event:workshop-changed\ndata:{\"workshopId\":\"" + WORKSHOP_ID + "\"}\n\n")
						.getBytes(StandardCharsets.UTF_8));
				subscriber.getResponseBody().flush();
			}
			catch (IOException ex) {
				this.subscribers.remove(subscriber);
			}
		}
	}

	private void subscribe(HttpExchange exchange) throws IOException {
		exchange.getResponseHeaders().add("Content-Type", "text/event-stream");
		exchange.sendResponseHeaders(200, 0);
		exchange.getResponseBody().write("event:subscribed\ndata:{}\n\n".getBytes(StandardCharsets.UTF_8));
		exchange.getResponseBody().flush();
		this.subscribers.add(exchange);
	}

	private String report() {
		StringBuilder waiting = new StringBuilder();
		for (int i = 1; i <= this.waitlisted.get(); i++) {
			waiting.append(",{\"delegationId\":\"w-")
				.append(i)
				.append("\",\"municipalityName\":\"Venteby ")
				.append(i)
				.append("\",\"countyName\":\"Nordland\",\"status\":\"WAITLISTED\",\"participantCount\":3}");
		}
		return """
				{"workshopId":"%s","title":"%s","status":"SCHEDULED",
				 "sessions":[{"sessionId":"s1","capacity":40,"confirmedPersons":23,"waitlistedPersons":%d,"seatsLeft":17,
				   "confirmedDelegations":7,"waitlistedDelegations":%d}],
				 "delegations":[{"delegationId":"d-1","municipalityName":"Bodø","countyName":"Nordland","sessionId":"s1",
				   "status":"CONFIRMED","participantCount":3}%s],
				 "totals":{"delegations":7,"participants":23,"municipalities":6,"confirmedPersons":23,"waitlistedPersons":%d},
				 "roleCategoryMix":{"KULTURSKOLE":10,"SCHOOL":8,"POLITICIAN":5},
				 "registrationsPerDay":[{"day":"2026-02-01","delegations":3,"cumulativeDelegations":3},
				   {"day":"2026-02-02","delegations":4,"cumulativeDelegations":7}],
				 "messages":[{"messageId":"m-1","subject":"Ny møtelenke","sentAt":"2026-02-03T09:30:00Z",
				   "sessionId":null,"statuses":["CONFIRMED"],"roles":["DELEGATES"],"recipients":23}],
				 "attendanceSummary":{"persons":3,"delegations":2,"municipalities":2,
				   "perMunicipality":[{"key":"1804","name":"Bodø","persons":2,"delegations":1},
				                      {"key":"1806","name":"Narvik","persons":1,"delegations":1}]}}"""
			.formatted(WORKSHOP_ID, WORKSHOP_TITLE, this.waitlisted.get() * 3, this.waitlisted.get(), waiting,
					this.waitlisted.get() * 3);
	}

	List<String> manageCalls() {
		return List.copyOf(this.manageCalls);
	}

	private void answer(HttpExchange exchange) throws IOException {
		String path = exchange.getRequestURI().getRawPath();
		String method = exchange.getRequestMethod();
		// as the real services: a staff path without the gateway's token is refused, so a
		// page that calls one for an anonymous visitor shows up here
		if (path.startsWith("/api/") && !path.startsWith("/api/public/")
				&& !String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")).startsWith("Bearer ")) {
			send(exchange, 401, "application/problem+json", "{\"title\":\"Unauthorized\",\"status\":401}");
			return;
		}
		String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
		if (path.equals("/actuator/health")) {
			send(exchange, 200, "application/json", "{\"status\":\"UP\"}");
		}
		else if (method.equals("GET") && path.equals("/v3/api-docs")) {
			send(exchange, 200, "application/json",
					"""
							{"openapi":"3.1.0","info":{"title":"Falsk tjeneste","version":"1"},
							 "paths":{"/api/public/workshops":{"get":{"summary":"Åpne verksted","responses":{"200":{"description":"OK"}}}}}}""");
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
		else if (method.equals("GET") && path.equals("/api/public/workshops/" + QUESTIONS_WORKSHOP_ID)) {
			send(exchange, 200, "application/json", workshopWithQuestions());
		}
		else if (method.equals("POST")
				&& path.equals("/api/public/workshops/" + QUESTIONS_WORKSHOP_ID + "/registrations")) {
			this.registrations.add(body);
			if (!body.contains("\"hotel\":[")) {
				// like registration-service: the required question names its answer
				send(exchange, 400, "application/problem+json", """
						{"type":"about:blank","title":"Bad Request","status":400,"detail":"Ugyldige felt",
						 "errors":[{"field":"answers.hotel","message":"Spørsmålet må besvares."}]}""");
			}
			else {
				register(exchange, body);
			}
		}
		else if (method.equals("GET") && path.equals("/api/public/workshops/" + FAILING_WORKSHOP_ID)) {
			send(exchange, 500, "application/problem+json", "{\"title\":\"Internal Server Error\",\"status\":500}");
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
		else if (method.equals("GET")
				&& path.equals("/api/public/workshops/" + WORKSHOP_ID + "/reflection-questions")) {
			send(exchange, 200, "application/json", "[\"Hva er kulturskolens rolle i kommunen i dag?\"]");
		}
		else if (method.equals("GET") && path.equals("/api/workshops/" + WORKSHOP_ID)) {
			send(exchange, 200, "application/json", """
					{"id":"%s","status":"SCHEDULED","title":"%s",
					 "sessions":[{"sessionId":"s1","startsAtLocal":"2026-03-12T10:00:00","capacity":40}],
					 "preparation":{"materials":[],
					 "reflectionQuestions":["Hva er kulturskolens rolle i kommunen i dag?"],
					 "releasedAt":"2026-02-01T08:00:00Z"}}""".formatted(WORKSHOP_ID, WORKSHOP_TITLE));
		}
		else if (method.equals("GET") && path.equals("/api/workshops/" + WORKSHOP_ID + "/questions")) {
			send(exchange, 200, "application/json",
					"""
							{"workshopId":"%s","formVersion":1,"questions":[
							 {"questionId":"hotel","scope":"DELEGATION","kind":"YES_NO","required":true,"personalData":false,
							  "text":{"nb":"Trenger dere hotell?"},"choices":[]},
							 {"questionId":"diet","scope":"PARTICIPANT","kind":"SEVERAL_CHOICES","required":false,"personalData":true,
							  "text":{"nb":"Hensyn til kosthold"},
							  "choices":[{"choiceId":"vegetarian","label":{"nb":"Vegetar"}},{"choiceId":"gluten-free","label":{"nb":"Glutenfritt"}}]}]}"""
						.formatted(WORKSHOP_ID));
		}
		else if (method.equals("PUT") && path.equals("/api/workshops/" + WORKSHOP_ID + "/questions")
				&& body.contains("\"nb\":\"FEIL\"")) {
			this.staffCalls.add(method + " " + path + " " + body);
			send(exchange, 409, "application/problem+json",
					"""
							{"title":"Conflict","status":409,"detail":"Et publisert verksted kan bare få nye spørsmål som ikke er obligatoriske.",
							 "errors":[{"field":"questions[0].required","message":"Et publisert verksted kan bare få nye spørsmål som ikke er obligatoriske."}]}""");
		}
		else if (method.equals("GET") && path.equals("/api/registrations/answers")
				&& ("workshopId=" + WORKSHOP_ID).equals(exchange.getRequestURI().getRawQuery())) {
			send(exchange, 200, "application/json", """
					{"workshopId":"%s","questions":[],"delegations":[
					 {"delegationId":"d-1","answers":{"hotel":["yes"]},
					  "participants":{"p-1":{"diet":["vegetarian","gluten-free"]}}}]}""".formatted(WORKSHOP_ID));
		}
		else if (method.equals("GET") && path.equals("/api/workshops")) {
			send(exchange, 200, "application/json", """
					[{"id":"%s","status":"SCHEDULED","title":"%s",
					  "sessions":[{"sessionId":"s1","startsAtLocal":"2026-03-12T10:00:00","capacity":40}]}]"""
				.formatted(WORKSHOP_ID, WORKSHOP_TITLE));
		}
		else if (method.equals("GET") && path.equals("/api/reports/workshops/" + WORKSHOP_ID)) {
			send(exchange, 200, "application/json", report());
		}
		else if (method.equals("GET") && path.equals("/api/reports/stream")) {
			subscribe(exchange);
		}
		else if (method.equals("GET") && path.equals("/api/reports/coverage")) {
			send(exchange, 200, "application/json",
					"""
							{"dimension":"COUNTY","registered":2,"municipalities":4,"areas":[
							 {"area":"Nordland","registered":1,"municipalities":2,"registeredMunicipalities":[{"number":"1804","name":"Bodø"}],
							  "missing":[{"number":"1806","name":"Narvik"}]},
							 {"area":"Vestland","registered":1,"municipalities":2,"registeredMunicipalities":[{"number":"4601","name":"Bergen"}],
							  "missing":[{"number":"4602","name":"Kinn"}]}],
							 "byMunicipality":%s}"""
						.formatted(coverageMap()));
		}
		else if (method.equals("GET") && path.equals("/api/pilot-applications")) {
			send(exchange, 200, "application/json",
					"""
							{"applications":[{"applicationId":"p-1","organisation":{"number":"1804","name":"Bodø","countyName":"Nordland"},
							  "ksRegion":"Nord","contact":{"name":"Kari Nordmann","email":"kari@bodo.kommune.no"},
							  "motivation":"Vi vil nå flere barn.","inGuidanceScheme":true,"status":"SUBMITTED",
							  "attended":[{"workshopId":"w-1","workshopTitle":"Verksted 1","presentPersons":2},
							              {"workshopId":"w-2","workshopTitle":"Verksted 2","presentPersons":0}]}],
							 "selection":{"selected":0,"aboveTarget":false,"warning":null,"byKsRegion":{}}}""");
		}
		else if (path.equals("/api/pilot-applications/selection/closure")) {
			pilotSelectionClosure(exchange, method, body);
		}
		else if (method.equals("POST") && path.equals("/api/privacy/erasures")) {
			this.staffCalls.add(method + " " + path + " " + body);
			if (body.contains("ukjent")) {
				send(exchange, 404, "application/problem+json", """
						{"title":"Not Found","status":404,"detail":"Delegasjonen finnes ikke.",
						 "errors":[{"field":"delegationId","message":"Delegasjonen finnes ikke."}]}""");
			}
			else {
				exchange.getResponseHeaders().add("Location", "/api/privacy/erasures/" + ERASURE_ID);
				send(exchange, 202, "application/json", "{\"erasureId\":\"" + ERASURE_ID + "\"}");
			}
		}
		else if (method.equals("GET") && path.equals("/api/privacy/erasures/" + ERASURE_ID)) {
			send(exchange, 200, "application/json", """
					{"erasureId":"%s","requestedAt":"2026-03-01T10:00:00Z","owners":["d-1"],
					 "services":{"registration-service":{"status":"DONE","at":"2026-03-01T10:00:00Z"},
					  "notification-service":{"status":"DONE","at":"2026-03-01T10:00:02Z"},
					  "reporting-service":{"status":"PENDING","at":null}}}""".formatted(ERASURE_ID));
		}
		else if (method.equals("GET") && path.equals("/api/platform/admin/dead-letters")) {
			send(exchange, 200, "application/json", """
					{"topics":["error.workshop.events.notification-service"],"deadLetters":[
					 {"topic":"error.workshop.events.notification-service","partition":0,"offset":7,"key":"%s",
					  "timestamp":"2026-03-01T10:00:00Z","originalTopic":"workshop.events","originalPartition":1,
					  "originalOffset":41,"exceptionClass":"java.lang.IllegalArgumentException",
					  "exceptionMessage":"Ukjent økt","headers":{"ce_type":"SessionChanged"},
					  "payload":"hendelsen som kom","redrivenAt":null}]}""".formatted(WORKSHOP_ID));
		}
		else if (method.equals("GET") && path.equals("/api/notifications")) {
			send(exchange, 200, "application/json", mails(exchange.getRequestURI().getRawQuery()));
		}
		else if (method.equals("POST") && path.equals("/api/notifications/resend")) {
			this.staffCalls.add(method + " " + path + " " + body);
			if (body.contains(CONFIRMATION_MAIL_ID) || body.contains(WAITLIST_MAIL_ID)) {
				send(exchange, 202, "application/json", "{\"notificationId\":\"ny-e-post\"}");
			}
			else {
				send(exchange, 404, "application/problem+json",
						"""
								{"title":"Not Found","status":404,"detail":"Det finnes ingen e-post med denne id-en i loggen.",
								 "errors":[{"field":"notificationId","message":"Det finnes ingen e-post med denne id-en i loggen."}]}""");
			}
		}
		else if (method.equals("GET") && path.equals("/api/registrations/retention")
				&& ("workshopId=" + WORKSHOP_ID).equals(exchange.getRequestURI().getRawQuery())) {
			send(exchange, 200, "application/json", """
					{"workshopId":"%s","personalDataErasedAt":"2026-06-09T22:30:00Z"}""".formatted(WORKSHOP_ID));
		}
		else if (method.equals("GET") && path.equals("/api/registrations/conflicts")
				&& ("workshopId=" + WORKSHOP_ID).equals(exchange.getRequestURI().getRawQuery())) {
			send(exchange, 200, "application/json", conflicts());
		}
		else if (method.equals("POST") && path.matches("/api/registrations/conflicts/[^/]+/resolution")) {
			this.staffCalls.add(method + " " + path + " " + body);
			String conflictId = path.split("/")[4];
			String resolution = body.contains("HAND_OVER") ? "HAND_OVER"
					: body.contains("KEEP_EXISTING") ? "KEEP_EXISTING" : null;
			if (!this.conflicts.containsKey(conflictId)) {
				send(exchange, 404, "application/problem+json", """
						{"title":"Not Found","status":404,"detail":"Konflikten finnes ikke.",
						 "errors":[{"field":"conflictId","message":"Konflikten finnes ikke."}]}""");
			}
			else if (resolution == null) {
				send(exchange, 400, "application/problem+json", """
						{"title":"Bad Request","status":400,"detail":"Ugyldige felt",
						 "errors":[{"field":"resolution","message":"Velg en løsning."}]}""");
			}
			else if (!this.conflicts.replace(conflictId, "", resolution)) {
				send(exchange, 409, "application/problem+json", """
						{"title":"Conflict","status":409,"detail":"Konflikten er allerede løst.",
						 "errors":[{"field":"conflictId","message":"Konflikten er allerede løst."}]}""");
			}
			else {
				send(exchange, 200, "application/json", "{}");
			}
		}
		else if (method.equals("GET") && path.equals("/api/workshops/" + DRAFT_ID)) {
			send(exchange, 200, "application/json",
					"""
							{"id":"%s","status":"DRAFT","title":"Utkast til samling","format":"VENUE","venue":"Bodø",
							 "registrationDeadlineLocal":"2026-03-01T23:59:00","minDelegationSize":2,"maxDelegationSize":8,
							 "outsideRoleRequired":true,
							 "sessions":[{"sessionId":"u1","startsAtLocal":"2026-03-12T10:00:00","endsAtLocal":"2026-03-12T15:00:00","capacity":40}]}"""
						.formatted(DRAFT_ID));
		}
		else if (method.equals("GET") && path.equals("/api/registrations")
				&& ("workshopId=" + WORKSHOP_ID).equals(exchange.getRequestURI().getRawQuery())) {
			send(exchange, 200, "application/json",
					"""
							[{"delegationId":"d-1","sessionId":"s1","status":"CONFIRMED",
							  "municipality":{"number":"1804","name":"Bodø","countyName":"Nordland"},
							  "participants":[{"participantId":"p-1","name":"Kari Nordmann","email":"kari@bodo.kommune.no","roleTitle":"Kulturskoleleder"},
							                  {"participantId":"p-2","name":"Per Hansen","email":"per@bodo.kommune.no","roleTitle":"Rektor"}]},
							 {"delegationId":"d-2","sessionId":"s1","status":"CONFIRMED",
							  "municipality":{"number":"1806","name":"Narvik","countyName":"Nordland"},
							  "participants":[{"participantId":"p-3","name":"Siri Berg","email":"siri@narvik.kommune.no","roleTitle":"Ordfører"}]},
							 {"delegationId":"d-3","sessionId":"s1","status":"CONFIRMED","cancelledAt":"2026-03-01T10:00:00Z",
							  "municipality":{"number":"5501","name":"Tromsø","countyName":"Troms"},
							  "participants":[{"participantId":"p-9","name":"Avmeldt Person","email":"avmeldt@tromso.kommune.no","roleTitle":"Rektor"}]}]""");
		}
		else if (FakeEvaluations.handles(path)) {
			this.evaluations.answer(exchange, method, path, body);
		}
		else if (path.equals("/api/workshops/" + WORKSHOP_ID + "/sessions/s1/attendance")) {
			attendance(exchange, method, body);
		}
		else if (method.equals("POST")
				&& path.equals("/api/workshops/" + WORKSHOP_ID + "/sessions/s1/attendance/meeting-report")) {
			meetingReport(exchange, body);
		}
		else if (method.equals("POST") && path.startsWith("/api/workshops/" + WORKSHOP_ID + "/messages")) {
			this.staffCalls.add(method + " " + path + " " + body);
			message(exchange, path.endsWith("/preview"), body);
		}
		else if (method.equals("POST") && path.equals("/api/workshops/" + WORKSHOP_ID + "/copy")) {
			this.staffCalls.add(method + " " + path + " " + body);
			copy(exchange, body);
		}
		else if ((method.equals("POST") || method.equals("PUT") || method.equals("PATCH"))
				&& (path.startsWith("/api/workshops/") || path.startsWith("/api/registrations/")
						|| path.startsWith("/api/pilot-applications/") || path.startsWith("/api/reports/admin/")
						|| path.startsWith("/api/platform/admin/"))) {
			this.staffCalls.add(method + " " + path + " " + body);
			if (body.contains("\"title\":\"\"")) {
				send(exchange, 400, "application/problem+json", """
						{"title":"Bad Request","status":400,"detail":"Ugyldige felt",
						 "errors":[{"field":"title","message":"Tittelen må fylles ut."}]}""");
			}
			else if (body.contains("\"capacity\":null")) {
				send(exchange, 400, "application/problem+json", """
						{"title":"Bad Request","status":400,"detail":"Ugyldige felt",
						 "errors":[{"field":"capacity","message":"Kapasiteten må fylles ut."}]}""");
			}
			else {
				send(exchange, 200, "application/json", "{}");
			}
		}
		else if (method.equals("GET")
				&& (path.startsWith("/api/public/certificates/") || path.startsWith("/api/certificates/"))) {
			certificate(exchange, path);
		}
		else {
			send(exchange, 404, "application/problem+json",
					"{\"title\":\"Not Found\",\"status\":404,\"detail\":\"Fant ikke ressursen.\"}");
		}
	}

	/** A participation confirmation's PDF as registration-service sends it (issue 16). */
	static final String CERTIFICATE_PDF = "%PDF-1.7\n% Deltakerbevis\n%%EOF\n";

	/** The attendee's link that gives a confirmation; every other gives 404. */
	static final String CERTIFICATE_TOKEN = "d-11.p-1.gyldig";

	static final String CERTIFICATE_CODE = "KS-7QX2M-9GH4T";

	static final String ERASED_CERTIFICATE_CODE = "KS-0000A-SLETT";

	/**
	 * Like registration-service's confirmations: the attendee's link, and the staff
	 * look-up of a code, valid, erased, unknown or malformed.
	 */
	private void certificate(HttpExchange exchange, String path) throws IOException {
		String last = java.net.URLDecoder.decode(path.substring(path.lastIndexOf('/') + 1), StandardCharsets.UTF_8);
		this.manageCalls.add("GET " + path);
		boolean staff = path.startsWith("/api/certificates/");
		if (!staff && last.equals(CERTIFICATE_TOKEN)) {
			sendPdf(exchange);
		}
		else if (staff && (last.equals(CERTIFICATE_CODE) || last.equals(ERASED_CERTIFICATE_CODE))) {
			boolean erased = last.equals(ERASED_CERTIFICATE_CODE);
			String sessions = "[{\"sessionId\":\"s1\",\"startsAt\":\"2026-03-12T09:00:00Z\",\"endsAt\":\"2026-03-12T11:30:00Z\"}]";
			send(exchange, 200, "application/json",
					"""
							{"code":"%s","state":"%s","workshopId":"%s","workshopTitle":"%s","delegationId":"d-11",
							 "participantId":"p-1","holderName":%s,"municipality":%s,"sessions":%s,"durationMinutes":%s,"duration":%s,
							 "issuedAt":"2026-03-14T09:14:00Z","erasedAt":%s}"""
						.formatted(last, erased ? "ERASED" : "VALID", WORKSHOP_ID, WORKSHOP_TITLE,
								erased ? "null" : "\"Ola Nordmann\"", erased ? "null" : "\"Bodø\"",
								erased ? "[]" : sessions, erased ? "0" : "150", erased ? "\"0 min\"" : "\"2 t 30 min\"",
								erased ? "\"2026-06-20T10:00:00Z\"" : "null"));
		}
		else if (staff && !last.matches("(?i)ks-\\w{5}-\\w{5}")) {
			send(exchange, 400, "application/problem+json", """
					{"title":"Bad Request","status":400,"detail":"Koden er ikke en verifiseringskode.",
					 "errors":[{"field":"code","message":"Koden er ikke en verifiseringskode."}]}""");
		}
		else {
			send(exchange, 404, "application/problem+json",
					"{\"title\":\"Not Found\",\"status\":404,\"detail\":\"Ingen deltakerbevis.\"}");
		}
	}

	private static void sendPdf(HttpExchange exchange) throws IOException {
		exchange.getResponseHeaders()
			.add("Content-Disposition", "inline; filename=\"deltakerbevis-" + CERTIFICATE_CODE + ".pdf\"");
		send(exchange, 200, "application/pdf", CERTIFICATE_PDF);
	}

	/**
	 * Like registration-service's closing of the pilot selection (issue 14): closed once
	 * a confirmed request came, refused naming {@code confirm} otherwise.
	 */
	private void pilotSelectionClosure(HttpExchange exchange, String method, String body) throws IOException {
		if (method.equals("POST")) {
			this.staffCalls.add(method + " " + exchange.getRequestURI().getPath() + " " + body);
			if (!body.contains("\"confirm\":true")) {
				send(exchange, 400, "application/problem+json", """
						{"title":"Bad Request","status":400,"detail":"Ugyldige felt",
						 "errors":[{"field":"confirm","message":"Bekreft at utvelgelsen skal avsluttes."}]}""");
				return;
			}
			this.pilotSelectionClosed = true;
		}
		send(exchange, 200, "application/json", this.pilotSelectionClosed ? """
				{"closed":true,"closedAt":"2027-05-02T10:00:00Z","applications":1,"selected":0,
				 "personalDataErasedAt":"2027-07-31T10:00:00Z"}""" : """
				{"closed":false,"closedAt":null,"applications":null,"selected":null,"personalDataErasedAt":null}""");
	}

	/** Opens the pilot selection again, which no real service does: for the next test. */
	void reopenPilotSelection() {
		this.pilotSelectionClosed = false;
	}

	/**
	 * Like registration-service's attendance (issue 16): what was last recorded for the
	 * session; an id it does not know is refused naming {@code present}.
	 */
	private void attendance(HttpExchange exchange, String method, String body) throws IOException {
		if (method.equals("PUT")) {
			this.staffCalls.add(method + " " + exchange.getRequestURI().getPath() + " " + body);
			if (body.contains("ukjent")) {
				send(exchange, 400, "application/problem+json",
						"""
								{"title":"Bad Request","status":400,"detail":"Ugyldige felt",
								 "errors":[{"field":"present","message":"Deltaker ukjent er ikke påmeldt dette verkstedet."}]}""");
				return;
			}
			this.present = body;
		}
		send(exchange, 200, "application/json", this.present);
	}

	/**
	 * Like registration-service's matching of a meeting's participant report: Kari is
	 * found by her address, anyone else is unmatched; a file without an e-mail column is
	 * refused.
	 */
	private static void meetingReport(HttpExchange exchange, String csv) throws IOException {
		if (!csv.toLowerCase(java.util.Locale.ROOT).contains("email")) {
			send(exchange, 400, "application/problem+json", """
					{"title":"Bad Request","status":400,"detail":"Fant ingen kolonne for navn og e-post.",
					 "errors":[{"field":"file","message":"Fant ingen kolonne for navn og e-post."}]}""");
			return;
		}
		send(exchange, 200, "application/json",
				"""
						{"matched":[{"participantId":"p-1","attendee":{"name":"Kari Nordmann","email":"kari@bodo.kommune.no","minutes":148}}],
						 "unmatched":[{"name":"Ola (iPad)","email":"","minutes":95}]}""");
	}

	/**
	 * Like notification-service's messages to registrants (issue 16): the audience
	 * reaches three people; a message without a bokmål subject is refused naming it.
	 */
	private static void message(HttpExchange exchange, boolean preview, String body) throws IOException {
		if (preview) {
			send(exchange, 200, "application/json", "{\"recipients\":3}");
		}
		else if (!body.contains("\"subject\":{\"nb\"")) {
			send(exchange, 400, "application/problem+json", """
					{"title":"Bad Request","status":400,"detail":"Skriv teksten på bokmål.",
					 "errors":[{"field":"subject.nb","message":"Skriv teksten på bokmål."}]}""");
		}
		else {
			send(exchange, 202, "application/json", "{\"messageId\":\"m-1\",\"recipients\":3}");
		}
	}

	/** The draft workshop-service makes of {@link #WORKSHOP_ID} when asked to copy it. */
	static final String COPY_ID = "verksted-bodo-kopi";

	/**
	 * Like workshop-service: a shift must be given, and a copy whose deadline would have
	 * passed is refused naming the shift.
	 */
	private static void copy(HttpExchange exchange, String body) throws IOException {
		if (body.contains("\"shiftDays\":-")) {
			send(exchange, 400, "application/problem+json",
					"""
							{"title":"Bad Request","status":400,"detail":"Ugyldige felt",
							 "errors":[{"field":"shiftDays","message":"Kopien ville fått en påmeldingsfrist som er passert. Flytt den lenger fram i tid."}]}""");
		}
		else if (!body.contains("shiftDays") && !body.contains("firstSessionStart")) {
			send(exchange, 400, "application/problem+json",
					"""
							{"title":"Bad Request","status":400,"detail":"Ugyldige felt",
							 "errors":[{"field":"shiftDays","message":"Oppgi hvor mange dager kopien skal flyttes, eller når første økt skal starte."}]}""");
		}
		else {
			exchange.getResponseHeaders().add("Location", "/api/workshops/" + COPY_ID);
			send(exchange, 201, "application/json", "{\"id\":\"%s\",\"status\":\"DRAFT\"}".formatted(COPY_ID));
		}
	}

	/**
	 * Every municipality's status as reporting gives it for the map (issue 17): a few
	 * known ones, and a spread over the rest so that a screenshot looks like a real
	 * programme.
	 */
	static final java.util.Map<String, String> MAP_STATUSES = java.util.Map.of("1804", "CONFIRMED", "4601", "CONFIRMED",
			"5501", "WAITLISTED", "0301", "PILOT_APPLICANT", "3301", "ATTENDED");

	private static String coverageMap() {
		List<String> municipalities = new java.util.ArrayList<>();
		int index = 0;
		for (no.ks.kulturskole.reference.Municipality municipality : no.ks.kulturskole.reference.MunicipalityRegister
			.load()
			.municipalities()) {
			String status = MAP_STATUSES.getOrDefault(municipality.number(), switch (index++ % 9) {
				case 0, 4 -> "CONFIRMED";
				case 2 -> "ATTENDED";
				case 6 -> "WAITLISTED";
				default -> "NOT_REGISTERED";
			});
			municipalities.add("""
					{"number":"%s","name":"%s","countyNumber":"%s","area":"%s","status":"%s","participants":%d,
					 "pilotApplicant":%s}""".formatted(municipality.number(), municipality.name(),
					municipality.countyNumber(), municipality.countyName(), status,
					status.equals("NOT_REGISTERED") ? 0 : 3, municipality.number().equals("0301")));
		}
		return "[" + String.join(",", municipalities) + "]";
	}

	/**
	 * Bodø's delegation (coordinator Kari) had two others try: Per and Eva; each open
	 * until resolved.
	 */
	private String conflicts() {
		List<String> each = new java.util.ArrayList<>();
		this.conflicts.forEach((id, resolution) -> {
			String contact = id.equals("k-1") ? "{\"name\":\"Per Olsen\",\"email\":\"per.olsen@bodo.kommune.no\"}"
					: "{\"name\":\"Eva Hansen\",\"email\":\"eva.hansen@bodo.kommune.no\"}";
			boolean handedOver = "HAND_OVER".equals(resolution);
			String coordinator = handedOver ? contact
					: "{\"name\":\"Kari Nordmann\",\"email\":\"kari@bodo.kommune.no\"}";
			each.add("""
					{"conflictId":"%s","delegationId":"d-1","workshopId":"%s",
					 "municipality":{"number":"1804","name":"Bodø","countyName":"Nordland"},
					 "contact":%s,"language":"nb","coordinator":%s,"reportedAt":"2026-02-10T09:15:00Z",
					 "status":"%s","resolution":%s,"resolvedBy":%s,"resolvedAt":%s}""".formatted(id, WORKSHOP_ID,
					contact, coordinator, resolution.isEmpty() ? "OPEN" : "RESOLVED",
					resolution.isEmpty() ? "null" : "\"" + resolution + "\"",
					resolution.isEmpty() ? "null" : "\"stab\"",
					resolution.isEmpty() ? "null" : "\"2026-02-11T13:30:00Z\""));
		});
		return "[" + String.join(",", each) + "]";
	}

	/** The log's id of Bodø's confirmation (delegation d-1). */
	static final String CONFIRMATION_MAIL_ID = "DELEGATION_CONFIRMATION:" + WORKSHOP_ID + "/s1:d-1:3f2a9c0e:v1";

	/** The log's id of a failed mail to Venteby 1's coordinator (delegation w-1). */
	static final String WAITLIST_MAIL_ID = "DELEGATION_CONFIRMATION:" + WORKSHOP_ID + "/s1:w-1:7b1d4a56:v1";

	/**
	 * Like notification-service's log: two mails of the workshop, one per delegation,
	 * filtered by workshop and delegation.
	 */
	private static String mails(String query) {
		String delegationId = java.util.Arrays.stream((query != null) ? query.split("&") : new String[0])
			.filter((parameter) -> parameter.startsWith("delegationId="))
			.map((parameter) -> parameter.substring("delegationId=".length()))
			.findFirst()
			.orElse(null);
		List<String> mails = new java.util.ArrayList<>();
		if (delegationId == null || delegationId.equals("d-1")) {
			mails.add("""
					{"id":"%s","kind":"DELEGATION_CONFIRMATION","status":"SENT","recipient":"kari@bodo.kommune.no",
					 "workshopId":"%s","delegationId":"d-1","subject":"Påmelding mottatt: %s","attempts":1}"""
				.formatted(CONFIRMATION_MAIL_ID, WORKSHOP_ID, WORKSHOP_TITLE));
			mails
				.add("""
						{"id":"REMINDER:%s/s1:d-1:v1","kind":"REMINDER","status":"SKIPPED","recipient":"kari@bodo.kommune.no",
						 "workshopId":"%s","delegationId":"d-1","subject":"Påminnelse: %s","attempts":0}"""
					.formatted(WORKSHOP_ID, WORKSHOP_ID, WORKSHOP_TITLE));
		}
		if (delegationId == null || delegationId.equals("w-1")) {
			mails.add("""
					{"id":"%s","kind":"DELEGATION_CONFIRMATION","status":"FAILED","recipient":"ola@venteby.kommune.no",
					 "workshopId":"%s","delegationId":"w-1","subject":"Venteliste: %s","attempts":5}"""
				.formatted(WAITLIST_MAIL_ID, WORKSHOP_ID, WORKSHOP_TITLE));
		}
		return "[" + String.join(",", mails) + "]";
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
		else if (method.equals("POST") && path.endsWith("/erasure")) {
			if (delegationId.equals(ERASABLE_DELEGATION)) {
				this.erased.add(delegationId);
				send(exchange, 202, "application/json", "{\"erasureId\":\"" + ERASURE_ID + "\"}");
			}
			else {
				send(exchange, 409, "application/problem+json",
						"""
								{"title":"Conflict","status":409,"detail":"Opplysningene kan slettes når verkstedet er gjennomført eller avlyst.",
								 "errors":[{"field":"delegationId","message":"Opplysningene kan slettes når verkstedet er gjennomført eller avlyst."}]}""");
			}
		}
		else if (method.equals("GET") && path.endsWith("/participants/p-1/certificate")) {
			sendPdf(exchange);
		}
		else if (method.equals("GET") && path.endsWith("/certificate")) {
			send(exchange, 409, "application/problem+json", """
					{"title":"Conflict","status":409,"detail":"Deltakeren var ikke til stede.",
					 "errors":[{"field":"participantId","message":"Deltakeren var ikke til stede."}]}""");
		}
		else if (path.endsWith("/answers")) {
			this.manageCalls.add(method + " " + path + " " + token + " " + body);
			if (method.equals("PUT") && !body.contains("\"hotel\":[")) {
				send(exchange, 400, "application/problem+json", """
						{"title":"Bad Request","status":400,"detail":"Ugyldige felt",
						 "errors":[{"field":"answers.hotel","message":"Spørsmålet må besvares."}]}""");
			}
			else {
				send(exchange, 200, "application/json", """
						{"delegationId":"%s","questions":%s,"answers":{"hotel":["yes"]},
						 "participants":{"p-2":{"diet":["vegetarian"]}}}""".formatted(delegationId,
						workshopWithQuestions().replaceAll("(?s)^.*\"questions\":", "").replaceAll("}$", "")));
			}
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
				 "cancelled":%s,"changeable":true,"erasable":%s,"municipality":{"number":"1804","name":"Bodø","countyName":"Nordland"},
				 "coordinator":{"name":"%s","email":"kari@bodo.kommune.no"},
				 "participants":[
				   {"participantId":"p-1","name":"Ola Nordmann","email":"ola@bodo.kommune.no","roleTitle":"Rektor","roleCategory":"SCHOOL","attended":true},
				   {"participantId":"p-2","name":"Siri Hansen","email":"siri@bodo.kommune.no","roleTitle":"Rådgiver","roleCategory":"MUNICIPAL_LEADER","attended":false}],
				 "reflection":[]}"""
			.formatted(delegationId, WORKSHOP_ID, WORKSHOP_TITLE, this.cancelled.contains(delegationId),
					delegationId.equals(ERASABLE_DELEGATION),
					this.erased.contains(delegationId) ? "slettet" : "Kari Nordmann");
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
				 "cancelled":false,"cancellationReason":null,
				 "invitationOnly":true,"invitationScope":"LISTED",
				 "invitedOrganisations":[{"number":"1804","name":"Bodø"},{"number":"4601","name":"Bergen"}]}"""
			.formatted(WORKSHOP_ID, WORKSHOP_TITLE);
	}

	private static String workshopWithQuestions() {
		return publicWorkshop().replace(WORKSHOP_ID, QUESTIONS_WORKSHOP_ID)
			.replace("\"invitationOnly\":true", "\"invitationOnly\":false")
			.replaceFirst("}$",
					"""
							,"questions":[
							 {"questionId":"hotel","scope":"DELEGATION","kind":"YES_NO","required":true,"personalData":false,
							  "text":{"nb":"Trenger dere hotell?","nn":"Treng de hotell?","en":"Do you need a hotel?"},"choices":[]},
							 {"questionId":"arrival","scope":"DELEGATION","kind":"SHORT_TEXT","required":false,"personalData":false,
							  "text":{"nb":"Når kommer dere?"},"choices":[]},
							 {"questionId":"diet","scope":"PARTICIPANT","kind":"SEVERAL_CHOICES","required":false,"personalData":true,
							  "text":{"nb":"Hensyn til kosthold","nn":"Omsyn til kosthald","en":"Dietary needs"},
							  "choices":[{"choiceId":"vegetarian","label":{"nb":"Vegetar","nn":"Vegetar","en":"Vegetarian"}},
							             {"choiceId":"gluten-free","label":{"nb":"Glutenfritt","nn":"Glutenfritt","en":"Gluten-free"}}]},
							 {"questionId":"needs","scope":"PARTICIPANT","kind":"LONG_TEXT","required":false,"personalData":true,
							  "text":{"nb":"Behov for tilrettelegging"},"choices":[]}]}""");
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
		this.subscribers.forEach(HttpExchange::close);
		this.server.stop(0);
	}

}
