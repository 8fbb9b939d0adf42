package no.ks.kulturskole.gateway.staff;

import java.util.List;
import java.util.stream.Collectors;

import no.ks.kulturskole.api.workshop.QuestionBody;

/**
 * One extra question as a column of the staff answers table (issue 17), built from
 * workshop-api's {@link QuestionBody}: its bokmål label, and answers made readable (a
 * choice's label instead of its id, "Ja"/"Nei"). The staff pages are in bokmål only.
 */
record QuestionColumn(QuestionBody question) {

	String questionId() {
		return this.question.questionId();
	}

	/** Bokmål text, or the id when a question has none. */
	public String label() {
		QuestionBody.TextBody text = this.question.text();
		return (text != null && text.nb() != null && !text.nb().isBlank()) ? text.nb() : this.question.questionId();
	}

	boolean forDelegation() {
		return "DELEGATION".equals(this.question.scope());
	}

	/** The values as a reader understands them, comma separated; empty if none. */
	String readable(List<String> values) {
		if (values == null) {
			return "";
		}
		return values.stream().map(this::readable).collect(Collectors.joining(", "));
	}

	private String readable(String value) {
		if ("YES_NO".equals(this.question.kind())) {
			return "yes".equals(value) ? "Ja" : "Nei";
		}
		return this.question.choices()
			.stream()
			.filter(choice -> choice.choiceId().equals(value))
			.map(choice -> (choice.label() != null && choice.label().nb() != null) ? choice.label().nb()
					: choice.choiceId())
			.findFirst()
			.orElse(value);
	}

}
