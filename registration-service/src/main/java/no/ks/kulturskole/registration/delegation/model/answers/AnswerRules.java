package no.ks.kulturskole.registration.delegation.model.answers;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import no.ks.kulturskole.support.problem.RuleViolation;

/**
 * Checks answers against the workshop's extra questions (issue 17): every answer to a
 * question of the form and its scope, every required question answered, each kind's shape
 * (text within its length, a choice among the choices, yes or no). A refusal names the
 * answer the way the request has it: {@code answers.diet} or
 * {@code participants[1].answers.diet}.
 */
public final class AnswerRules {

	public static final int MAX_SHORT_TEXT = 200;

	public static final int MAX_LONG_TEXT = 2000;

	private static final Set<String> YES = Set.of("yes", "true", "ja");

	private static final Set<String> NO = Set.of("no", "false", "nei");

	private AnswerRules() {
	}

	/**
	 * @param delegation the answers to the delegation's questions, by question id; values
	 * are text, a list of texts, or a boolean, as JSON has them
	 * @param participants one map per delegate, in the order of the request
	 */
	public static GivenAnswers check(List<FormQuestion> questions, Map<String, Object> delegation,
			List<Map<String, Object>> participants, int delegates) {
		Map<String, List<String>> forDelegation = checked(questions, FormQuestion.DELEGATION, delegation, "answers");
		List<Map<String, List<String>>> forParticipants = new ArrayList<>();
		for (int index = 0; index < delegates; index++) {
			Map<String, Object> given = (participants != null && index < participants.size()) ? participants.get(index)
					: null;
			forParticipants
				.add(checked(questions, FormQuestion.PARTICIPANT, given, "participants[" + index + "].answers"));
		}
		return new GivenAnswers(forDelegation, forParticipants);
	}

	static Set<String> personalDataQuestions(List<FormQuestion> questions) {
		return questions.stream()
			.filter(FormQuestion::personalData)
			.map(FormQuestion::questionId)
			.collect(Collectors.toSet());
	}

	private static Map<String, List<String>> checked(List<FormQuestion> questions, String scope,
			Map<String, Object> given, String field) {
		Map<String, Object> answers = (given != null) ? given : Map.of();
		Map<String, FormQuestion> asked = new LinkedHashMap<>();
		questions.stream().filter(q -> scope.equals(q.scope())).forEach(q -> asked.put(q.questionId(), q));
		for (String questionId : answers.keySet()) {
			if (!asked.containsKey(questionId)) {
				throw new RuleViolation(field + "." + questionId, "unknown-question",
						"Verkstedet stiller ikke dette spørsmålet.");
			}
		}
		Map<String, List<String>> checked = new LinkedHashMap<>();
		for (FormQuestion question : asked.values()) {
			String at = field + "." + question.questionId();
			List<String> values = valuesOf(question, answers.get(question.questionId()), at);
			if (values.isEmpty()) {
				if (question.required()) {
					throw new RuleViolation(at, "answer-missing", "Spørsmålet må besvares.");
				}
				continue;
			}
			checked.put(question.questionId(), values);
		}
		return checked;
	}

	private static List<String> valuesOf(FormQuestion question, Object answer, String field) {
		List<String> texts = textsOf(answer, field);
		if (texts.isEmpty()) {
			return texts;
		}
		return switch (question.kind()) {
			case "SHORT_TEXT" -> text(texts, MAX_SHORT_TEXT, field);
			case "LONG_TEXT" -> text(texts, MAX_LONG_TEXT, field);
			case "ONE_CHOICE" -> {
				if (texts.size() != 1) {
					throw new RuleViolation(field, "answer-one-choice", "Velg ett av alternativene.");
				}
				yield choices(question, texts, field);
			}
			case "SEVERAL_CHOICES" -> choices(question, texts, field);
			case "YES_NO" -> List.of(yesOrNo(texts, field));
			default -> throw new RuleViolation(field, "unknown-question", "Verkstedet stiller ikke dette spørsmålet.");
		};
	}

	/** Blank text and empty lists count as no answer. */
	private static List<String> textsOf(Object answer, String field) {
		if (answer == null) {
			return List.of();
		}
		if (answer instanceof Boolean yes) {
			return List.of(yes ? "yes" : "no");
		}
		if (answer instanceof String text) {
			return text.isBlank() ? List.of() : List.of(text.strip());
		}
		if (answer instanceof List<?> list) {
			List<String> texts = new ArrayList<>();
			for (Object each : list) {
				if (!(each instanceof String text)) {
					throw new RuleViolation(field, "answer-format", "Svaret har feil form.");
				}
				if (!text.isBlank()) {
					texts.add(text.strip());
				}
			}
			return texts;
		}
		throw new RuleViolation(field, "answer-format", "Svaret har feil form.");
	}

	private static List<String> text(List<String> texts, int max, String field) {
		if (texts.size() != 1) {
			throw new RuleViolation(field, "answer-format", "Svaret har feil form.");
		}
		if (texts.get(0).length() > max) {
			throw new RuleViolation(field, "answer-too-long", "Svaret kan ha høyst " + max + " tegn.");
		}
		return texts;
	}

	private static List<String> choices(FormQuestion question, List<String> texts, String field) {
		Set<String> known = Set.copyOf(question.choiceIds());
		for (String text : texts) {
			if (!known.contains(text)) {
				throw new RuleViolation(field, "answer-unknown-choice", "Velg blant alternativene.");
			}
		}
		return List.copyOf(new LinkedHashSet<>(texts));
	}

	private static String yesOrNo(List<String> texts, String field) {
		String text = (texts.size() == 1) ? texts.get(0).toLowerCase(Locale.ROOT) : "";
		if (YES.contains(text)) {
			return "yes";
		}
		if (NO.contains(text)) {
			return "no";
		}
		throw new RuleViolation(field, "answer-yes-no", "Svar ja eller nei.");
	}

}
