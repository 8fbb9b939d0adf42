package no.ks.kulturskole.gateway.pages;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import no.ks.kulturskole.api.registration.AnswersRequest;
import no.ks.kulturskole.api.registration.AnswersView;
import no.ks.kulturskole.api.registration.ManageRequests;
import no.ks.kulturskole.api.registration.ManagedDelegationView;
import no.ks.kulturskole.api.registration.PilotReceipt;
import no.ks.kulturskole.api.registration.PublicRegistrationApi;
import no.ks.kulturskole.api.registration.PublicRequests;
import no.ks.kulturskole.api.workshop.PublicWorkshopApi;
import no.ks.kulturskole.contracts.registration.RoleCategory;
import no.ks.kulturskole.gateway.downstream.DownstreamClients;
import no.ks.kulturskole.gateway.downstream.DownstreamProblems;
import no.ks.kulturskole.web.Problem;

import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * The self-service API of registration-service as the manage page uses it: the secret
 * goes in the {@code X-Manage-Token} header, never in a URL, so it stays out of every
 * access log. Also the lost-link request and the pilot application, the other public
 * writes of the pages.
 */
@Component
class ManageApi {

	static final String TOKEN_HEADER = PublicRegistrationApi.MANAGE_TOKEN;

	private final DownstreamClients clients;

	private final PublicRegistrationApi registrations;

	private final PublicWorkshopApi workshops;

	/** The typed clients are {@code DownstreamApis}' beans: one way to build them. */
	ManageApi(DownstreamClients clients, PublicRegistrationApi registrations, PublicWorkshopApi workshops) {
		this.clients = clients;
		this.registrations = registrations;
		this.workshops = workshops;
	}

	/** The delegation, or an answer without one (wrong secret, too many tries). */
	Answer<ManagedDelegationView> view(String delegationId, String secret) {
		return Answer.of(() -> this.registrations.managed(delegationId, secret));
	}

	/**
	 * Everything the service holds about the delegation, read as plain JSON values so
	 * that the file passes on whatever fields the service writes.
	 */
	@SuppressWarnings("unchecked")
	Answer<Map<String, Object>> data(String delegationId, String secret) {
		return exchange(this.clients.registration()
			.get()
			.uri("/api/public/registrations/{id}/data", delegationId)
			.header(TOKEN_HEADER, secret), (Class<Map<String, Object>>) (Class<?>) Map.class);
	}

	Answer<ManagedDelegationView> change(String delegationId, String secret, List<ManageForm.Kept> kept) {
		List<ManageRequests.Line> lines = new ArrayList<>();
		for (ManageForm.Kept row : kept) {
			ManageForm.Line line = row.line();
			String category = blankToNull(line.getRoleCategory());
			RoleCategory roleCategory = (category != null) ? RoleCategories.parse(category) : null;
			if (category != null && roleCategory == null) {
				// refused here as the service refuses a value it cannot read, and nothing
				// is sent
				String field = "participants[" + lines.size() + "].roleCategory";
				return new Answer<>(HttpStatus.BAD_REQUEST.value(), null, RoleCategories.unknown(field));
			}
			lines.add(new ManageRequests.Line(line.isNew() ? null : line.getParticipantId(), trim(line.getName()),
					trim(line.getEmail()), trim(line.getRoleTitle()), roleCategory));
		}
		return Answer
			.of(() -> this.registrations.change(delegationId, secret, new ManageRequests.ChangeRequest(lines)));
	}

	Answer<ManagedDelegationView> reflect(String delegationId, String secret, List<String> questions,
			List<String> answers) {
		List<ManageRequests.ReflectionAnswerRequest> pairs = new ArrayList<>();
		for (int i = 0; i < questions.size(); i++) {
			String answer = (answers != null && i < answers.size()) ? answers.get(i) : null;
			if (answer != null && !answer.isBlank()) {
				pairs.add(new ManageRequests.ReflectionAnswerRequest(questions.get(i), answer.strip()));
			}
		}
		return Answer
			.of(() -> this.registrations.reflect(delegationId, secret, new ManageRequests.ReflectionRequest(pairs)));
	}

	/**
	 * The coordinator's erasure of the delegation's personal data (once the workshop is
	 * over).
	 */
	Answer<Void> erase(String delegationId, String secret) {
		return Answer.of(() -> this.registrations.erase(delegationId, secret));
	}

	Answer<Void> cancel(String delegationId, String secret) {
		return Answer.of(() -> this.registrations.cancel(delegationId, secret));
	}

	/** Always accepted by the service, whether or not it found a delegation. */
	Answer<Void> requestLink(String workshopId, String organisationNumber, String email) {
		return Answer.of(() -> this.registrations.requestManageLink(workshopId,
				new PublicRequests.LinkRequest(blankToNull(organisationNumber), trim(email))));
	}

	Answer<PilotReceipt> applyForPilot(PilotForm form) {
		PublicRequests.ContactRequest contact = new PublicRequests.ContactRequest(trim(form.getContact().getName()),
				trim(form.getContact().getEmail()), blankToNull(form.getContact().getPhone()));
		PublicRequests.ApplicationRequest application = new PublicRequests.ApplicationRequest(
				blankToNull(form.getMunicipalityNumber()), contact, trim(form.getMotivation()),
				form.isInGuidanceScheme());
		return Answer.of(() -> this.registrations.applyForPilot(application));
	}

	/**
	 * The reflection questions of a workshop, once its preparation material is out: from
	 * workshop-service's public path, since the visitor of a manage page is no staff
	 * member (the services check every caller).
	 */
	List<String> reflectionQuestions(String workshopId) {
		try {
			List<String> questions = this.workshops.reflectionQuestions(workshopId);
			return (questions != null) ? questions : List.of();
		}
		catch (RestClientException ex) {
			return List.of();
		}
	}

	/**
	 * A call the typed clients do not make (the data export, passed on as plain JSON),
	 * with the same public API conventions as {@link Answer#of}.
	 */
	private static <T> Answer<T> exchange(RestClient.RequestHeadersSpec<?> request, Class<T> type) {
		return request.accept(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON)
			.exchange((req, response) -> {
				HttpStatusCode status = response.getStatusCode();
				if (status.is2xxSuccessful()) {
					T body = (type == Void.class || status.value() == 204) ? null : response.bodyTo(type);
					return new Answer<>(status.value(), body, null);
				}
				if (status.is4xxClientError()) {
					Problem problem = null;
					try {
						problem = response.bodyTo(Problem.class);
					}
					catch (RestClientException ex) {
						// a 4xx without a problem document: the status says enough
					}
					return new Answer<>(status.value(), null, (problem != null) ? problem : Problem.none());
				}
				throw new RestClientException("Registration answered " + status.value());
			});
	}

	private static String trim(String value) {
		return (value != null) ? value.strip() : null;
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	/** The answers to the workshop's extra questions, with the questions (issue 17). */
	Answer<AnswersView> answers(String delegationId, String secret) {
		return Answer.of(() -> this.registrations.answers(delegationId, secret));
	}

	Answer<AnswersView> changeAnswers(String delegationId, String secret, AnswersRequest body) {
		return Answer.of(() -> this.registrations.changeAnswers(delegationId, secret, body));
	}

	/** A service's answer: the body on success, else the problem document. */
	record Answer<T>(int status, T body, Problem problem) {

		boolean ok() {
			return this.problem == null;
		}

		boolean notFound() {
			return this.status == HttpStatus.NOT_FOUND.value();
		}

		boolean tooMany() {
			return this.status == HttpStatus.TOO_MANY_REQUESTS.value();
		}

		/**
		 * Calls a service through its typed client: a refusal ({@code 4xx}) is an answer
		 * with the service's problem; a server error throws, as {@link #exchange} does.
		 */
		static <T> Answer<T> of(Supplier<ResponseEntity<T>> call) {
			try {
				ResponseEntity<T> answer = call.get();
				return new Answer<>(answer.getStatusCode().value(), answer.getBody(), null);
			}
			catch (HttpClientErrorException ex) {
				return new Answer<>(ex.getStatusCode().value(), null, DownstreamProblems.of(ex));
			}
		}

	}

}
