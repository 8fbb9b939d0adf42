package no.ks.kulturskole.registration.evaluation.web;

import java.util.List;

import no.ks.kulturskole.registration.evaluation.model.EvaluationResults;
import no.ks.kulturskole.registration.evaluation.model.EvaluationResults.QuestionResult;
import no.ks.kulturskole.registration.evaluation.model.QuestionKind;

/**
 * The results as CSV for a spreadsheet: one row per question with its mean and
 * distribution, then one row per free-text answer. Semicolons, as Norwegian Excel
 * expects, and cells that could start a formula are quoted with a leading apostrophe.
 */
final class ResultsCsv {

	private ResultsCsv() {
	}

	static String of(EvaluationResults results) {
		StringBuilder csv = new StringBuilder();
		row(csv, List.of("spørsmål", "type", "tekst", "svar", "gjennomsnitt", "1", "2", "3", "4", "5", "fritekst"));
		for (QuestionResult question : results.questions()) {
			if (question.kind() == QuestionKind.SCALE_1_TO_5) {
				List<Long> counts = question.distribution();
				row(csv, List.of(question.questionId(), "skala", question.text().nb(),
						String.valueOf(question.answers()),
						(question.mean() != null) ? String.valueOf(question.mean()).replace('.', ',') : "",
						String.valueOf(counts.get(0)), String.valueOf(counts.get(1)), String.valueOf(counts.get(2)),
						String.valueOf(counts.get(3)), String.valueOf(counts.get(4)), ""));
			}
			else {
				row(csv, List.of(question.questionId(), "fritekst", question.text().nb(),
						String.valueOf(question.answers()), "", "", "", "", "", "", ""));
				for (String text : question.texts()) {
					row(csv, List.of(question.questionId(), "fritekst", question.text().nb(), "", "", "", "", "", "",
							"", text));
				}
			}
		}
		row(csv, List.of("lenker sendt", "", "", String.valueOf(results.linksIssued()), "", "", "", "", "", "", ""));
		row(csv, List.of("besvart", "", "", String.valueOf(results.answered()), "", "", "", "", "", "", ""));
		return csv.toString();
	}

	private static void row(StringBuilder csv, List<String> cells) {
		for (int i = 0; i < cells.size(); i++) {
			if (i > 0) {
				csv.append(';');
			}
			csv.append(cell(cells.get(i)));
		}
		csv.append("\r\n");
	}

	static String cell(String value) {
		String text = (value != null) ? value : "";
		if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
			text = "'" + text;
		}
		if (text.indexOf(';') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
			text = '"' + text.replace("\"", "\"\"") + '"';
		}
		return text;
	}

}
