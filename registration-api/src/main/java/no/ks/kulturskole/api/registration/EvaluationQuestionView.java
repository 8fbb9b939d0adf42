package no.ks.kulturskole.api.registration;

import no.ks.kulturskole.contracts.workshop.RegistrationQuestion.LocalisedText;

/**
 * One question of a workshop's evaluation (issue 16), its text the published language's
 * {@link LocalisedText}, as the workshop's registration questions carry theirs.
 *
 * @param id {@code q1}, {@code q2}, … by position: what answers and results refer to
 */
public record EvaluationQuestionView(String id, EvaluationQuestionKind kind, LocalisedText text) {
}
