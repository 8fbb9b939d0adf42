package no.ks.kulturskole.api.registration;

import no.ks.kulturskole.contracts.workshop.RegistrationQuestion.LocalisedText;

/**
 * A question staff set for a workshop's evaluation: the service numbers it by position.
 *
 * @param text bokmål required, nynorsk and English fall back to it
 */
public record EvaluationQuestionDraft(EvaluationQuestionKind kind, LocalisedText text) {
}
