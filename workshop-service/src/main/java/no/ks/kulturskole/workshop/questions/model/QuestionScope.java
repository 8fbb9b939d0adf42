package no.ks.kulturskole.workshop.questions.model;

/** Whom a question asks: the delegation once, or each of its delegates. */
public enum QuestionScope {

	DELEGATION, PARTICIPANT

}
