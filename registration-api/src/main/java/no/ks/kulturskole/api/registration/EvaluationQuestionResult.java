package no.ks.kulturskole.api.registration;

import java.util.List;

import no.ks.kulturskole.contracts.workshop.RegistrationQuestion.LocalisedText;

/**
 * One question of a workshop's evaluation summed up: its answers, anonymous.
 *
 * @param mean rounded to two decimals; {@code null} for free text and for a scale nobody
 * answered
 * @param distribution how many chose 1, 2, 3, 4 and 5; {@code null} for free text
 * @param texts the free-text answers; {@code null} for a scale
 */
public record EvaluationQuestionResult(String questionId, EvaluationQuestionKind kind, LocalisedText text, long answers,
		Double mean, List<Long> distribution, List<String> texts) {
}
