package no.ks.kulturskole.gateway.staff;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import no.ks.kulturskole.gateway.downstream.DownstreamClients;
import org.slf4j.LoggerFactory;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * The staff APIs as the dashboard uses them, called server-side. The services trust the
 * gateway; who may reach these pages is decided by the security configuration.
 */
class StaffApi {

	private final DownstreamClients clients;

	StaffApi(DownstreamClients clients) {
		this.clients = clients;
	}

	List<Workshop> workshops() {
		List<Workshop> workshops = this.clients.workshop()
			.get()
			.uri("/api/workshops")
			.accept(MediaType.APPLICATION_JSON)
			.retrieve()
			.body(new ParameterizedTypeReference<List<Workshop>>() {
			});
		return (workshops != null) ? workshops : List.of();
	}

	/**
	 * @return the workshop, or {@code null} if there is none with this id
	 */
	Workshop workshop(String id) {
		try {
			return this.clients.workshop()
				.get()
				.uri("/api/workshops/{id}", id)
				.accept(MediaType.APPLICATION_JSON)
				.retrieve()
				.body(Workshop.class);
		}
		catch (HttpClientErrorException.NotFound ex) {
			return null;
		}
	}

	/** The report, or {@code null} while reporting has none (or is away). */
	Report report(String workshopId) {
		try {
			return this.clients.reporting()
				.get()
				.uri("/api/reports/workshops/{id}", workshopId)
				.accept(MediaType.APPLICATION_JSON)
				.retrieve()
				.body(Report.class);
		}
		catch (RestClientException ex) {
			return null;
		}
	}

	/**
	 * The workshop's registration conflicts from registration-service, which owns and
	 * resolves them; {@code null} while it does not answer (or knows no registrations of
	 * the workshop yet).
	 */
	List<Conflict> conflicts(String workshopId) {
		try {
			return this.clients.registration()
				.get()
				.uri((uri) -> uri.path("/api/registrations/conflicts").queryParam("workshopId", workshopId).build())
				.accept(MediaType.APPLICATION_JSON)
				.retrieve()
				.body(new ParameterizedTypeReference<List<Conflict>>() {
				});
		}
		catch (RestClientException ex) {
			return null;
		}
	}

	/**
	 * When retention by default erases the workshop's personal data (issue 14), from
	 * registration-service; {@code null} while the workshop is not over or the service
	 * does not answer.
	 */
	Instant personalDataErasedAt(String workshopId) {
		try {
			Retention retention = this.clients.registration()
				.get()
				.uri((uri) -> uri.path("/api/registrations/retention").queryParam("workshopId", workshopId).build())
				.accept(MediaType.APPLICATION_JSON)
				.retrieve()
				.body(Retention.class);
			return (retention != null) ? retention.personalDataErasedAt() : null;
		}
		catch (RestClientException ex) {
			return null;
		}
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record Retention(Instant personalDataErasedAt) {
	}

	Coverage coverage(String dimension, String workshopId) {
		return this.clients.reporting()
			.get()
			.uri((uri) -> uri.path("/api/reports/coverage")
				.queryParam("dimension", dimension)
				.queryParamIfPresent("workshopId", java.util.Optional.ofNullable(workshopId))
				.build())
			.accept(MediaType.APPLICATION_JSON)
			.retrieve()
			.body(Coverage.class);
	}

	/**
	 * The workshop's delegations with their participants (names and ids) from
	 * registration-service, which owns them; empty while nobody has registered.
	 */
	List<RegisteredDelegation> registrations(String workshopId) {
		try {
			List<RegisteredDelegation> delegations = this.clients.registration()
				.get()
				.uri((uri) -> uri.path("/api/registrations").queryParam("workshopId", workshopId).build())
				.accept(MediaType.APPLICATION_JSON)
				.retrieve()
				.body(new ParameterizedTypeReference<List<RegisteredDelegation>>() {
				});
			return (delegations != null) ? delegations : List.of();
		}
		catch (HttpClientErrorException.NotFound ex) {
			return List.of();
		}
	}

	/**
	 * The participant ids recorded present in the session; empty when none or unknown.
	 */
	List<String> attendance(String workshopId, String sessionId) {
		try {
			Present present = this.clients.registration()
				.get()
				.uri("/api/workshops/{id}/sessions/{sessionId}/attendance", workshopId, sessionId)
				.accept(MediaType.APPLICATION_JSON)
				.retrieve()
				.body(Present.class);
			return (present != null && present.present() != null) ? present.present() : List.of();
		}
		catch (HttpClientErrorException.NotFound ex) {
			return List.of();
		}
	}

	PilotOverview pilotApplications() {
		return this.clients.registration()
			.get()
			.uri("/api/pilot-applications")
			.accept(MediaType.APPLICATION_JSON)
			.retrieve()
			.body(PilotOverview.class);
	}

	List<Mail> mails(String workshopId, String delegationId) {
		List<Mail> mails = this.clients.notification()
			.get()
			.uri((uri) -> uri.path("/api/notifications")
				.queryParamIfPresent("workshopId", java.util.Optional.ofNullable(workshopId))
				.queryParamIfPresent("delegationId", java.util.Optional.ofNullable(delegationId))
				.build())
			.accept(MediaType.APPLICATION_JSON)
			.retrieve()
			.body(new ParameterizedTypeReference<List<Mail>>() {
			});
		return (mails != null) ? mails : List.of();
	}

	/**
	 * A service's dead letters (administrators only), or {@code null} while the service
	 * does not answer.
	 */
	DeadLetterList deadLetters(RestClient service) {
		try {
			return service.get()
				.uri("/api/platform/admin/dead-letters")
				.accept(MediaType.APPLICATION_JSON)
				.retrieve()
				.body(DeadLetterList.class);
		}
		catch (RestClientException ex) {
			LoggerFactory.getLogger(StaffApi.class)
				.warn("Dead letters not read: {}", (ex.getCause() != null) ? ex.getCause().toString() : ex.toString());
			return null;
		}
	}

	/** A file from reporting (an export), as it came. */
	byte[] export(String path, Object... variables) {
		return this.clients.reporting().get().uri(path, variables).retrieve().body(byte[].class);
	}

	Outcome post(RestClient client, String path, Object body, Object... variables) {
		RestClient.RequestBodySpec request = client.post().uri(path, variables);
		if (body != null) {
			request.contentType(MediaType.APPLICATION_JSON).body(body);
		}
		return exchange(request);
	}

	Outcome put(RestClient client, String path, Object body, Object... variables) {
		return exchange(client.put().uri(path, variables).contentType(MediaType.APPLICATION_JSON).body(body));
	}

	Outcome patch(RestClient client, String path, Object body, Object... variables) {
		return exchange(client.patch().uri(path, variables).contentType(MediaType.APPLICATION_JSON).body(body));
	}

	RestClient workshopService() {
		return this.clients.workshop();
	}

	RestClient registrationService() {
		return this.clients.registration();
	}

	RestClient reportingService() {
		return this.clients.reporting();
	}

	RestClient notificationService() {
		return this.clients.notification();
	}

	private static Outcome exchange(RestClient.RequestHeadersSpec<?> request) {
		return request.accept(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON)
			.exchange((req, response) -> {
				HttpStatusCode status = response.getStatusCode();
				if (status.is2xxSuccessful()) {
					return new Outcome(status.value(), null, response.getHeaders().getLocation());
				}
				if (status.is4xxClientError()) {
					Problem problem = null;
					try {
						problem = response.bodyTo(Problem.class);
					}
					catch (RestClientException ex) {
						// no problem document: the status says enough
					}
					return new Outcome(status.value(), (problem != null) ? problem : new Problem(null, List.of()));
				}
				throw new RestClientException("The service answered " + status.value());
			});
	}

	/**
	 * @param location where the service says a created resource is (its
	 * {@code Location}), {@code null} when it named none
	 */
	record Outcome(int status, Problem problem, URI location) {

		Outcome(int status, Problem problem) {
			this(status, problem, null);
		}

		boolean ok() {
			return this.problem == null;
		}

		/** Every message of a refusal, for the page's error summary. */
		List<String> messages() {
			if (this.problem == null) {
				return List.of();
			}
			if (!this.problem.errors().isEmpty()) {
				return this.problem.errors().stream().map(FieldProblem::message).toList();
			}
			return List.of((this.problem.detail() != null) ? this.problem.detail() : "Endringen ble ikke tatt imot.");
		}

	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record DeadLetterList(List<String> topics, List<DeadLetter> deadLetters) {

		DeadLetterList {
			topics = (topics != null) ? topics : List.of();
			deadLetters = (deadLetters != null) ? deadLetters : List.of();
		}

	}

	/** A record a service's consumer could never apply, as its admin API describes it. */
	@JsonIgnoreProperties(ignoreUnknown = true)
	record DeadLetter(String topic, int partition, long offset, String key, Instant timestamp, String originalTopic,
			String exceptionClass, String exceptionMessage, String payload, Instant redrivenAt) {

		/** The exception's simple name: the package says nothing to a reader. */
		public String failure() {
			if (this.exceptionClass == null) {
				return "";
			}
			return this.exceptionClass.substring(this.exceptionClass.lastIndexOf('.') + 1);
		}

	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record Problem(String detail, List<FieldProblem> errors) {

		Problem {
			errors = (errors != null) ? errors : List.of();
		}

	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record FieldProblem(String field, String message) {
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record Workshop(String id, String status, String title, String description, String programme, String format,
			String venue, String meetingUrl, LocalDateTime registrationDeadlineLocal, int minDelegationSize,
			Integer maxDelegationSize, boolean outsideRoleRequired, List<Session> sessions, String cancellationReason,
			Preparation preparation, Invitations invitations) {

		Workshop {
			sessions = (sessions != null) ? sessions : List.of();
		}

	}

	/** Who may register (issue 17): OPEN, LISTED or PILOT_MUNICIPALITIES. */
	@JsonIgnoreProperties(ignoreUnknown = true)
	record Invitations(String scope, List<String> organisationNumbers) {

		Invitations {
			organisationNumbers = (organisationNumbers != null) ? organisationNumbers : List.of();
		}

	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record Session(String sessionId, LocalDateTime startsAtLocal, LocalDateTime endsAtLocal, int capacity) {
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record Preparation(List<Map<String, Object>> materials, List<String> reflectionQuestions,
			LocalDateTime releaseAtLocal, Instant releasedAt) {
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record Report(String workshopId, String title, String status, List<SessionReport> sessions,
			List<DelegationReport> delegations, Totals totals, Map<String, Integer> roleCategoryMix,
			List<DailyRegistrations> registrationsPerDay, List<SentMessage> messages,
			AttendanceSummary attendanceSummary) {

		Report {
			messages = (messages != null) ? messages : List.of();
			sessions = (sessions != null) ? sessions : List.of();
			delegations = (delegations != null) ? delegations : List.of();
			roleCategoryMix = (roleCategoryMix != null) ? roleCategoryMix : Map.of();
			registrationsPerDay = (registrationsPerDay != null) ? registrationsPerDay : List.of();
		}

		List<DelegationReport> withStatus(String status) {
			return this.delegations.stream().filter((delegation) -> status.equals(delegation.status())).toList();
		}

	}

	/** Staff's message to the registrants, as the report has it (issue 16). */
	/**
	 * Who came, as reporting counts it; only the counts per municipality are shown.
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	record AttendanceSummary(int persons, int delegations, int municipalities, List<AttendanceCount> perMunicipality) {

		AttendanceSummary {
			perMunicipality = (perMunicipality != null) ? perMunicipality : List.of();
		}

	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record AttendanceCount(String key, String name, int persons, int delegations) {
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record SentMessage(String messageId, String subject, Instant sentAt, int recipients) {

		/** When it was sent, Norwegian time, for the page. */
		public java.time.LocalDateTime sentAtLocal() {
			return (this.sentAt != null)
					? java.time.LocalDateTime.ofInstant(this.sentAt, java.time.ZoneId.of("Europe/Oslo")) : null;
		}

	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record SessionReport(String sessionId, Instant startsAt, int capacity, int confirmedPersons, int waitlistedPersons,
			int seatsLeft, int confirmedDelegations, int waitlistedDelegations) {
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record DelegationReport(String delegationId, String municipalityNumber, String municipalityName, String countyName,
			String ksRegion, String sessionId, String status, int participantCount, Instant registeredAt,
			boolean reflectionSubmitted) {
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record Totals(int delegations, int participants, int municipalities, int confirmedPersons, int waitlistedPersons,
			int mailsSent, int mailsFailed, int reflectionsSubmitted) {
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record DailyRegistrations(LocalDate day, int delegations, int cumulativeDelegations) {
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	/**
	 * @param byMunicipality every municipality with its status, for the map; empty from a
	 * reporting-service that does not give it yet
	 */
	record Coverage(String dimension, int registered, int municipalities, List<Area> areas,
			List<no.ks.kulturskole.gateway.map.MunicipalityOnMap> byMunicipality) {

		Coverage {
			areas = (areas != null) ? areas : List.of();
			byMunicipality = (byMunicipality != null) ? byMunicipality : List.of();
		}

	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record Area(String area, int registered, int municipalities, List<MunicipalityRef> missing) {

		Area {
			missing = (missing != null) ? missing : List.of();
		}

		/** Whole per cent registered, for the bar's text. */
		public int percent() {
			return (this.municipalities == 0) ? 0 : Math.round(100f * this.registered / this.municipalities);
		}

	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record MunicipalityRef(String number, String name) {
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record RegisteredDelegation(String delegationId, String sessionId, String status, Organisation municipality,
			List<RegisteredParticipant> participants) {

		RegisteredDelegation {
			participants = (participants != null) ? participants : List.of();
		}

	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record RegisteredParticipant(String participantId, String name, String email, String roleTitle) {
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record Present(List<String> present) {
	}

	/**
	 * The video meeting's participant report matched to the registered participants.
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	record Matching(List<Matched> matched, List<Attendee> unmatched) {

		Matching {
			matched = (matched != null) ? matched : List.of();
			unmatched = (unmatched != null) ? unmatched : List.of();
		}

	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record Matched(String participantId, Attendee attendee) {
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record Attendee(String name, String email, int minutes) {
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record PilotOverview(List<PilotApplication> applications, PilotSelection selection) {

		PilotOverview {
			applications = (applications != null) ? applications : List.of();
		}

	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record PilotApplication(String applicationId, Organisation organisation, String ksRegion, Contact contact,
			String motivation, boolean inGuidanceScheme, Instant submittedAt, String status, String declineReason,
			List<Map<String, Object>> attended) {

		PilotApplication {
			attended = (attended != null) ? attended : List.of();
		}

		/**
		 * Workshops where staff recorded someone of the municipality's delegation
		 * present.
		 */
		public long workshopsPresent() {
			return this.attended.stream()
				.filter(workshop -> workshop.get("presentPersons") instanceof Number persons && persons.intValue() > 0)
				.count();
		}

	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record PilotSelection(int selected, boolean aboveTarget, String warning, Map<String, Integer> byKsRegion) {
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record Organisation(String number, String name, String countyName) {
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record Contact(String name, String email, String phone) {
	}

	/**
	 * Someone other than a delegation's coordinator tried to register the municipality,
	 * as registration-service describes it.
	 *
	 * @param contact the person who tried
	 * @param coordinator the delegation's coordinator now
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	record Conflict(String conflictId, String delegationId, Organisation municipality, Contact contact,
			Contact coordinator, Instant reportedAt, String status, String resolution, String resolvedBy,
			Instant resolvedAt) {

		private static final java.time.format.DateTimeFormatter OSLO_TIME = java.time.format.DateTimeFormatter
			.ofPattern("d.M.yyyy 'kl.' HH.mm")
			.withZone(java.time.ZoneId.of("Europe/Oslo"));

		public boolean open() {
			return "OPEN".equals(this.status);
		}

		public String reportedAtText() {
			return (this.reportedAt != null) ? OSLO_TIME.format(this.reportedAt) : "";
		}

		public String resolvedAtText() {
			return (this.resolvedAt != null) ? OSLO_TIME.format(this.resolvedAt) : "";
		}

		public String resolutionText() {
			return "HAND_OVER".equals(this.resolution) ? "Overført til den som prøvde" : "Kontaktpersonen er beholdt";
		}

	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record Mail(String id, String kind, String status, String recipient, String workshopId, String delegationId,
			String subject, int attempts, Instant createdAt, Instant sentAt) {

		/**
		 * A mail still waiting is sent by its retries; one sent, given up on, or skipped
		 * because its moment had passed (a reminder after the session began) may go
		 * again.
		 */
		public boolean resendable() {
			return this.id != null
					&& ("SENT".equals(this.status) || "FAILED".equals(this.status) || "SKIPPED".equals(this.status));
		}

	}

}
