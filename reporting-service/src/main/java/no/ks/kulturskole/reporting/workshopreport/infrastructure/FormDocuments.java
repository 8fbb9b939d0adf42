package no.ks.kulturskole.reporting.workshopreport.infrastructure;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import no.ks.kulturskole.reporting.workshopreport.model.FormAnswers;
import no.ks.kulturskole.reporting.workshopreport.model.FormAnswers.FormAnswer;
import no.ks.kulturskole.reporting.workshopreport.model.FormQuestion;
import org.bson.Document;

/**
 * The extra questions and their answers in a report document (issue 17), beside
 * {@link WorkshopReportDocuments}. Reports stored before they existed have neither.
 */
final class FormDocuments {

	static final String QUESTIONS = "questions";

	static final String ANSWERS = "answers";

	private FormDocuments() {
	}

	static List<Document> questionDocuments(List<FormQuestion> questions) {
		return questions.stream()
			.map(question -> new Document("questionId", question.questionId()).append("scope", question.scope())
				.append("kind", question.kind())
				.append("text", question.text())
				.append("personalData", question.personalData())
				.append("choices", new Document(new LinkedHashMap<>(question.choices()))))
			.toList();
	}

	static List<FormQuestion> questionsOf(Document report) {
		return report.getList(QUESTIONS, Document.class, List.of()).stream().map(document -> {
			Map<String, String> choices = new LinkedHashMap<>();
			Document stored = document.get("choices", Document.class);
			if (stored != null) {
				stored.forEach((id, label) -> choices.put(id, String.valueOf(label)));
			}
			return new FormQuestion(document.getString("questionId"), document.getString("scope"),
					document.getString("kind"), document.getString("text"),
					Boolean.TRUE.equals(document.getBoolean("personalData")), choices);
		}).toList();
	}

	static List<Document> answerDocuments(List<FormAnswers> answers) {
		return answers.stream()
			.map(given -> new Document("delegationId", given.delegationId()).append("version", given.version())
				.append(ANSWERS,
						given.answers()
							.stream()
							.map(answer -> new Document("questionId", answer.questionId())
								.append("participantId", answer.participantId())
								.append("values", answer.values()))
							.toList()))
			.toList();
	}

	static List<FormAnswers> answersOf(Document report) {
		return report.getList(ANSWERS, Document.class, List.of()).stream().map(document -> {
			Number version = document.get("version", Number.class);
			List<FormAnswer> answers = document.getList(ANSWERS, Document.class, List.of())
				.stream()
				.map(answer -> new FormAnswer(answer.getString("questionId"), answer.getString("participantId"),
						answer.getList("values", String.class, List.of())))
				.toList();
			return new FormAnswers(document.getString("delegationId"), (version != null) ? version.longValue() : 0,
					answers);
		}).toList();
	}

}
