package no.ks.kulturskole.registration.evaluation.model;

import java.util.ArrayList;
import java.util.List;

/**
 * A workshop's evaluation summed up for staff: per question the number of answers, and
 * for a scale its mean and how often each value was chosen, for free text the texts.
 *
 * @param linksIssued evaluation links handed out (one per attendee and session)
 * @param answered links that were used to answer
 */
public record EvaluationResults(String workshopId, long linksIssued, long answered, List<QuestionResult> questions) {

	/**
	 * @param submitted every answer to the workshop's evaluation, each list one
	 * attendee's
	 */
	public static EvaluationResults of(String workshopId, EvaluationForm form, long linksIssued,
			List<List<Answer>> submitted) {
		List<QuestionResult> results = new ArrayList<>();
		for (EvaluationQuestion question : form.questions()) {
			long[] distribution = new long[5];
			List<String> texts = new ArrayList<>();
			long count = 0;
			long sum = 0;
			for (List<Answer> answers : submitted) {
				for (Answer answer : answers) {
					if (!answer.questionId().equals(question.id())) {
						continue;
					}
					if (question.kind() == QuestionKind.SCALE_1_TO_5 && answer.scale() != null) {
						distribution[answer.scale() - 1]++;
						sum += answer.scale();
						count++;
					}
					else if (question.kind() == QuestionKind.FREE_TEXT && answer.text() != null) {
						texts.add(answer.text());
						count++;
					}
				}
			}
			boolean scale = question.kind() == QuestionKind.SCALE_1_TO_5;
			Double mean = (scale && count > 0) ? Math.round(100.0 * sum / count) / 100.0 : null;
			results
				.add(new QuestionResult(
						question.id(), question.kind(), question.text(), count, mean, scale ? List.of(distribution[0],
								distribution[1], distribution[2], distribution[3], distribution[4]) : null,
						scale ? null : texts));
		}
		return new EvaluationResults(workshopId, linksIssued, submitted.size(), results);
	}

	/**
	 * @param mean rounded to two decimals; {@code null} for free text and for a scale
	 * nobody answered
	 * @param distribution how many chose 1, 2, 3, 4 and 5; {@code null} for free text
	 * @param texts the free-text answers; {@code null} for a scale
	 */
	public record QuestionResult(String questionId, QuestionKind kind, QuestionText text, long answers, Double mean,
			List<Long> distribution, List<String> texts) {
	}

}
