package no.ks.kulturskole.registration.certificate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import no.ks.kulturskole.contracts.workshop.SessionDetails;
import no.ks.kulturskole.contracts.workshop.WorkshopFormat;
import no.ks.kulturskole.contracts.workshop.WorkshopScheduled;
import no.ks.kulturskole.registration.OnSharedInfrastructure;
import no.ks.kulturskole.registration.certificate.application.CertificateLinks;
import no.ks.kulturskole.registration.privacy.application.Erasures;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The participation confirmation (issue 16): a PDF, read back with PDFBox, for the
 * participants recorded present and nobody else; behind the manage link's secret or the
 * attendee's signed link; its code looked up by staff; gone with the delegation's
 * personal data.
 */
@ExtendWith(OutputCaptureExtension.class)
class CertificateHttpTests extends OnSharedInfrastructure {

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

	private static final String ATTENDEE = "Åse Ødegård Bærheim";

	private static final String ABSENTEE = "Per Fravær";

	@Autowired
	CertificateLinks links;

	@Autowired
	Erasures erasures;

	@Test
	void anAttendeeGetsAPdfWithNameMunicipalityWorkshopDateDurationOrganisersAndCode(CapturedOutput output)
			throws IOException {
		Attended workshop = workshopWithOneAttendee();

		HttpResponse<byte[]> byCoordinator = coordinatorDownload(workshop, workshop.attendee(), workshop.secret(), "");
		HttpResponse<byte[]> byAttendee = download(
				"/api/public/certificates/" + this.links.tokenFor(workshop.delegationId(), workshop.attendee()));
		HttpResponse<byte[]> inEnglish = download("/api/public/certificates/"
				+ this.links.tokenFor(workshop.delegationId(), workshop.attendee()) + "?lang=en");

		assertThat(byCoordinator.statusCode()).as(new String(byCoordinator.body())).isEqualTo(200);
		assertThat(byCoordinator.headers().firstValue("Content-Type")).hasValue("application/pdf");
		assertThat(byCoordinator.headers().firstValue("Cache-Control")).hasValue("no-store");
		String code;
		try (PDDocument pdf = Loader.loadPDF(byCoordinator.body())) {
			String text = new PDFTextStripper().getText(pdf);
			assertThat(text).contains("Deltakerbevis", ATTENDEE, "Bergen", "Kulturskolen i fremtidens kommune",
					workshop.date(), "09.00–11.30", "2 t 30 min", "KS, Norsk kulturskoleråd");
			assertThat(text).doesNotContain(ABSENTEE);
			code = text.lines()
				.flatMap(line -> java.util.regex.Pattern.compile("KS-[0-9A-Z]{5}-[0-9A-Z]{5}")
					.matcher(line)
					.results()
					.map(match -> match.group()))
				.findFirst()
				.orElseThrow();
			assertThat(pdf.getDocumentInformation().getTitle()).contains("Deltakerbevis");
			assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo("nb");
		}
		assertThat(byAttendee.statusCode()).isEqualTo(200);
		try (PDDocument pdf = Loader.loadPDF(byAttendee.body())) {
			assertThat(new PDFTextStripper().getText(pdf)).contains(ATTENDEE, code);
		}
		try (PDDocument pdf = Loader.loadPDF(inEnglish.body())) {
			assertThat(new PDFTextStripper().getText(pdf)).contains("Certificate of participation", ATTENDEE,
					"2 h 30 min", code);
			assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo("en");
		}
		Document issued = this.mongo.findById(code, Document.class, "certificates");
		assertThat(issued).isNotNull();
		assertThat(issued.getString("participantId")).isEqualTo(workshop.attendee());
		assertThat(issued.toJson()).doesNotContain(ATTENDEE);
		assertThat(output.getAll()).doesNotContain(ATTENDEE).contains(code);

		JsonNode managed = body(
				get("/api/public/registrations/" + workshop.delegationId() + "?token=" + workshop.secret()));
		assertThat(managed.get("participants")
			.valueStream()
			.filter(participant -> participant.get("attended").asBoolean())
			.map(participant -> participant.get("participantId").asString())).containsExactly(workshop.attendee());
	}

	@Test
	void noPdfForAnAbsenteeNorWithoutTheSecretAWrongOneOrAForgedLink() {
		Attended workshop = workshopWithOneAttendee();
		String forged = this.links.tokenFor(workshop.delegationId(), workshop.attendee()).replaceAll(".$", "A");
		String forgedToo = this.links.tokenFor(workshop.delegationId(), workshop.attendee()).replaceAll(".$", "B");

		HttpResponse<byte[]> absentee = coordinatorDownload(workshop, workshop.absentee(), workshop.secret(), "");
		HttpResponse<byte[]> absenteesLink = download(
				"/api/public/certificates/" + this.links.tokenFor(workshop.delegationId(), workshop.absentee()));
		HttpResponse<byte[]> noSecret = download("/api/public/registrations/" + workshop.delegationId()
				+ "/participants/" + workshop.attendee() + "/certificate");
		HttpResponse<byte[]> wrongSecret = coordinatorDownload(workshop, workshop.attendee(), "gjett", "");
		HttpResponse<byte[]> forgedLink = download("/api/public/certificates/"
				+ (forged.equals(this.links.tokenFor(workshop.delegationId(), workshop.attendee())) ? forgedToo
						: forged));
		HttpResponse<byte[]> otherWorkshopsSecret = coordinatorDownload(workshop, "not-a-participant",
				workshop.secret(), "");
		HttpResponse<byte[]> unknownLanguage = coordinatorDownload(workshop, workshop.attendee(), workshop.secret(),
				"?lang=de");

		assertThat(absentee.statusCode()).isEqualTo(409);
		assertThat(new String(absentee.body())).contains("participantId", "not-attended");
		assertThat(List.of(absenteesLink, wrongSecret, forgedLink, otherWorkshopsSecret))
			.allSatisfy(refused -> assertThat(refused.statusCode()).isEqualTo(404));
		assertThat(noSecret.statusCode()).isEqualTo(401);
		assertThat(unknownLanguage.statusCode()).isEqualTo(400);
		assertThat(new String(unknownLanguage.body())).contains("\"lang\"");
		assertThat(List.of(absentee, absenteesLink, noSecret, wrongSecret, forgedLink, unknownLanguage))
			.allSatisfy(refused -> assertThat(refused.headers().firstValue("Content-Type"))
				.hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json")));
		assertThat(this.mongo.count(org.springframework.data.mongodb.core.query.Query.query(
				org.springframework.data.mongodb.core.query.Criteria.where("delegationId").is(workshop.delegationId())),
				"certificates"))
			.as("nothing issued")
			.isZero();
	}

	@Test
	void staffLookUpTheCodeAsTypedAndAfterErasureLearnOnlyThatItExisted() throws IOException {
		Attended workshop = workshopWithOneAttendee();
		String code = this.links.codeFor(workshop.delegationId(), workshop.attendee());
		assertThat(coordinatorDownload(workshop, workshop.attendee(), workshop.secret(), "").statusCode())
			.isEqualTo(200);
		String typed = code.toLowerCase(Locale.ROOT).replace("-", " ").replace('0', 'o').replace('1', 'l');

		HttpResponse<String> found = get("/api/certificates/" + typed.replace(" ", "%20"));
		HttpResponse<String> notACode = get("/api/certificates/KS-12");
		HttpResponse<String> neverIssued = get(
				"/api/certificates/" + this.links.codeFor(workshop.delegationId(), workshop.absentee()));

		assertThat(found.statusCode()).as(found.body()).isEqualTo(200);
		JsonNode valid = body(found);
		assertThat(valid.get("code").asString()).isEqualTo(code);
		assertThat(valid.get("state").asString()).isEqualTo("VALID");
		assertThat(valid.get("holderName").asString()).isEqualTo(ATTENDEE);
		assertThat(valid.get("municipality").asString()).isEqualTo("Bergen");
		assertThat(valid.get("workshopTitle").asString()).isEqualTo("Kulturskolen i fremtidens kommune");
		assertThat(valid.get("durationMinutes").asLong()).isEqualTo(150);
		assertThat(valid.get("duration").asString()).isEqualTo("2 t 30 min");
		assertThat(valid.get("sessions")).singleElement()
			.satisfies(session -> assertThat(session.get("sessionId").asString()).isEqualTo("s-1"));
		assertThat(notACode.statusCode()).isEqualTo(400);
		assertThat(notACode.body()).contains("\"code\"");
		assertThat(neverIssued.statusCode()).isEqualTo(404);

		this.erasures.ofDelegation(workshop.delegationId());

		JsonNode erased = body(get("/api/certificates/" + code));
		assertThat(erased.get("state").asString()).isEqualTo("ERASED");
		assertThat(erased.get("holderName").isNull()).isTrue();
		assertThat(erased.get("erasedAt").isNull()).isFalse();
		assertThat(erased.toString()).doesNotContain(ATTENDEE);
		assertThat(coordinatorDownload(workshop, workshop.attendee(), workshop.secret(), "").statusCode())
			.isEqualTo(404);
		assertThat(download(
				"/api/public/certificates/" + this.links.tokenFor(workshop.delegationId(), workshop.attendee()))
			.statusCode()).isEqualTo(404);
	}

	/**
	 * A workshop by KS and Kulturskolerådet whose first session is 09.00–11.30 Oslo time,
	 * and Bergen's delegation of two, of whom the first attended it.
	 */
	private Attended workshopWithOneAttendee() {
		String workshopId = UUID.randomUUID().toString();
		ZonedDateTime start = ZonedDateTime.of(LocalDate.now(OSLO).plusDays(40), LocalTime.of(9, 0), OSLO);
		List<SessionDetails> sessions = new ArrayList<>();
		for (int i = 0; i < 2; i++) {
			ZonedDateTime startsAt = start.plusDays(i);
			sessions.add(new SessionDetails("s-" + (i + 1), startsAt.toInstant(), startsAt.plusMinutes(150).toInstant(),
					20, "https://meet.example/" + i));
		}
		this.replica.apply(new WorkshopScheduled(UUID.randomUUID(), workshopId, start.toInstant(),
				WorkshopScheduled.SCHEMA_VERSION, "Kulturskolen i fremtidens kommune", "Beskrivelse", "Program",
				WorkshopFormat.ONLINE, null, "nb", inThirtyDays(), 1, null, false, sessions,
				List.of("KS", "Norsk kulturskoleråd"), null, null));
		Map<String, Object> registration = registration("4601", 2);
		registration.put("participants", List.of(participant(ATTENDEE, "ase@k4601.no", "KULTURSKOLE"),
				participant(ABSENTEE, "per@k4601.no", "SCHOOL")));
		HttpResponse<String> registered = register(workshopId, registration);
		assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
		JsonNode receipt = body(registered);
		String delegationId = receipt.get("delegationId").asString();
		List<String> participants = aggregate(workshopId).delegation(delegationId)
			.orElseThrow()
			.participants()
			.stream()
			.map(participant -> participant.participantId())
			.toList();
		HttpResponse<String> recorded = send("PUT", "/api/workshops/" + workshopId + "/sessions/s-1/attendance",
				Map.of(), this.json.writeValueAsString(Map.of("present", List.of(participants.get(0)))));
		assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(200);
		String date = DateTimeFormatter.ofPattern("d. MMMM yyyy", Locale.forLanguageTag("nb-NO")).format(start);
		return new Attended(workshopId, delegationId, receipt.get("manageToken").asString(), participants.get(0),
				participants.get(1), date);
	}

	private HttpResponse<byte[]> coordinatorDownload(Attended workshop, String participantId, String secret,
			String query) {
		return download("/api/public/registrations/" + workshop.delegationId() + "/participants/" + participantId
				+ "/certificate" + query, Map.of("X-Manage-Token", secret));
	}

	private HttpResponse<byte[]> download(String path) {
		return download(path, Map.of());
	}

	private HttpResponse<byte[]> download(String path, Map<String, String> headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.timeout(Duration.ofSeconds(30))
			.header("Accept", "application/pdf, application/problem+json");
		headers.forEach(request::header);
		try {
			return HTTP.send(request.GET().build(), HttpResponse.BodyHandlers.ofByteArray());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private record Attended(String workshopId, String delegationId, String secret, String attendee, String absentee,
			String date) {
	}

}
