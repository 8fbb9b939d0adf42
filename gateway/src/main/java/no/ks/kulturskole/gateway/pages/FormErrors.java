package no.ks.kulturskole.gateway.pages;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The errors of one submitted form: one message per field (shown next to it) and the same
 * list, in form order, for the summary at the top. Fields the form does not show (for
 * example the workshop) get a message in the summary only.
 * <p>
 * The services write their messages in bokmål whatever language the page is in, so a
 * message is marked with its language ({@code lang="nb"}, WCAG 3.1.2) unless the gateway
 * wrote it in the page's own language.
 */
public class FormErrors {

	/** The language of the services' messages. */
	static final String SERVICE_LANGUAGE = "nb";

	private final Map<String, Message> byField = new LinkedHashMap<>();

	private final List<Message> general = new ArrayList<>();

	/** A message from a service, in bokmål. */
	public void field(String field, String message) {
		this.byField.putIfAbsent(field, new Message(message, SERVICE_LANGUAGE));
	}

	/** A message the gateway wrote in the language the page is shown in. */
	public void fieldInPageLanguage(String field, String message) {
		this.byField.putIfAbsent(field, new Message(message, null));
	}

	/** A message from a service, in bokmål, that belongs to no field of the form. */
	public void general(String message) {
		this.general.add(new Message(message, SERVICE_LANGUAGE));
	}

	public void generalInPageLanguage(String message) {
		this.general.add(new Message(message, null));
	}

	public boolean any() {
		return !this.byField.isEmpty() || !this.general.isEmpty();
	}

	public boolean has(String field) {
		return this.byField.containsKey(field);
	}

	public String message(String field) {
		Message message = this.byField.get(field);
		return (message != null) ? message.text() : null;
	}

	/**
	 * The language tag of a field's message when it differs from the page's, for
	 * {@code th:lang}; null when it is in the page's language.
	 */
	public String langOf(String field) {
		Message message = this.byField.get(field);
		return (message != null) ? message.lang() : null;
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
		this.byField
			.forEach((field, message) -> entries.add(new Entry("#" + id(field), message.text(), message.lang())));
		this.general.forEach((message) -> entries.add(new Entry(null, message.text(), message.lang())));
		return entries;
	}

	/** One line of the summary; {@code lang} as in {@link #langOf(String)}. */
	public record Entry(String href, String message, String lang) {
	}

	private record Message(String text, String lang) {
	}

}
