package no.ks.kulturskole.infra;

import java.util.Arrays;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link LocalPlatform} from the command line: reads the options, starts the platform,
 * prints the banner and runs until Ctrl-C (or SIGTERM), which stops everything in order.
 * Exit status 2 for options it cannot read, 1 when the platform could not start.
 */
final class PlatformCommand {

	private static final Logger log = LoggerFactory.getLogger(PlatformCommand.class);

	private PlatformCommand() {
	}

	static void run(String[] args) {
		if (Arrays.asList(args).contains("--help")) {
			System.out.print(PlatformOptions.USAGE);
			return;
		}
		PlatformSettings settings;
		try {
			settings = PlatformSettings.fromArgs(args);
		}
		catch (IllegalArgumentException ex) {
			System.err.println(ex.getMessage());
			System.exit(2);
			return;
		}
		LocalPlatform platform = new LocalPlatform(settings);
		// Ctrl-C (SIGINT) and SIGTERM run shutdown hooks: everything stops in order
		Runtime.getRuntime().addShutdownHook(new Thread(platform::close, "platform-shutdown"));
		try {
			platform.startEverything();
		}
		catch (RuntimeException ex) {
			if (!platform.isClosed()) {
				log.error("The local platform could not start: {}", ex.getMessage());
				platform.close();
				System.exit(1);
			}
			return;
		}
		System.out.print(Banner.render(settings, platform.startupTime()));
		platform.awaitClose();
	}

}
