package no.ks.kulturskole.gateway.staff;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * reporting-service's workshop report as the staff pages read it, still a copy: the
 * coverage is reporting-api's {@code CoverageResponse}; the report is next.
 */
final class ReportViews {

	private ReportViews() {
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

}
