package no.ks.kulturskole.api.registration;

import java.util.Map;

/**
 * The attendee's answers to the evaluation (issue 16), kept without anything that ties
 * them to the link or the person.
 *
 * @param answers question id to the answer: {@code "1"}–{@code "5"} for a scale, text
 * otherwise; a question left out is not answered
 */
public record EvaluationAnswersRequest(Map<String, String> answers) {
}
