package no.ks.kulturskole.reporting.workshopreport.model;

import java.util.Map;

/**
 * One of the workshop's extra registration questions (issue 17), as the exports head a
 * column with it.
 *
 * @param text the question in bokmål
 * @param choices the choices' bokmål labels by id, to write labels rather than ids
 */
public record FormQuestion(String questionId, String scope, String kind, String text, boolean personalData,
		Map<String, String> choices) {

	public FormQuestion {
		choices = (choices != null) ? Map.copyOf(choices) : Map.of();
	}

	public boolean forDelegation() {
		return "DELEGATION".equals(this.scope);
	}

	/** A value as people read it: a choice's label, Ja or Nei, or the text itself. */
	public String readable(String value) {
		if ("YES_NO".equals(this.kind)) {
			return "yes".equals(value) ? "Ja" : ("no".equals(value) ? "Nei" : value);
		}
		return this.choices.getOrDefault(value, value);
	}

}
