package no.ks.kulturskole.gateway.staff;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A workshop as workshop-service's staff API describes it, read by the staff pages.
 */
final class WorkshopView {

	private WorkshopView() {
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

}
