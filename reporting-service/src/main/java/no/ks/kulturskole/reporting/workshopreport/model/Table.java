package no.ks.kulturskole.reporting.workshopreport.model;

import java.util.List;

/**
 * A table for export, already in the words staff read (Norwegian headings, values as
 * text), so that CSV and XLSX show the same thing.
 */
public record Table(String title, List<String> header, List<List<String>> rows) {

	public Table {
		header = List.copyOf(header);
		rows = rows.stream().map(List::copyOf).toList();
	}

}
