package no.ks.kulturskole.infra.apps;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import no.ks.kulturskole.infra.PlatformSettings;

/**
 * What the local platform starts, in order: every instance of every application, each
 * with its command, the AOT caches trained first where the JDK has them, and the gateway
 * last.
 */
public final class LaunchPlan {

	private LaunchPlan() {
	}

	/**
	 * @throws IllegalStateException when an application's jar was not built
	 */
	public static List<LaunchSpec> of(PlatformSettings settings) {
		List<Path> missing = Arrays.stream(Application.values())
			.map(settings::jarOf)
			.filter((jar) -> !Files.isRegularFile(jar))
			.toList();
		if (!missing.isEmpty()) {
			throw new IllegalStateException("Application jars are missing: " + missing
					+ ". Build them first: ./mvnw -DskipTests package (or run ./mvnw -DskipTests -Prun package), "
					+ "or start without applications (--no-apps).");
		}
		String java = ApplicationCommands.currentJava();
		AotCaches aot = new AotCaches(java, settings.aotCache() && AotCaches.available());
		ApplicationCommands commands = new ApplicationCommands(settings, java, aot);
		List<LaunchSpec> firsts = Arrays.stream(Application.values()).map(commands::specFor).toList();
		// one training run per application; the further instances are told of the cache
		// it made when their command is built afterwards
		List<LaunchSpec> trained = aot.trained(firsts, settings.dataDir().resolve("logs"));
		List<LaunchSpec> specs = new ArrayList<>();
		for (Application application : Application.values()) {
			specs.add(trained.get(application.ordinal()));
			for (int instance = 1; instance < settings.instancesOf(application); instance++) {
				specs.add(commands.specFor(application, instance));
			}
		}
		// the gateway last, as before: when it answers, everything behind it is there
		specs.sort(Comparator.comparing((LaunchSpec spec) -> spec.name().startsWith(Application.GATEWAY.module())));
		return specs;
	}

}
