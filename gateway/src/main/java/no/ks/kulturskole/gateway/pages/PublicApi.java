package no.ks.kulturskole.gateway.pages;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import no.ks.kulturskole.api.registration.MunicipalityResponse;
import no.ks.kulturskole.api.registration.PublicRegistrationApi;
import no.ks.kulturskole.api.registration.RegistrationRequest;
import no.ks.kulturskole.api.registration.RegistrationResponse;
import no.ks.kulturskole.contracts.registration.RoleCategory;
import no.ks.kulturskole.gateway.downstream.DownstreamClients;
import no.ks.kulturskole.gateway.downstream.DownstreamProblems;
import no.ks.kulturskole.web.Problem;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.web.client.HttpClientErrorException;

/**
 * The public APIs the pages are built on, called server-side: the same endpoints a
 * municipality's own system would call, so the pages add no rules of their own.
 */
class PublicApi {

	private final DownstreamClients clients;

	private final PublicRegistrationApi registrations;

	PublicApi(DownstreamClients clients) {
		this.clients = clients;
		this.registrations = DownstreamClients.typed(clients.registration(), PublicRegistrationApi.class);
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

	List<MunicipalityResponse> municipalities() {
		List<MunicipalityResponse> municipalities = this.registrations.municipalities();
		return (municipalities != null) ? municipalities : List.of();
	}

	/**
	 * Sends the filled rows only; a refusal comes back as the service's problem document
	 * rather than an exception, since it is an answer for the person at the form.
	 * {@code language} (nb, nn or en) is the one the delegation's e-mails are written in.
	 * A server error is the service's trouble, not the form's: it throws, to the "try
	 * again" page.
	 */
	Outcome register(String workshopId, RegistrationForm form, List<RegistrationForm.FilledRow> rows, String language) {
		String phone = form.getCoordinator().getPhone();
		RegistrationRequest.Coordinator coordinator = new RegistrationRequest.Coordinator(
				form.getCoordinator().getName(), form.getCoordinator().getEmail(),
				(phone == null || phone.isBlank()) ? null : phone);
		List<RegistrationRequest.Delegate> participants = new ArrayList<>();
		for (int index = 0; index < rows.size(); index++) {
			RegistrationForm.Delegate delegate = rows.get(index).delegate();
			String category = delegate.getRoleCategory();
			RoleCategory roleCategory = null;
			if (category != null && !category.isBlank()) {
				roleCategory = RoleCategories.parse(category);
				if (roleCategory == null) {
					// refused here as the service refuses a value it cannot read, and
					// nothing is sent
					String field = "participants[" + index + "].roleCategory";
					return new Outcome(null, RoleCategories.unknown(field));
				}
			}
			participants.add(new RegistrationRequest.Delegate(delegate.getName(), delegate.getEmail(),
					delegate.getRoleTitle(), roleCategory, answers(delegate.getAnswers())));
		}
		RegistrationRequest request = new RegistrationRequest(form.getMunicipalityNumber(), coordinator, participants,
				language, answers(form.getAnswers()));
		try {
			return new Outcome(this.registrations.register(workshopId, request).getBody(), null);
		}
		catch (HttpClientErrorException ex) {
			return new Outcome(null, DownstreamProblems.of(ex));
		}
	}

	/** The answers given, as the request carries them (empty values left out). */
	private static Map<String, Object> answers(Map<String, List<String>> answers) {
		return new LinkedHashMap<>(RegistrationForm.given(answers));
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

	/** Exactly one of the two is set. */
	record Outcome(RegistrationResponse receipt, Problem problem) {
	}

}
