package no.ks.kulturskole.api.registration;

/** How an evaluation question (issue 16) is answered. */
public enum EvaluationQuestionKind {

	/** A whole number from 1 (poor) to 5 (very good). */
	SCALE_1_TO_5,

	/** A few sentences. */
	FREE_TEXT

}
