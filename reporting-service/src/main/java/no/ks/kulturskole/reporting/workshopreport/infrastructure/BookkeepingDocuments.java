package no.ks.kulturskole.reporting.workshopreport.infrastructure;

import java.util.LinkedHashMap;
import java.util.Map;

import no.ks.kulturskole.reporting.workshopreport.model.ReportBookkeeping;
import org.bson.Document;

/**
 * A report's bookkeeping as stored beside it: its part of the platform's inbox (offset
 * per source partition, the recent event ids) and the ids that keep mails and removed
 * participants counted once. Written in the same replace as the report.
 */
final class BookkeepingDocuments {

	private BookkeepingDocuments() {
	}

	static Document documentOf(ReportBookkeeping bookkeeping) {
		Document positions = new Document();
		bookkeeping.positions().forEach(positions::put);
		return new Document("positions", positions).append("recentEvents", bookkeeping.recentEvents())
			.append("countedMails", bookkeeping.countedMails())
			.append("removedParticipants", bookkeeping.removedParticipants());
	}

	static ReportBookkeeping bookkeepingOf(Document document) {
		Map<String, Long> positions = new LinkedHashMap<>();
		Document stored = document.get("positions", Document.class);
		if (stored != null) {
			stored.forEach((stream, offset) -> positions.put(stream, ((Number) offset).longValue()));
		}
		return new ReportBookkeeping(positions, BsonValues.strings(document, "recentEvents"),
				BsonValues.strings(document, "countedMails"), BsonValues.strings(document, "removedParticipants"));
	}

}
