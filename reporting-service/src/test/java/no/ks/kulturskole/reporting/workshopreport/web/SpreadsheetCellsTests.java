package no.ks.kulturskole.reporting.workshopreport.web;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class SpreadsheetCellsTests {

	@ParameterizedTest
	@ValueSource(strings = { "=HYPERLINK(\"http://evil.example\",\"x\")", "+47 55 56 00 00", "-2+3", "@SUM(A1)",
			"\t=1+1", "\r=1+1" })
	void aCellThatASpreadsheetWouldReadAsAFormulaStartsWithAnApostrophe(String typed) {
		assertThat(SpreadsheetCells.neutralised(typed)).isEqualTo("'" + typed);
	}

	@ParameterizedTest
	@ValueSource(strings = { "Kari Nordmann", "Ørsta", "4601", "a=b", "'allerede tekst" })
	void anyOtherCellIsLeftAsItIs(String typed) {
		assertThat(SpreadsheetCells.neutralised(typed)).isEqualTo(typed);
	}

}
