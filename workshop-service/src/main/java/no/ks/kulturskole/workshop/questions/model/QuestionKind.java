package no.ks.kulturskole.workshop.questions.model;

/** How a question is answered. */
public enum QuestionKind {

	SHORT_TEXT, LONG_TEXT, ONE_CHOICE, SEVERAL_CHOICES, YES_NO;

	/** Whether staff list the choices the answer is picked from. */
	public boolean hasChoices() {
		return this == ONE_CHOICE || this == SEVERAL_CHOICES;
	}

}
