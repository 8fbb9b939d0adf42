package no.ks.kulturskole.gateway.staff;

import java.time.Instant;
import java.util.List;

import no.ks.kulturskole.api.workshop.StaffWorkshopApi;
import no.ks.kulturskole.api.workshop.StaffWorkshopResponse;
import no.ks.kulturskole.api.reporting.StaffReportApi;
import no.ks.kulturskole.api.reporting.CoverageResponse;
import no.ks.kulturskole.api.reporting.WorkshopReportResponse;
import no.ks.kulturskole.api.registration.RetentionResponse;
import no.ks.kulturskole.api.registration.StaffRegistrationQueries;
import no.ks.kulturskole.api.registration.StaffDelegationView;
import no.ks.kulturskole.api.registration.ConflictResponse;
import no.ks.kulturskole.api.registration.PilotOverviewResponse;
import no.ks.kulturskole.api.registration.Present;
import no.ks.kulturskole.api.registration.StaffPilotApi;
import no.ks.kulturskole.gateway.downstream.DownstreamClients;
import no.ks.kulturskole.web.Problem;
import no.ks.kulturskole.web.deadletter.DeadLetterList;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * The staff APIs as the dashboard uses them, called server-side. The services trust the
 * gateway; who may reach these pages is decided by the security configuration. One bean,
 * on the typed clients {@code DownstreamApis} declares.
 */
@Component
class StaffApi {

	private final DownstreamClients clients;

	private final StaffRegistrationQueries registrations;

	private final StaffReportApi reports;

	private final StaffWorkshopApi workshops;

	private final StaffPilotApi pilots;

	StaffApi(DownstreamClients clients, StaffRegistrationQueries registrations, StaffReportApi reports,
			StaffWorkshopApi workshops, StaffPilotApi pilots) {
		this.clients = clients;
		this.registrations = registrations;
		this.reports = reports;
		this.workshops = workshops;
		this.pilots = pilots;
	}

	List<StaffWorkshopResponse> workshops() {
		List<StaffWorkshopResponse> workshops = this.workshops.list();
		return (workshops != null) ? workshops : List.of();
	}

	/**
	 * @return the workshop, or {@code null} if there is none with this id
	 */
	StaffWorkshopResponse workshop(String id) {
		try {
			return this.workshops.get(id);
		}
		catch (HttpClientErrorException.NotFound ex) {
			return null;
		}
	}

	/** The report, or {@code null} while reporting has none (or is away). */
	WorkshopReportResponse report(String workshopId) {
		try {
			return this.reports.report(workshopId);
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
	List<ConflictRow> conflicts(String workshopId) {
		try {
			List<ConflictResponse> conflicts = this.registrations.conflicts(workshopId);
			return (conflicts != null) ? conflicts.stream().map(ConflictRow::of).toList() : null;
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
			RetentionResponse retention = this.registrations.retention(workshopId);
			return (retention != null) ? retention.personalDataErasedAt() : null;
		}
		catch (RestClientException ex) {
			return null;
		}
	}

	CoverageResponse coverage(String dimension, String workshopId) {
		return this.reports.coverage(dimension, workshopId);
	}

	/**
	 * The workshop's delegations with their participants (names and ids) from
	 * registration-service, which owns them; empty while nobody has registered.
	 */
	List<StaffDelegationView> registrations(String workshopId) {
		try {
			List<StaffDelegationView> delegations = this.registrations.delegations(workshopId);
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
			Present present = this.registrations.present(workshopId, sessionId);
			return (present != null && present.present() != null) ? present.present() : List.of();
		}
		catch (HttpClientErrorException.NotFound ex) {
			return List.of();
		}
	}

	PilotOverviewResponse pilotApplications() {
		return this.pilots.overview();
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

	RestClient registrationService() {
		return this.clients.registration();
	}

	RestClient reportingService() {
		return this.clients.reporting();
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
					return new Outcome(status.value(), (problem != null) ? problem : Problem.none());
				}
				throw new RestClientException("The service answered " + status.value());
			});
	}

}
