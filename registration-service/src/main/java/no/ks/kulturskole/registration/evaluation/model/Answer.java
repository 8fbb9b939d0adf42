package no.ks.kulturskole.registration.evaluation.model;

/**
 * One answered question: {@code scale} for a 1–5 question, {@code text} for free text.
 */
public record Answer(String questionId, Integer scale, String text) {
}
