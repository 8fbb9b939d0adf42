package no.ks.kulturskole.reference;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the reference CSVs: UTF-8, comma-separated, quoted only where needed, one header
 * line. Its line reader (RFC 4180 quotes) also serves CSVs people upload.
 */
public final class Csv {

	static List<List<String>> rows(String resource) {
		try (InputStream in = Csv.class.getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("Missing reference data " + resource);
			}
			BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			List<List<String>> rows = new ArrayList<>();
			reader.readLine();
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				if (!line.isBlank()) {
					rows.add(fields(line));
				}
			}
			return rows;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static List<String> fields(String line) {
		return fields(line, ',');
	}

	/**
	 * One line's fields: a quoted field may hold the separator and doubled quotes.
	 */
	public static List<String> fields(String line, char separator) {
		List<String> fields = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		boolean quoted = false;
		for (int i = 0; i < line.length(); i++) {
			char c = line.charAt(i);
			if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
				field.append('"');
				i++;
			}
			else if (c == '"') {
				quoted = !quoted;
			}
			else if (c == separator && !quoted) {
				fields.add(field.toString());
				field.setLength(0);
			}
			else {
				field.append(c);
			}
		}
		fields.add(field.toString());
		return fields;
	}

	private Csv() {
	}

}
