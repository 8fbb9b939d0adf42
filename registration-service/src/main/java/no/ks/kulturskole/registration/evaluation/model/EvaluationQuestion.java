package no.ks.kulturskole.registration.evaluation.model;

/**
 * @param id {@code q1}, {@code q2}, … by position: what answers and results refer to
 */
public record EvaluationQuestion(String id, QuestionKind kind, QuestionText text) {
}
