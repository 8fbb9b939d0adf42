package no.ks.kulturskole.registration.attendance.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import no.ks.kulturskole.reference.Csv;
import no.ks.kulturskole.support.problem.RuleViolation;

/**
 * The participant report a video meeting exports (Zoom's "Participants" CSV, Teams'
 * attendance list): one row per join, with name, e-mail and join/leave times. Read
 * leniently, because the exports differ by product, version and language: the header row
 * is found by its e-mail column (Zoom puts a meeting summary above it), the separator is
 * the header's (comma, semicolon or tab), quotes follow RFC 4180, and a person who joined
 * several times is one attendee with the minutes added up.
 */
public final class MeetingReport {

	/** Far more than any meeting of this programme; a bound on what one upload costs. */
	static final int MAX_ROWS = 5_000;

	private static final char[] SEPARATORS = { ',', ';', '\t' };

	private MeetingReport() {
	}

	/**
	 * @return one attendee per e-mail address (lower case), in the order they first
	 * joined; rows without an address as they are, by name
	 */
	public static List<Attendee> read(String csv) {
		String text = (csv != null) ? csv.replace("\uFEFF", "") : "";
		List<String> lines = text.lines().toList();
		for (int i = 0; i < lines.size(); i++) {
			char separator = separatorOf(lines.get(i));
			List<String> header = Csv.fields(lines.get(i), separator);
			Optional<Integer> email = column(header, "e-mail", "email", "e-post", "epost");
			Optional<Integer> name = column(header, "name", "navn");
			if (email.isPresent() && name.isPresent()) {
				return attendees(lines.subList(i + 1, lines.size()), separator, name.get(), email.get(),
						column(header, "duration", "varighet"));
			}
		}
		throw new RuleViolation("file", "meeting-report-unreadable",
				"Fant ingen kolonne for navn og e-post. Last opp deltakerrapporten fra Zoom eller Teams som CSV.");
	}

	private static List<Attendee> attendees(List<String> rows, char separator, int name, int email,
			Optional<Integer> duration) {
		if (rows.size() > MAX_ROWS) {
			throw new RuleViolation("file", "meeting-report-too-large",
					"Rapporten har mer enn " + MAX_ROWS + " rader.");
		}
		Map<String, Attendee> byKey = new LinkedHashMap<>();
		for (String row : rows) {
			if (row.isBlank()) {
				continue;
			}
			List<String> cells = Csv.fields(row, separator);
			String who = cell(cells, name);
			String address = cell(cells, email).toLowerCase(Locale.ROOT);
			if (who.isEmpty() && address.isEmpty()) {
				continue;
			}
			int minutes = duration.map(column -> minutesOf(cell(cells, column))).orElse(0);
			String key = address.isEmpty() ? "name:" + who : address;
			byKey.merge(key, new Attendee(who, address, minutes),
					(first, again) -> new Attendee(first.name(), first.email(), first.minutes() + again.minutes()));
		}
		return List.copyOf(byKey.values());
	}

	/** Zoom gives whole minutes; Teams "1h 2m 3s" or "01:02:03". */
	static int minutesOf(String duration) {
		String value = duration.strip().toLowerCase(Locale.ROOT);
		if (value.matches("\\d+")) {
			return Integer.parseInt(value);
		}
		if (value.matches("\\d+:\\d{2}(:\\d{2})?")) {
			String[] parts = value.split(":");
			return (parts.length == 3) ? Integer.parseInt(parts[0]) * 60 + Integer.parseInt(parts[1])
					: Integer.parseInt(parts[0]);
		}
		int minutes = 0;
		var matcher = java.util.regex.Pattern.compile("(\\d+)\\s*([hm])").matcher(value);
		while (matcher.find()) {
			int amount = Integer.parseInt(matcher.group(1));
			minutes += matcher.group(2).equals("h") ? amount * 60 : amount;
		}
		return minutes;
	}

	private static String cell(List<String> cells, int column) {
		return (column < cells.size()) ? cells.get(column).strip() : "";
	}

	private static Optional<Integer> column(List<String> header, String... names) {
		for (int i = 0; i < header.size(); i++) {
			String title = header.get(i).strip().toLowerCase(Locale.ROOT);
			for (String name : names) {
				if (title.contains(name)) {
					return Optional.of(i);
				}
			}
		}
		return Optional.empty();
	}

	private static char separatorOf(String line) {
		char best = ',';
		long most = -1;
		for (char separator : SEPARATORS) {
			long count = line.chars().filter(c -> c == separator).count();
			if (count > most) {
				most = count;
				best = separator;
			}
		}
		return best;
	}

	/**
	 * One person in the meeting. Personal data: shown to staff, never logged.
	 *
	 * @param email lower case; empty when the meeting did not know it (a guest)
	 * @param minutes in the meeting, all joins together; 0 when the report has no
	 * duration
	 */
	public record Attendee(String name, String email, int minutes) {
	}

}
