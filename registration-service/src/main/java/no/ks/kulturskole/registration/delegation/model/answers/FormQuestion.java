package no.ks.kulturskole.registration.delegation.model.answers;

import java.util.List;

/**
 * A question of a workshop's registration form as the answer rules need it:
 * registration's own terms for what workshop-service announces (the application layer
 * translates), so the rules do not change when the announcement does.
 *
 * @param scope {@link #DELEGATION} or {@link #PARTICIPANT}
 * @param kind {@code SHORT_TEXT}, {@code LONG_TEXT}, {@code ONE_CHOICE},
 * {@code SEVERAL_CHOICES} or {@code YES_NO}
 * @param personalData health-related needs and the like: sealed wherever it travels
 * @param choiceIds the ids of a choice question's choices; empty otherwise
 */
public record FormQuestion(String questionId, String scope, String kind, boolean required, boolean personalData,
		List<String> choiceIds) {

	public static final String DELEGATION = "DELEGATION";

	public static final String PARTICIPANT = "PARTICIPANT";

	public FormQuestion {
		choiceIds = (choiceIds != null) ? List.copyOf(choiceIds) : List.of();
	}

}
