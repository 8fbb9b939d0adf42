package no.ks.kulturskole.infra.apps;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * How to start one child process: its command line, extra environment and working
 * directory, and the port its {@code /actuator/health} answers on.
 *
 * @param name name used in messages, e.g. {@code registration-service}
 * @param shortName name in the log prefix, e.g. {@code registration}
 * @param command the full command line
 * @param environment added to the launcher's own environment
 * @param workingDirectory where the process runs
 * @param port the HTTP port of the application
 */
public record LaunchSpec(String name, String shortName, List<String> command, Map<String, String> environment,
		Path workingDirectory, int port) {

	public LaunchSpec {
		command = List.copyOf(command);
		environment = Map.copyOf(environment);
	}

}
