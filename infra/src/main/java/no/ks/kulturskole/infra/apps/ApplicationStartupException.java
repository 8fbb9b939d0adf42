package no.ks.kulturskole.infra.apps;

import java.util.List;

/**
 * An application did not become healthy. The message names it, says what its health
 * endpoint last answered, and ends with its last log lines, because that is where the
 * reason is.
 */
public class ApplicationStartupException extends RuntimeException {

	private final String application;

	ApplicationStartupException(String application, String problem, List<String> lastLines) {
		super(message(application, problem, lastLines));
		this.application = application;
	}

	/**
	 * The module name of the application that failed, e.g. {@code registration-service}.
	 */
	public String application() {
		return this.application;
	}

	private static String message(String application, String problem, List<String> lastLines) {
		StringBuilder message = new StringBuilder(application).append(' ').append(problem).append('.');
		if (lastLines.isEmpty()) {
			message.append(" It wrote nothing.");
		}
		else {
			message.append(" Its last ").append(lastLines.size()).append(" log lines:");
			lastLines.forEach((line) -> message.append(System.lineSeparator()).append("    ").append(line));
		}
		return message.toString();
	}

}
