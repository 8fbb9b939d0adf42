package no.ks.kulturskole.registration.evaluation.model;

/** How an evaluation question is answered. */
public enum QuestionKind {

	/** A whole number from 1 (poor) to 5 (very good), shown as five radio buttons. */
	SCALE_1_TO_5,

	/** A few sentences in a text area. */
	FREE_TEXT

}
