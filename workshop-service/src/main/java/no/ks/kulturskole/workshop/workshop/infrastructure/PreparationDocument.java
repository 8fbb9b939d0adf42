package no.ks.kulturskole.workshop.workshop.infrastructure;

import java.time.Instant;
import java.util.List;

/** Material and questions inside their workshop's document. */
record PreparationDocument(List<MaterialDocument> materials, List<String> reflectionQuestions, Instant releaseAt,
		Instant releasedAt) {

	record MaterialDocument(String title, String url) {
	}

}
