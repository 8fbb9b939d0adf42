package no.ks.kulturskole.reporting.workshopreport.infrastructure;

import java.lang.ref.SoftReference;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.bson.Document;

/**
 * Each report as this instance last wrote it, by collection and workshop: the next batch
 * folds onto it without reading it back. Only a conditional write uses it, so a report
 * another instance (or a rebuild) changed since fails the version check and is read
 * afresh. Softly held: memory wins over the saved read.
 */
final class WrittenReports {

	private final Map<String, SoftReference<Document>> written = new ConcurrentHashMap<>();

	/** The reports of {@code workshopIds} still remembered. */
	Map<String, Document> of(String collection, Set<String> workshopIds) {
		Map<String, Document> documents = new HashMap<>();
		for (String workshopId : workshopIds) {
			SoftReference<Document> known = this.written.get(keyOf(collection, workshopId));
			Document document = (known != null) ? known.get() : null;
			if (document != null) {
				documents.put(workshopId, document);
			}
		}
		return documents;
	}

	void remember(String collection, Document document) {
		this.written.put(keyOf(collection, document.getString("_id")), new SoftReference<>(document));
	}

	void forget(String collection, String workshopId) {
		this.written.remove(keyOf(collection, workshopId));
	}

	private static String keyOf(String collection, String workshopId) {
		return collection + "/" + workshopId;
	}

}
