package no.ks.kulturskole.workshop.questions.model;

/** One choice of a choice question; its id is what an answer names. */
public record Choice(String choiceId, LocalisedText label) {

}
