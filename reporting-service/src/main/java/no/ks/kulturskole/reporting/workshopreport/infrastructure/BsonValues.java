package no.ks.kulturskole.reporting.workshopreport.infrastructure;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.function.Function;

import org.bson.Document;

/**
 * How {@link WorkshopReportDocuments} writes and reads single values the way Spring
 * Data's converter does: absent when {@code null}, enums by name, instants as dates.
 */
final class BsonValues {

	private BsonValues() {
	}

	static void put(Document document, String name, Object value) {
		// the converter leaves out what is null, and so does this mapping
		if (value != null) {
			document.put(name, value);
		}
	}

	static <T> List<Document> list(List<T> values, Function<T, Document> mapping) {
		List<Document> documents = new ArrayList<>(values.size());
		for (T value : values) {
			documents.add(mapping.apply(value));
		}
		return documents;
	}

	static <T> List<T> listOf(Document document, String name, Function<Document, T> mapping) {
		List<Document> documents = document.getList(name, Document.class);
		if (documents == null) {
			return null;
		}
		List<T> values = new ArrayList<>(documents.size());
		for (Document element : documents) {
			values.add(mapping.apply(element));
		}
		return values;
	}

	static List<String> strings(Document document, String name) {
		return document.getList(name, String.class);
	}

	static String nameOf(Enum<?> value) {
		return (value != null) ? value.name() : null;
	}

	static <E extends Enum<E>> E enumOf(Class<E> type, String name) {
		return (name != null) ? Enum.valueOf(type, name) : null;
	}

	static Date dateOf(Instant instant) {
		return (instant != null) ? Date.from(instant) : null;
	}

	static Instant instantOf(Object stored) {
		return (stored instanceof Date date) ? date.toInstant() : null;
	}

	static int intOf(Document document, String name) {
		Object value = document.get(name);
		return (value instanceof Number number) ? number.intValue() : 0;
	}

}
