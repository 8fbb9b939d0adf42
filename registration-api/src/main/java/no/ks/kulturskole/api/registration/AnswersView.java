package no.ks.kulturskole.api.registration;

import java.util.List;
import java.util.Map;

import no.ks.kulturskole.contracts.workshop.RegistrationQuestion;

/**
 * A delegation's answers to the workshop's extra registration questions (issue 17), with
 * the questions they answer: for its coordinator through the manage link, and for staff.
 * The questions are the published language's {@link RegistrationQuestion}, as the public
 * workshop (workshop-api) shows them.
 *
 * @param questions the workshop's form; empty where the caller has them already (staff's
 * list of every delegation's answers)
 * @param answers the delegation's, by question id
 * @param participants each current delegate's, by participant id, then question id
 */
public record AnswersView(String delegationId, List<RegistrationQuestion> questions, Map<String, List<String>> answers,
		Map<String, Map<String, List<String>>> participants) {

	/** A reader gets empty collections, never {@code null}. */
	public AnswersView {
		questions = (questions != null) ? questions : List.of();
		answers = (answers != null) ? answers : Map.of();
		participants = (participants != null) ? participants : Map.of();
	}

}
