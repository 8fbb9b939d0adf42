package no.ks.kulturskole.gateway.evaluation;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import no.ks.kulturskole.gateway.downstream.DownstreamClients;

import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * registration-service's public evaluation API, called server-side by the pages: the
 * secret from the link goes along as it came, and the service decides what it opens.
 */
class EvaluationApi {

	private final DownstreamClients clients;

	EvaluationApi(DownstreamClients clients) {
		this.clients = clients;
	}

	Answer<Form> form(String token, String language) {
		return exchange(this.clients.registration()
			.get()
			.uri("/api/public/evaluations/{token}?language={language}", token, language), Form.class);
	}

	Answer<Void> answer(String token, Map<String, String> answers) {
		return exchange(this.clients.registration()
			.post()
			.uri("/api/public/evaluations/{token}", token)
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("answers", answers)), Void.class);
	}

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
					return new Answer<>(status.value(), null, (problem != null) ? problem : new Problem(List.of()));
				}
				throw new RestClientException("registration-service answered " + status.value());
			});
	}

	record Answer<T>(int status, T body, Problem problem) {

		boolean ok() {
			return this.problem == null;
		}

	}

	record Problem(List<FieldProblem> errors) {

		Problem {
			errors = (errors != null) ? errors : List.of();
		}

	}

	record FieldProblem(String field, String message) {
	}

	record Form(String workshopTitle, Instant sessionStartsAt, Instant sessionEndsAt, String language,
			List<Question> questions) {

		Form {
			questions = (questions != null) ? questions : List.of();
		}

	}

	/**
	 * @param kind {@code SCALE_1_TO_5} or {@code FREE_TEXT}
	 */
	record Question(String id, String kind, String text) {

		public boolean scale() {
			return "SCALE_1_TO_5".equals(this.kind);
		}

	}

}
