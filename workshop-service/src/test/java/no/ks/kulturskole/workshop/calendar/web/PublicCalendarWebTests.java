package no.ks.kulturskole.workshop.calendar.web;

import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DtStart;
import no.ks.kulturskole.support.outbox.OutboxEntries;
import no.ks.kulturskole.support.problem.ProblemDetailsAdvice;
import no.ks.kulturskole.testsupport.TestInfrastructure;
import no.ks.kulturskole.workshop.workshop.WorkshopRequests;
import no.ks.kulturskole.workshop.workshop.infrastructure.ReferenceDataConfiguration;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration;
import org.springframework.boot.mongodb.autoconfigure.MongoAutoConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Repository;
import org.springframework.stereotype.Service;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public calendar feed (issue 17), parsed with ical4j as a calendar program would:
 * one event per session with the session's UID, the same from fetch to fetch, moved with
 * a higher SEQUENCE by a reschedule, marked cancelled with its workshop, never a meeting
 * link, never a draft. Workshops are made through the staff API, stored in the embedded
 * MongoDB server.
 */
@WebMvcTest(includeFilters = @ComponentScan.Filter(type = FilterType.ANNOTATION,
		classes = { Service.class, Repository.class }))
// the web layer only: that the feed is open to anyone is WorkshopSecurityTests' business
@AutoConfigureMockMvc(addFilters = false)
@ImportAutoConfiguration({ MongoAutoConfiguration.class, DataMongoAutoConfiguration.class })
@Import({ OutboxEntries.class, ProblemDetailsAdvice.class, ReferenceDataConfiguration.class })
class PublicCalendarWebTests {

	private static final int YEAR = WorkshopRequests.YEAR;

	private static final String VENUE = "Stormen kulturhus, Storgata 1, 8006 Bodø";

	@DynamicPropertySource
	static void mongo(DynamicPropertyRegistry registry) {
		registry.add("spring.mongodb.uri", () -> TestInfrastructure.mongoUri() + "/calendar-" + UUID.randomUUID());
		registry.add("platform.gateway-url", () -> "https://kulturskole.example.no/");
	}

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JsonMapper json;

	@Test
	void everySessionOfAPublishedWorkshopIsAnEventInOsloTimeWithItsOwnUidAndNoMeetingLink() throws Exception {
		JsonNode online = created(twoSessions("Digitalt verksted " + UUID.randomUUID()));
		JsonNode draft = created(draft("Utkast " + UUID.randomUUID()));

		MvcTestResult result = fetch("");

		assertThat(result).hasStatusOk();
		assertThat(result.getResponse().getContentType()).isEqualTo("text/calendar;charset=UTF-8");
		String body = result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(body).doesNotContain(WorkshopRequests.MEETING_URL).doesNotContain("parallell");
		Calendar calendar = parse(body);
		assertThat(calendar.getProperty("X-WR-CALNAME").map(Property::getValue))
			.hasValue("Fremtidens kulturskole – verksted");
		assertThat(calendar.getComponent(Component.VTIMEZONE)
			.flatMap((zone) -> ((Component) zone).getProperty(Property.TZID))
			.map((tzid) -> ((Property) tzid).getValue())).hasValue("Europe/Oslo");
		VEvent first = event(calendar, sessionId(online, 0)).orElseThrow();
		VEvent second = event(calendar, sessionId(online, 1)).orElseThrow();
		DtStart<Temporal> start = first.<DtStart<Temporal>>getProperty(Property.DTSTART).orElseThrow();
		assertThat(start.getParameter(Parameter.TZID).map(Parameter::getValue)).hasValue("Europe/Oslo");
		assertThat(LocalDateTime.from(start.getDate())).isEqualTo(LocalDateTime.parse(YEAR + "-03-10T09:00"));
		assertThat(value(first, Property.DTEND)).hasValue(YEAR + "0310T113000");
		assertThat(value(first, Property.SUMMARY)).hasValue(online.get("title").asString() + " (Økt 1 av 2)");
		assertThat(value(second, Property.SUMMARY)).hasValue(online.get("title").asString() + " (Økt 2 av 2)");
		assertThat(value(first, Property.SEQUENCE)).hasValue("0");
		assertThat(value(first, Property.STATUS)).hasValue("CONFIRMED");
		assertThat(value(first, Property.LOCATION)).hasValue("Digitalt møte – lenken sendes til påmeldte");
		assertThat(value(first, Property.URL))
			.hasValue("https://kulturskole.example.no/verksted/" + online.get("id").asString() + "/pamelding?sprak=nb");
		assertThat(value(first, Property.DESCRIPTION)).get()
			.asString()
			.contains("Digitalt verksted om kulturskolens rolle i kommunen.")
			.contains("Påmeldingsfrist: 1. mars " + YEAR + " kl. 23:59")
			.contains("Arrangør: KS, Norsk kulturskoleråd");
		assertThat(value(first, Property.LAST_MODIFIED)).isPresent();
		assertThat(event(calendar, sessionId(draft, 0))).isEmpty();
	}

	@Test
	void twoFetchesGiveTheSameEventsAndAFetchNamingItsVersionIsNotModified() throws Exception {
		JsonNode venue = created(atVenue("Samling i Bodø " + UUID.randomUUID()));

		MvcTestResult one = fetch("");
		MvcTestResult two = fetch("");

		assertThat(uids(one)).isEqualTo(uids(two)).contains(sessionId(venue, 0) + "@kulturskole.ks.no");
		assertThat(body(one)).isEqualTo(body(two));
		String eTag = one.getResponse().getHeader(HttpHeaders.ETAG);
		assertThat(eTag).isNotBlank().isEqualTo(two.getResponse().getHeader(HttpHeaders.ETAG));
		assertThat(one.getResponse().getHeader(HttpHeaders.LAST_MODIFIED)).isNotBlank();
		assertThat(one.getResponse().getHeader(HttpHeaders.CACHE_CONTROL)).contains("max-age=300");
		assertThat(this.mvc.get().uri("/api/public/workshops.ics").header(HttpHeaders.IF_NONE_MATCH, eTag))
			.hasStatus(HttpStatus.NOT_MODIFIED);
		assertThat(value(event(parse(body(one)), sessionId(venue, 0)).orElseThrow(), Property.LOCATION))
			.hasValue(VENUE);
	}

	@Test
	void aRescheduledSessionMovesWithAHigherSequenceAndTheFeedChangesItsVersion() throws Exception {
		JsonNode workshop = created(twoSessions("Flyttes " + UUID.randomUUID()));
		String id = workshop.get("id").asString();
		MvcTestResult before = fetch("");
		VEvent was = event(parse(body(before)), sessionId(workshop, 0)).orElseThrow();

		assertThat(post("/api/workshops/" + id + "/reschedule",
				Map.of("sessions", List.of(Map.of("sessionId", sessionId(workshop, 0), "startsAt",
						YEAR + "-03-17T09:00", "endsAt", YEAR + "-03-17T11:30")), "reason", "Vinterferie")))
			.hasStatusOk();
		MvcTestResult after = fetch("");

		VEvent moved = event(parse(body(after)), sessionId(workshop, 0)).orElseThrow();
		assertThat(value(moved, Property.DTSTART)).hasValue(YEAR + "0317T090000");
		assertThat(value(was, Property.SEQUENCE)).hasValue("0");
		assertThat(value(moved, Property.SEQUENCE)).hasValue("1");
		assertThat(lastModified(moved)).isAfterOrEqualTo(lastModified(was));
		assertThat(after.getResponse().getHeader(HttpHeaders.ETAG))
			.isNotEqualTo(before.getResponse().getHeader(HttpHeaders.ETAG));
		assertThat(this.mvc.get()
			.uri("/api/public/workshops.ics")
			.header(HttpHeaders.IF_NONE_MATCH, before.getResponse().getHeader(HttpHeaders.ETAG))).hasStatusOk();
	}

	@Test
	void aCancelledWorkshopsSessionsAreMarkedCancelledWithAHigherSequenceAndNoRegistrationLink() throws Exception {
		JsonNode workshop = created(atVenue("Avlyses " + UUID.randomUUID()));
		String id = workshop.get("id").asString();

		assertThat(post("/api/workshops/" + id + "/cancel", Map.of("reason", "For få påmeldte"))).hasStatusOk();

		VEvent cancelled = event(parse(body(fetch(""))), sessionId(workshop, 0)).orElseThrow();
		assertThat(value(cancelled, Property.STATUS)).hasValue("CANCELLED");
		assertThat(value(cancelled, Property.SEQUENCE)).hasValue("1");
		assertThat(value(cancelled, Property.SUMMARY)).hasValue("Avlyst: " + workshop.get("title").asString());
		assertThat(value(cancelled, Property.DESCRIPTION)).get()
			.asString()
			.startsWith("Avlyst. Grunn: For få påmeldte");
		assertThat(value(cancelled, Property.URL)).isEmpty();
	}

	@Test
	void theFeedSpeaksNynorskAndEnglishAroundTheWorkshopsOwnWordsAndRefusesOtherLanguages() throws Exception {
		JsonNode workshop = created(atVenue("Språk " + UUID.randomUUID()));
		post("/api/workshops/" + workshop.get("id").asString() + "/cancel", Map.of("reason", "Sykdom"));

		Calendar english = parse(body(fetch("?sprak=en")));
		Calendar nynorsk = parse(body(fetch("?sprak=nn")));

		assertThat(english.getProperty("X-WR-CALNAME").map(Property::getValue))
			.hasValue("The future culture school – workshops");
		assertThat(value(event(english, sessionId(workshop, 0)).orElseThrow(), Property.SUMMARY))
			.hasValue("Cancelled: " + workshop.get("title").asString());
		assertThat(nynorsk.getProperty("X-WR-CALNAME").map(Property::getValue))
			.hasValue("Fremtidas kulturskule – verkstader");
		assertThat(uids(english)).isEqualTo(uids(nynorsk));
		MvcTestResult unknown = fetch("?sprak=de");
		assertThat(unknown).hasStatus(HttpStatus.BAD_REQUEST).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(unknown).bodyJson().extractingPath("$.errors[0].field").isEqualTo("sprak");
	}

	private static Map<String, Object> twoSessions(String title) {
		Map<String, Object> request = WorkshopRequests.online(title);
		Map<String, Object> parallel = WorkshopRequests.session("03-10T12:30", "03-10T15:00", 40);
		parallel.put("meetingUrl", "https://møte.example.no/parallell");
		@SuppressWarnings("unchecked")
		List<Object> sessions = (List<Object>) request.get("sessions");
		sessions.add(parallel);
		return request;
	}

	private static Map<String, Object> atVenue(String title) {
		Map<String, Object> request = WorkshopRequests.online(title);
		request.put("format", "VENUE");
		request.put("venue", VENUE);
		request.remove("meetingUrl");
		return request;
	}

	private static Map<String, Object> draft(String title) {
		Map<String, Object> request = WorkshopRequests.online(title);
		request.put("draft", true);
		return request;
	}

	private JsonNode created(Map<String, Object> request) {
		MvcTestResult result = post("/api/workshops", request);
		assertThat(result).hasStatus(HttpStatus.CREATED);
		return this.json.readTree(result.getResponse().getContentAsByteArray());
	}

	private MvcTestResult post(String uri, Object body) {
		return this.mvc.post()
			.uri(uri)
			.contentType(MediaType.APPLICATION_JSON)
			.content(this.json.writeValueAsString(body))
			.exchange();
	}

	private MvcTestResult fetch(String query) {
		return this.mvc.get().uri("/api/public/workshops.ics" + query).exchange();
	}

	private static String sessionId(JsonNode workshop, int index) {
		return workshop.get("sessions").get(index).get("sessionId").asString();
	}

	private static String body(MvcTestResult result) throws Exception {
		assertThat(result).hasStatusOk();
		return result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
	}

	private static Calendar parse(String body) throws Exception {
		return new CalendarBuilder().build(new StringReader(body));
	}

	private static Optional<VEvent> event(Calendar calendar, String sessionId) {
		return calendar.<VEvent>getComponents(Component.VEVENT)
			.stream()
			.filter((event) -> value(event, Property.UID).orElse("").equals(sessionId + "@kulturskole.ks.no"))
			.findFirst();
	}

	private static List<String> uids(MvcTestResult result) throws Exception {
		return uids(parse(body(result)));
	}

	private static List<String> uids(Calendar calendar) {
		return calendar.<VEvent>getComponents(Component.VEVENT)
			.stream()
			.map((event) -> value(event, Property.UID).orElseThrow())
			.toList();
	}

	private static Optional<String> value(VEvent event, String property) {
		return event.getProperty(property).map(Property::getValue);
	}

	private static Instant lastModified(VEvent event) {
		return java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmssX")
			.parse(value(event, Property.LAST_MODIFIED).orElseThrow(), Instant::from);
	}

}
