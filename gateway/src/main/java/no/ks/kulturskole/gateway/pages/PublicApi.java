package no.ks.kulturskole.gateway.pages;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import no.ks.kulturskole.gateway.downstream.DownstreamClients;
import no.ks.kulturskole.web.Problem;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClientException;

/**
 * The public APIs the pages are built on, called server-side: the same endpoints a
 * municipality's own system would call, so the pages add no rules of their own.
 */
class PublicApi {

	private final DownstreamClients clients;

	PublicApi(DownstreamClients clients) {
		this.clients = clients;
	}

	List<Workshop> openWorkshops() {
		List<Workshop> workshops = this.clients.workshop()
			.get()
			.uri("/api/public/workshops")
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
				.uri("/api/public/workshops/{id}", id)
				.accept(MediaType.APPLICATION_JSON)
				.retrieve()
				.body(Workshop.class);
		}
		catch (HttpClientErrorException.NotFound ex) {
			return null;
		}
	}

	List<Municipality> municipalities() {
		List<Municipality> municipalities = this.clients.registration()
			.get()
			.uri("/api/public/municipalities")
			.accept(MediaType.APPLICATION_JSON)
			.retrieve()
			.body(new ParameterizedTypeReference<List<Municipality>>() {
			});
		return (municipalities != null) ? municipalities : List.of();
	}

	/**
	 * Sends the filled rows only; a refusal comes back as the service's problem document
	 * rather than an exception, since it is an answer for the person at the form.
	 * {@code language} (nb, nn or en) is the one the delegation's e-mails are written in.
	 */
	Outcome register(String workshopId, RegistrationForm form, List<RegistrationForm.FilledRow> rows, String language) {
		Map<String, Object> coordinator = new LinkedHashMap<>();
		coordinator.put("name", form.getCoordinator().getName());
		coordinator.put("email", form.getCoordinator().getEmail());
		String phone = form.getCoordinator().getPhone();
		coordinator.put("phone", (phone == null || phone.isBlank()) ? null : phone);
		List<Map<String, Object>> participants = new ArrayList<>();
		for (RegistrationForm.FilledRow row : rows) {
			Map<String, Object> participant = new LinkedHashMap<>();
			participant.put("name", row.delegate().getName());
			participant.put("email", row.delegate().getEmail());
			participant.put("roleTitle", row.delegate().getRoleTitle());
			String category = row.delegate().getRoleCategory();
			participant.put("roleCategory", (category == null || category.isBlank()) ? null : category);
			participant.put("answers", RegistrationForm.given(row.delegate().getAnswers()));
			participants.add(participant);
		}
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("municipalityNumber", form.getMunicipalityNumber());
		body.put("coordinator", coordinator);
		body.put("participants", participants);
		body.put("language", language);
		body.put("answers", RegistrationForm.given(form.getAnswers()));
		return this.clients.registration()
			.post()
			.uri("/api/public/workshops/{id}/registrations", workshopId)
			.contentType(MediaType.APPLICATION_JSON)
			.accept(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON)
			.body(body)
			.exchange((request, response) -> {
				HttpStatusCode status = response.getStatusCode();
				if (status.is2xxSuccessful()) {
					return new Outcome(response.bodyTo(Receipt.class), null);
				}
				if (status.is4xxClientError()) {
					Problem problem = response.bodyTo(Problem.class);
					return new Outcome(null, (problem != null) ? problem : Problem.none());
				}
				// a server error is the service's trouble, not the form's: the "try
				// again" page
				throw new RestClientException("Registration answered " + status.value());
			});
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record Workshop(String id, String title, String description, String programme, String format, String venue,
			LocalDateTime registrationDeadlineLocal, boolean registrationOpen, int minDelegationSize,
			Integer maxDelegationSize, boolean outsideRoleRequired, List<Session> sessions, boolean cancelled,
			boolean invitationOnly, List<InvitedOrganisation> invitedOrganisations, List<FormQuestion> questions) {

		Workshop {
			sessions = (sessions != null) ? sessions : List.of();
			invitedOrganisations = (invitedOrganisations != null) ? invitedOrganisations : List.of();
			questions = (questions != null) ? questions : List.of();
		}

		/** The extra questions asked once for the delegation. */
		public List<FormQuestion> delegationQuestions() {
			return this.questions.stream().filter(FormQuestion::forDelegation).toList();
		}

		/** The extra questions asked for each delegate. */
		public List<FormQuestion> participantQuestions() {
			return this.questions.stream().filter(question -> !question.forDelegation()).toList();
		}

		/**
		 * The invited organisations' names, for the notice that the workshop is theirs.
		 */
		public String invitedNames() {
			return String.join(", ", this.invitedOrganisations.stream().map(InvitedOrganisation::name).toList());
		}

		/** Seats left over all sessions: the number a municipality decides on. */
		public int seatsLeft() {
			return this.sessions.stream().mapToInt(Session::seatsLeft).sum();
		}

		public LocalDateTime firstStart() {
			return this.sessions.isEmpty() ? null : this.sessions.get(0).startsAtLocal();
		}

	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record InvitedOrganisation(String number, String name) {
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record Session(String sessionId, LocalDateTime startsAtLocal, LocalDateTime endsAtLocal, int capacity,
			int seatsLeft) {
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record Municipality(String number, String name, String countyName) {
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record Receipt(String delegationId, String status, MunicipalitySummary municipality, int participantCount,
			String manageToken) {
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record MunicipalitySummary(String number, String name, String countyName) {
	}

	/** Exactly one of the two is set. */
	record Outcome(Receipt receipt, Problem problem) {
	}

}
