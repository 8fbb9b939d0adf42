package no.ks.kulturskole.reporting.workshopreport.infrastructure;

import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import no.ks.kulturskole.reporting.workshopreport.model.WorkshopReportDraft;
import org.bson.ByteBuf;
import org.bson.Document;
import org.bson.RawBsonDocument;
import org.bson.codecs.DocumentCodec;
import org.bson.types.Decimal128;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A rebuild's reports encoded by hand ({@link RawDocuments}) are byte for byte what the
 * driver's {@code DocumentCodec} would have sent, so the stored documents are the ones
 * the live projection writes.
 */
class RawDocumentsTests {

	@Test
	void aReportIsEncodedAsTheDriversCodecEncodesIt() {
		RawDocuments encoder = new RawDocuments();
		Document rich = WorkshopReportDocuments.documentOf(WorkshopReportDocumentsTests.richDraft(), 1);
		Document empty = WorkshopReportDocuments.documentOf(WorkshopReportDraft.empty("w-1"), 1);

		assertThat(bytesOf(encoder.rawOf(rich))).isEqualTo(bytesOf(byTheDriversCodec(rich)));
		// the encoder reuses its buffer: a smaller document after a larger one
		assertThat(bytesOf(encoder.rawOf(empty))).isEqualTo(bytesOf(byTheDriversCodec(empty)));
		assertThat(encoder.rawOf(rich).getString("_id").getValue()).isEqualTo(rich.get("_id", String.class));
	}

	@Test
	void everyKindOfValueIsEncodedAsTheDriversCodecEncodesIt() {
		Map<String, Object> map = new LinkedHashMap<>();
		map.put("a", 1);
		map.put("b", null);
		Document document = new Document("_id", "w-1").append("text", "æøå – ok")
			.append("none", null)
			.append("int", 7)
			.append("long", 7L)
			.append("yes", true)
			.append("no", false)
			.append("date", Date.from(Instant.parse("2027-03-10T08:00:00.123Z")))
			.append("embedded", new Document("x", List.of()).append("y", new Document()))
			.append("list", Arrays.asList("s", 1, 2L, null, List.of("nested"), new Document("z", 3)))
			// not written by the report mapping: left to the driver's codecs
			.append("double", 1.5)
			.append("decimal", Decimal128.parse("1.10"))
			.append("objectId", new ObjectId("0123456789abcdef01234567"))
			.append("map", map);

		assertThat(bytesOf(new RawDocuments().rawOf(document))).isEqualTo(bytesOf(byTheDriversCodec(document)));
	}

	private static RawBsonDocument byTheDriversCodec(Document document) {
		return new RawBsonDocument(document, new DocumentCodec());
	}

	private static byte[] bytesOf(RawBsonDocument document) {
		ByteBuf buffer = document.getByteBuffer();
		byte[] bytes = new byte[buffer.remaining()];
		buffer.get(bytes);
		return bytes;
	}

}
