package no.ks.kulturskole.web.deadletter;

import java.util.List;

/**
 * A service's dead letters, as its admin API {@code /api/platform/admin/dead-letters}
 * answers.
 *
 * @param topics the service's dead-letter topics, also those without any record
 */
public record DeadLetterList(List<String> topics, List<DeadLetter> deadLetters) {

	public DeadLetterList {
		topics = (topics != null) ? topics : List.of();
		deadLetters = (deadLetters != null) ? deadLetters : List.of();
	}

}
