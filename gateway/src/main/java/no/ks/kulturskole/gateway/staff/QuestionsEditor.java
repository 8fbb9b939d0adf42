package no.ks.kulturskole.gateway.staff;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import no.ks.kulturskole.api.workshop.QuestionBody;
import no.ks.kulturskole.api.workshop.QuestionsRequest;

/**
 * The staff form for a workshop's extra registration questions (issue 17): ten rows,
 * enough for the most a form may ask, so it works without JavaScript; a row without a
 * question text is left out. Choices are written one per line; each gets an id from its
 * text, so the same text keeps the same id when the form is saved again.
 */
public class QuestionsEditor {

	static final int ROWS = 10;

	private List<Row> rows = new ArrayList<>();

	static QuestionsEditor of(List<QuestionBody> questions) {
		QuestionsEditor editor = new QuestionsEditor();
		for (QuestionBody question : questions) {
			Row row = new Row();
			row.setQuestionId(question.questionId());
			row.setScope(question.scope());
			row.setKind(question.kind());
			row.setRequired(Boolean.TRUE.equals(question.required()));
			row.setPersonalData(Boolean.TRUE.equals(question.personalData()));
			if (question.text() != null) {
				row.setNb(question.text().nb());
				row.setNn(question.text().nn());
				row.setEn(question.text().en());
			}
			row.setChoices(String.join("\n", question.choices().stream().map(QuestionsEditor::labelOf).toList()));
			editor.rows.add(row);
		}
		editor.pad();
		return editor;
	}

	void pad() {
		while (this.rows.size() < ROWS) {
			this.rows.add(new Row());
		}
	}

	/** The filled rows as workshop-api's request. */
	QuestionsRequest request() {
		List<QuestionBody> questions = new ArrayList<>();
		for (Row row : this.rows) {
			if (row == null || blank(row.nb) && blank(row.questionId)) {
				continue;
			}
			List<QuestionBody.ChoiceBody> choices = new ArrayList<>();
			if (row.choices != null) {
				row.choices.lines()
					.map(String::strip)
					.filter(line -> !line.isEmpty())
					.forEach(line -> choices
						.add(new QuestionBody.ChoiceBody(idOf(line), new QuestionBody.TextBody(line, null, null))));
			}
			questions.add(new QuestionBody(blank(row.questionId) ? idOf(row.nb) : row.questionId.strip(), row.scope,
					row.kind, row.required, row.personalData,
					new QuestionBody.TextBody(row.nb, blank(row.nn) ? null : row.nn, blank(row.en) ? null : row.en),
					choices));
		}
		return new QuestionsRequest(questions);
	}

	private static String labelOf(QuestionBody.ChoiceBody choice) {
		return (choice.label() != null && choice.label().nb() != null) ? choice.label().nb() : choice.choiceId();
	}

	/** "Glutenfritt kosthold" → "glutenfritt-kosthold"; æ, ø and å written out. */
	static String idOf(String text) {
		if (blank(text)) {
			return "";
		}
		String ascii = Normalizer
			.normalize(text.toLowerCase(Locale.ROOT).replace("æ", "ae").replace("ø", "o").replace("å", "a"),
					Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "");
		String id = ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
		return (id.length() > 40) ? id.substring(0, 40).replaceAll("-+$", "") : id;
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

	public List<Row> getRows() {
		return this.rows;
	}

	public void setRows(List<Row> rows) {
		this.rows = rows;
	}

	public static class Row {

		private String questionId;

		private String scope = "DELEGATION";

		private String kind = "SHORT_TEXT";

		private boolean required;

		private boolean personalData;

		private String nb;

		private String nn;

		private String en;

		private String choices;

		public String getQuestionId() {
			return this.questionId;
		}

		public void setQuestionId(String questionId) {
			this.questionId = questionId;
		}

		public String getScope() {
			return this.scope;
		}

		public void setScope(String scope) {
			this.scope = scope;
		}

		public String getKind() {
			return this.kind;
		}

		public void setKind(String kind) {
			this.kind = kind;
		}

		public boolean isRequired() {
			return this.required;
		}

		public void setRequired(boolean required) {
			this.required = required;
		}

		public boolean isPersonalData() {
			return this.personalData;
		}

		public void setPersonalData(boolean personalData) {
			this.personalData = personalData;
		}

		public String getNb() {
			return this.nb;
		}

		public void setNb(String nb) {
			this.nb = nb;
		}

		public String getNn() {
			return this.nn;
		}

		public void setNn(String nn) {
			this.nn = nn;
		}

		public String getEn() {
			return this.en;
		}

		public void setEn(String en) {
			this.en = en;
		}

		public String getChoices() {
			return this.choices;
		}

		public void setChoices(String choices) {
			this.choices = choices;
		}

	}

}
