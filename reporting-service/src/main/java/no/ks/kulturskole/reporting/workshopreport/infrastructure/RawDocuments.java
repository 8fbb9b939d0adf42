package no.ks.kulturskole.reporting.workshopreport.infrastructure;

import java.util.Date;
import java.util.List;
import java.util.Map;

import com.mongodb.MongoClientSettings;
import org.bson.BsonBinaryWriter;
import org.bson.BsonWriter;
import org.bson.Document;
import org.bson.RawBsonDocument;
import org.bson.codecs.Codec;
import org.bson.codecs.EncoderContext;
import org.bson.codecs.configuration.CodecRegistry;
import org.bson.io.BasicOutputBuffer;

/**
 * Encodes the report documents a rebuild inserts straight to BSON, before the driver sees
 * them: the driver's {@code DocumentCodec} looks up a codec in its registry for every
 * value (allocating as it goes), which for 2 000 reports of some 18 KB cost more CPU and
 * garbage than building the documents. The driver sends a {@link RawBsonDocument} as it
 * is.
 * <p>
 * The bytes are exactly the ones {@code DocumentCodec} writes, so the stored documents do
 * not change ({@code RawDocumentsTests}): the value types {@link WorkshopReportDocuments}
 * builds are written here (strings, 32- and 64-bit integers, booleans, dates, nulls,
 * lists, embedded documents), anything else by the driver's default codec for it.
 */
final class RawDocuments {

	private static final CodecRegistry CODECS = MongoClientSettings.getDefaultCodecRegistry();

	private static final EncoderContext NESTED = EncoderContext.builder().build();

	/** A report's document is some 18 KB: most fit at once. */
	private static final int INITIAL_BYTES = 32 * 1024;

	private final BasicOutputBuffer buffer = new BasicOutputBuffer(INITIAL_BYTES);

	RawBsonDocument rawOf(Document document) {
		this.buffer.truncateToPosition(0);
		writeDocument(new BsonBinaryWriter(this.buffer), document);
		return new RawBsonDocument(this.buffer.toByteArray());
	}

	private static void writeDocument(BsonWriter writer, Map<String, ?> document) {
		writer.writeStartDocument();
		for (Map.Entry<String, ?> field : document.entrySet()) {
			writer.writeName(field.getKey());
			writeValue(writer, field.getValue());
		}
		writer.writeEndDocument();
	}

	private static void writeValue(BsonWriter writer, Object value) {
		switch (value) {
			case null -> writer.writeNull();
			case String string -> writer.writeString(string);
			case Integer number -> writer.writeInt32(number);
			case Long number -> writer.writeInt64(number);
			case Boolean bool -> writer.writeBoolean(bool);
			case Date date -> writer.writeDateTime(date.getTime());
			case Document embedded -> writeDocument(writer, embedded);
			case List<?> list -> {
				writer.writeStartArray();
				for (Object element : list) {
					writeValue(writer, element);
				}
				writer.writeEndArray();
			}
			default -> encodeByCodec(writer, value);
		}
	}

	@SuppressWarnings("unchecked")
	private static <T> void encodeByCodec(BsonWriter writer, T value) {
		Codec<T> codec = (Codec<T>) CODECS.get(value.getClass());
		NESTED.encodeWithChildContext(codec, writer, value);
	}

}
