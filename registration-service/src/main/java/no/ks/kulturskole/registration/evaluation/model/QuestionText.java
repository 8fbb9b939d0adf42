package no.ks.kulturskole.registration.evaluation.model;

/**
 * A question in the three languages of the platform; bokmål is required, nynorsk and
 * English fall back to it.
 */
public record QuestionText(String nb, String nn, String en) {

	/**
	 * The text for a reader of {@code language} ({@code nb}, {@code nn} or {@code en}).
	 */
	public String in(String language) {
		String text = switch ((language != null) ? language : "nb") {
			case "nn" -> this.nn;
			case "en" -> this.en;
			default -> this.nb;
		};
		return (text != null && !text.isBlank()) ? text : this.nb;
	}

}
