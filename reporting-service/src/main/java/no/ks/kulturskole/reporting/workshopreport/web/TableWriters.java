package no.ks.kulturskole.reporting.workshopreport.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;

import no.ks.kulturskole.reporting.workshopreport.model.Table;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/** Renders export tables as files. */
final class TableWriters {

	private static final CSVFormat CSV = CSVFormat.DEFAULT.builder()
		.setDelimiter(';')
		.setRecordSeparator("\r\n")
		.setQuoteMode(QuoteMode.ALL)
		.get();

	private TableWriters() {
	}

	/**
	 * CSV as Norwegian Excel opens it with a double click: UTF-8 with a byte order mark
	 * (else æøå break) and semicolons (the comma is the decimal sign). Every cell quoted
	 * by commons-csv (RFC 4180) and neutralised against formulas
	 * ({@link SpreadsheetCells}).
	 */
	static byte[] csv(Table table) {
		StringBuilder csv = new StringBuilder("\uFEFF");
		try (CSVPrinter printer = new CSVPrinter(csv, CSV)) {
			printer.printRecord(neutralised(table.header()));
			for (List<String> row : table.rows()) {
				printer.printRecord(neutralised(row));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return csv.toString().getBytes(StandardCharsets.UTF_8);
	}

	private static List<String> neutralised(List<String> values) {
		return values.stream().map(SpreadsheetCells::neutralised).toList();
	}

	/**
	 * Cells are written as text (never as formulas), so a name starting with {@code =}
	 * stays a name in the sheet without an apostrophe.
	 */
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

	/** Excel allows 31 characters and none of []:*?/\ in a sheet name. */
	private static String sheetName(String title) {
		String name = title.replaceAll("[\\[\\]:*?/\\\\]", " ");
		return (name.length() > 31) ? name.substring(0, 31) : name;
	}

}
