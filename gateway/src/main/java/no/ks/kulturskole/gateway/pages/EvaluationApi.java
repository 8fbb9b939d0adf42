package no.ks.kulturskole.gateway.pages;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import no.ks.kulturskole.gateway.downstream.DownstreamClients;

import org.springframework.http.MediaType;

/**
 * registration-service's public evaluation API, called server-side by the pages: the
 * secret from the link goes along as it came, and the service decides what it opens.
 */
class EvaluationApi {

	private final DownstreamClients clients;

	EvaluationApi(DownstreamClients clients) {
		this.clients = clients;
	}

	ManageApi.Answer<Form> form(String token, String language) {
		return ManageApi.exchange(this.clients.registration()
			.get()
			.uri("/api/public/evaluations/{token}?language={language}", token, language), Form.class);
	}

	ManageApi.Answer<Void> answer(String token, Map<String, String> answers) {
		return ManageApi.exchange(this.clients.registration()
			.post()
			.uri("/api/public/evaluations/{token}", token)
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("answers", answers)), Void.class);
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
