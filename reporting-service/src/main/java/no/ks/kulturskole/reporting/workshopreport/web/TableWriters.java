package no.ks.kulturskole.reporting.workshopreport.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import no.ks.kulturskole.reporting.workshopreport.model.Table;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/** Renders export tables as files. */
final class TableWriters {

	private TableWriters() {
	}

	/**
	 * CSV as Norwegian Excel opens it with a double click: UTF-8 with a byte order mark
	 * (else æøå break) and semicolons (the comma is the decimal sign), RFC 4180 quoting.
	 */
	static byte[] csv(Table table) {
		StringBuilder csv = new StringBuilder("\uFEFF");
		line(csv, table.header());
		table.rows().forEach(row -> line(csv, row));
		return csv.toString().getBytes(StandardCharsets.UTF_8);
	}

	static byte[] xlsx(Table table) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (Workbook workbook = new Workbook(out, "Fremtidens kulturskole", "1.0")) {
			Worksheet sheet = workbook.newWorksheet(sheetName(table.title()));
			for (int column = 0; column < table.header().size(); column++) {
				sheet.value(0, column, table.header().get(column));
				sheet.style(0, column).bold().set();
			}
			for (int row = 0; row < table.rows().size(); row++) {
				List<String> values = table.rows().get(row);
				for (int column = 0; column < values.size(); column++) {
					sheet.value(row + 1, column, values.get(column));
				}
			}
			sheet.freezePane(0, 1);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	private static void line(StringBuilder csv, List<String> values) {
		for (int i = 0; i < values.size(); i++) {
			if (i > 0) {
				csv.append(';');
			}
			String value = values.get(i);
			if (value.contains(";") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
				csv.append('"').append(value.replace("\"", "\"\"")).append('"');
			}
			else {
				csv.append(value);
			}
		}
		csv.append("\r\n");
	}

	/** Excel allows 31 characters and none of []:*?/\ in a sheet name. */
	private static String sheetName(String title) {
		String name = title.replaceAll("[\\[\\]:*?/\\\\]", " ");
		return (name.length() > 31) ? name.substring(0, 31) : name;
	}

}
