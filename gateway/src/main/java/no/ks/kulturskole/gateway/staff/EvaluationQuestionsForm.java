package no.ks.kulturskole.gateway.staff;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import no.ks.kulturskole.api.registration.EvaluationQuestionDraft;
import no.ks.kulturskole.api.registration.EvaluationQuestionKind;
import no.ks.kulturskole.api.registration.EvaluationQuestionView;
import no.ks.kulturskole.api.registration.EvaluationQuestionsRequest;
import no.ks.kulturskole.contracts.workshop.RegistrationQuestion.LocalisedText;

/**
 * The staff evaluation page's question form (issue 16) and registration-api's records
 * (issue 18): row {@code i} is {@code kind[i]}, {@code nb[i]}, {@code nn[i]},
 * {@code en[i]}, as many rows as a workshop may have questions.
 */
final class EvaluationQuestionsForm {

	/** Rows of the question form: as many as a workshop may have questions. */
	static final int ROWS = 10;

	private EvaluationQuestionsForm() {
	}

	/** The questions as they are, and empty rows up to {@link #ROWS} to add more. */
	static List<EvaluationQuestionView> rows(List<EvaluationQuestionView> questions) {
		List<EvaluationQuestionView> rows = new ArrayList<>(questions);
		while (rows.size() < ROWS) {
			rows.add(new EvaluationQuestionView(null, null, new LocalisedText(null, null, null)));
		}
		return rows;
	}

	/**
	 * The request the form sent; rows without any text are left out, and a kind the
	 * contract does not know is sent as none, for the service to refuse.
	 */
	static EvaluationQuestionsRequest request(Map<String, String> fields) {
		List<EvaluationQuestionDraft> questions = new ArrayList<>();
		for (int i = 0; i < ROWS; i++) {
			String nb = fields.getOrDefault("nb" + i, "");
			String nn = fields.getOrDefault("nn" + i, "");
			String en = fields.getOrDefault("en" + i, "");
			if (nb.isBlank() && nn.isBlank() && en.isBlank()) {
				continue;
			}
			questions.add(new EvaluationQuestionDraft(kind(fields.get("kind" + i)), new LocalisedText(nb, nn, en)));
		}
		return new EvaluationQuestionsRequest(questions);
	}

	/**
	 * No kind when the form sent one the contract does not know: registration-service
	 * then refuses the question by its field, as it refuses any question without a kind.
	 */
	private static EvaluationQuestionKind kind(String value) {
		if (value == null) {
			return EvaluationQuestionKind.SCALE_1_TO_5;
		}
		return Arrays.stream(EvaluationQuestionKind.values())
			.filter((kind) -> kind.name().equals(value))
			.findFirst()
			.orElse(null);
	}

}
