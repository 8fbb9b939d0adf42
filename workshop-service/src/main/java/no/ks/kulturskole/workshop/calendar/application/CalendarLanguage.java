package no.ks.kulturskole.workshop.calendar.application;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The feed's own words in the languages of the public pages. Titles and descriptions are
 * the workshop's, written in its one language; what the feed adds around them (the
 * calendar's name, "cancelled", where to register) follows the subscriber's choice.
 */
public enum CalendarLanguage {

	NB("nb", "Fremtidens kulturskole – verksted",
			"Verksted og samlinger i Fremtidens kulturskole (KS og Norsk kulturskoleråd)", "Avlyst",
			"Digitalt møte – lenken sendes til påmeldte", "Økt %d av %d", "Påmeldingsfrist", "Arrangør",
			"Påmelding og mer om verkstedet", "Grunn", "d. MMMM yyyy 'kl.' HH:mm"),

	NN("nn", "Fremtidas kulturskule – verkstader",
			"Verkstader og samlingar i Fremtidas kulturskule (KS og Norsk kulturskoleråd)", "Avlyst",
			"Digitalt møte – lenkja blir send til påmelde", "Økt %d av %d", "Påmeldingsfrist", "Arrangør",
			"Påmelding og meir om verkstaden", "Grunn", "d. MMMM yyyy 'kl.' HH:mm"),

	EN("en", "The future culture school – workshops",
			"Workshops and gatherings of The future culture school (KS and the Norwegian Council for Schools of Music and Performing Arts)",
			"Cancelled", "Online meeting – the link is sent to registered participants", "Session %d of %d",
			"Registration deadline", "Organisers", "Registration and more about the workshop", "Reason",
			"d MMMM yyyy, HH:mm");

	private final String code;

	private final String calendarName;

	private final String calendarDescription;

	private final String cancelled;

	private final String online;

	private final String sessionOf;

	private final String deadline;

	private final String organisers;

	private final String registration;

	private final String reason;

	private final DateTimeFormatter dateTime;

	CalendarLanguage(String code, String calendarName, String calendarDescription, String cancelled, String online,
			String sessionOf, String deadline, String organisers, String registration, String reason,
			String dateTimePattern) {
		this.code = code;
		this.calendarName = calendarName;
		this.calendarDescription = calendarDescription;
		this.cancelled = cancelled;
		this.online = online;
		this.sessionOf = sessionOf;
		this.deadline = deadline;
		this.organisers = organisers;
		this.registration = registration;
		this.reason = reason;
		this.dateTime = DateTimeFormatter.ofPattern(dateTimePattern, Locale.forLanguageTag(code));
	}

	/**
	 * @param code {@code nb}, {@code nn} or {@code en}; {@code null} or blank is bokmål
	 * @return {@code null} for a code the feed does not speak
	 */
	public static CalendarLanguage of(String code) {
		if (code == null || code.isBlank()) {
			return NB;
		}
		for (CalendarLanguage language : values()) {
			if (language.code.equalsIgnoreCase(code.strip())) {
				return language;
			}
		}
		return null;
	}

	public String code() {
		return this.code;
	}

	public String calendarName() {
		return this.calendarName;
	}

	public String calendarDescription() {
		return this.calendarDescription;
	}

	String cancelled() {
		return this.cancelled;
	}

	String online() {
		return this.online;
	}

	String sessionOf(int number, int of) {
		return this.sessionOf.formatted(number, of);
	}

	String deadline() {
		return this.deadline;
	}

	String organisers() {
		return this.organisers;
	}

	String registration() {
		return this.registration;
	}

	String reason() {
		return this.reason;
	}

	DateTimeFormatter dateTime() {
		return this.dateTime;
	}

}
