package no.ks.kulturskole.gateway.staff;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import no.ks.kulturskole.gateway.pages.FormQuestion;

/**
 * The staff form for a workshop's extra registration questions (issue 17): ten rows,
 * enough for the most a form may ask, so it works without JavaScript; a row without a
 * question text is left out. Choices are written one per line; each gets an id from its
 * text, so the same text keeps the same id when the form is saved again.
 */
public class QuestionsEditor {

	static final int ROWS = 10;

	private List<Row> rows = new ArrayList<>();

	static QuestionsEditor of(List<FormQuestion> questions) {
		QuestionsEditor editor = new QuestionsEditor();
		for (FormQuestion question : questions) {
			Row row = new Row();
			row.setQuestionId(question.questionId());
			row.setScope(question.scope());
			row.setKind(question.kind());
			row.setRequired(question.required());
			row.setPersonalData(question.personalData());
			if (question.text() != null) {
				row.setNb(question.text().nb());
				row.setNn(question.text().nn());
				row.setEn(question.text().en());
			}
			row.setChoices(String.join("\n", question.choices().stream().map(choice -> choice.label("nb")).toList()));
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

	/** The filled rows as the questions API takes them. */
	List<Map<String, Object>> questions() {
		List<Map<String, Object>> questions = new ArrayList<>();
		for (Row row : this.rows) {
			if (row == null || blank(row.nb) && blank(row.questionId)) {
				continue;
			}
			Map<String, Object> question = new LinkedHashMap<>();
			question.put("questionId", blank(row.questionId) ? idOf(row.nb) : row.questionId.strip());
			question.put("scope", row.scope);
			question.put("kind", row.kind);
			question.put("required", row.required);
			question.put("personalData", row.personalData);
			Map<String, Object> text = new LinkedHashMap<>();
			text.put("nb", row.nb);
			text.put("nn", blank(row.nn) ? null : row.nn);
			text.put("en", blank(row.en) ? null : row.en);
			question.put("text", text);
			List<ChoiceBody> choices = new ArrayList<>();
			if (row.choices != null) {
				row.choices.lines()
					.map(String::strip)
					.filter(line -> !line.isEmpty())
					.forEach(line -> choices.add(new ChoiceBody(idOf(line), Map.of("nb", line))));
			}
			question.put("choices", choices);
			questions.add(question);
		}
		return questions;
	}

	/**
	 * One choice as workshop-service reads it; a record so its fields keep their order.
	 */
	record ChoiceBody(String choiceId, Map<String, String> label) {
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
