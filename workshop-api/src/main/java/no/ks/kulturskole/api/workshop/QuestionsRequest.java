package no.ks.kulturskole.api.workshop;

import java.util.List;

/**
 * A workshop's extra registration questions as staff set them, all at once (at most ten;
 * the rules are workshop-service's).
 */
public record QuestionsRequest(List<QuestionBody> questions) {
}
