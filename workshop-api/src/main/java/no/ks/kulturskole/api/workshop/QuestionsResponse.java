package no.ks.kulturskole.api.workshop;

import java.util.List;

/**
 * A workshop's extra registration questions as staff see them, with the form's version
 * (it goes up with every change).
 */
public record QuestionsResponse(String workshopId, int formVersion, List<QuestionBody> questions) {

	public QuestionsResponse {
		questions = (questions != null) ? questions : List.of();
	}

}
