package no.ks.kulturskole.api.registration;

import java.util.List;

/**
 * Staff replace a workshop's evaluation questions (issue 16): at most ten, in order;
 * registration-service checks them and refuses by field (e.g.
 * {@code questions[3].text.nb}), and refuses any change once an answer has come.
 */
public record EvaluationQuestionsRequest(List<EvaluationQuestionDraft> questions) {
}
