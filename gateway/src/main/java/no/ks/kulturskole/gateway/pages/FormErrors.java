package no.ks.kulturskole.gateway.pages;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The errors of one submitted form: one message per field (shown next to it) and the same
 * list, in form order, for the summary at the top. Fields the form does not show (for
 * example the workshop) get a message in the summary only.
 */
public class FormErrors {

	private final Map<String, String> byField = new LinkedHashMap<>();

	private final List<String> general = new ArrayList<>();

	public void field(String field, String message) {
		this.byField.putIfAbsent(field, message);
	}

	public void general(String message) {
		this.general.add(message);
	}

	public boolean any() {
		return !this.byField.isEmpty() || !this.general.isEmpty();
	}

	public boolean has(String field) {
		return this.byField.containsKey(field);
	}

	public String message(String field) {
		return this.byField.get(field);
	}

	/** The HTML id of a field's input, also the summary's link target. */
	public static String id(String field) {
		return field.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("-$", "");
	}

	/** The same as {@link #id(String)}, callable from a template. */
	public String idOf(String field) {
		return id(field);
	}

	/** The id of the message shown under a field, for {@code aria-describedby}. */
	public String messageIdOf(String field) {
		return id(field) + "-feil";
	}

	public List<Entry> summary() {
		List<Entry> entries = new ArrayList<>();
		this.byField.forEach((field, message) -> entries.add(new Entry("#" + id(field), message)));
		this.general.forEach((message) -> entries.add(new Entry(null, message)));
		return entries;
	}

	public record Entry(String href, String message) {
	}

}
