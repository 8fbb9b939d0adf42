package no.ks.kulturskole.reporting.workshopreport.web;

/**
 * Text typed by the public (a delegate's name, a role title) must not become a formula
 * when staff open an export in Excel or LibreOffice: {@code =HYPERLINK("http://evil…")}
 * would be a live link, {@code =cmd|…} worse. OWASP's rule for CSV injection: a cell
 * starting with {@code =}, {@code +}, {@code -}, {@code @}, tab or carriage return gets a
 * leading apostrophe, which spreadsheets read as "this is text". The price is a visible
 * apostrophe before a phone number like {@code +47 …}, which staff can live with.
 */
final class SpreadsheetCells {

	private static final String FORMULA_STARTS = "=+-@\t\r";

	private SpreadsheetCells() {
	}

	static String neutralised(String value) {
		if (value == null || value.isEmpty()) {
			return "";
		}
		return (FORMULA_STARTS.indexOf(value.charAt(0)) >= 0) ? "'" + value : value;
	}

}
