package no.ks.kulturskole.registration.delegation.model.answers;

import java.util.List;
import java.util.Map;

/**
 * Answers that passed {@link AnswerRules}, each as a list of values: the text, the chosen
 * choices' ids, or {@code yes}/{@code no}.
 *
 * @param delegation by question id
 * @param participants one map per delegate, in the order of the request
 */
public record GivenAnswers(Map<String, List<String>> delegation, List<Map<String, List<String>>> participants) {

	public static final GivenAnswers NONE = new GivenAnswers(Map.of(), List.of());

	public GivenAnswers {
		delegation = (delegation != null) ? Map.copyOf(delegation) : Map.of();
		participants = (participants != null) ? List.copyOf(participants) : List.of();
	}

}
