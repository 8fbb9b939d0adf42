package no.ks.kulturskole.infra.apps;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The JDK's ahead-of-time cache (JEP 483, 514) for each application: the classes it
 * loads, already parsed and linked, and the profiles of its warm methods, kept in a file
 * beside its jar. On the two cores of a developer's machine it halves what a Spring Boot
 * application spends starting (measured: the gateway 9.6 s of CPU without, 4.4 s with),
 * and five of them start at once.
 * <p>
 * The cache needs the application's classes on a plain class path, so the packaged jar is
 * first extracted the way Spring Boot documents it ({@code -Djarmode=tools extract}):
 * {@code <module>/target/aot/<module>.jar} with its {@code lib/}. It is made by a
 * training run: the application started with its real arguments until its context is
 * refreshed ({@code -Dspring.context.exit=onRefresh}: every bean created, nothing
 * listening, no consumer running), which the JVM then writes out. That happens once per
 * build, at the first start after it: a jar newer than its extracted copy is extracted
 * again, and an extracted jar newer than its cache is trained again. A JVM that cannot
 * use a cache (another version, other options) starts without it, as before.
 */
public final class AotCaches {

	private static final Logger log = LoggerFactory.getLogger(AotCaches.class);

	/** The JDK that brought {@code -XX:AOTCacheOutput} (JEP 514). */
	static final int FIRST_JDK = 25;

	/** Far more than a start takes; a training run that hangs must not hang the start. */
	private static final Duration TRAINING_TIMEOUT = Duration.ofMinutes(5);

	private final String java;

	private final boolean enabled;

	/**
	 * @param java the JDK that runs the applications
	 * @param enabled {@code false} runs the packaged jars as they are
	 */
	public AotCaches(String java, boolean enabled) {
		this.java = java;
		this.enabled = enabled;
	}

	/**
	 * Whether the JDK running the launcher (which runs the applications too) has AOT
	 * caches.
	 */
	public static boolean available() {
		return Runtime.version().feature() >= FIRST_JDK;
	}

	/**
	 * What goes before the application's arguments instead of {@code -jar <jar>}: the
	 * extracted jar, with its cache when there is a fresh one.
	 */
	public List<String> jarArguments(Path packagedJar) {
		if (!this.enabled || !Files.isRegularFile(packagedJar)) {
			return List.of("-jar", packagedJar.toString());
		}
		Path extracted = extracted(packagedJar);
		List<String> arguments = new ArrayList<>();
		if (isFresh(cacheOf(packagedJar), extracted)) {
			arguments.add("-XX:AOTCache=" + cacheOf(packagedJar));
		}
		arguments.addAll(List.of("-jar", extracted.toString()));
		return arguments;
	}

	/**
	 * Trains, at once, every application of {@code specs} that runs without a cache, and
	 * returns their specs again, now with it. Specs of applications with a cache, or
	 * without the extracted layout, come back as they were.
	 */
	public List<LaunchSpec> trained(List<LaunchSpec> specs, Path logFolder) {
		List<Training> trainings = new ArrayList<>();
		for (LaunchSpec spec : specs) {
			Path jar = extractedJarOf(spec);
			if (jar != null && spec.command().stream().noneMatch((argument) -> argument.startsWith("-XX:AOTCache="))) {
				trainings.add(Training.start(spec, jar, logFolder));
			}
		}
		if (trainings.isEmpty()) {
			return specs;
		}
		log.info("First start of {} after a build: a training run makes their start-up caches (once)",
				trainings.stream().map((training) -> training.spec().name()).toList());
		List<LaunchSpec> result = new ArrayList<>();
		for (LaunchSpec spec : specs) {
			Training training = trainings.stream()
				.filter((candidate) -> candidate.spec() == spec)
				.findFirst()
				.orElse(null);
			result.add((training != null && training.finished()) ? withCache(spec, training.cache()) : spec);
		}
		return result;
	}

	static Path cacheOf(Path packagedJar) {
		return aotFolder(packagedJar).resolve(baseName(packagedJar) + ".aot");
	}

	static Path extractedJarOf(Path packagedJar) {
		return aotFolder(packagedJar).resolve("app").resolve(packagedJar.getFileName());
	}

	private static Path aotFolder(Path packagedJar) {
		return packagedJar.toAbsolutePath().getParent().resolve("aot");
	}

	private static String baseName(Path jar) {
		String name = jar.getFileName().toString();
		return name.endsWith(".jar") ? name.substring(0, name.length() - 4) : name;
	}

	/** The extracted jar named in a spec's command, if it runs one. */
	private static Path extractedJarOf(LaunchSpec spec) {
		int jar = spec.command().indexOf("-jar");
		if (jar < 0 || jar + 1 >= spec.command().size()) {
			return null;
		}
		Path path = Path.of(spec.command().get(jar + 1));
		return (path.getParent() != null && path.getParent().getParent() != null
				&& path.getParent().getParent().getFileName().toString().equals("aot")) ? path : null;
	}

	private static LaunchSpec withCache(LaunchSpec spec, Path cache) {
		List<String> command = new ArrayList<>(spec.command());
		command.add(command.indexOf("-jar"), "-XX:AOTCache=" + cache);
		return new LaunchSpec(spec.name(), spec.shortName(), command, spec.environment(), spec.workingDirectory(),
				spec.port());
	}

	private static boolean isFresh(Path file, Path source) {
		try {
			return Files.isRegularFile(file) && Files.isRegularFile(source)
					&& Files.getLastModifiedTime(file).compareTo(Files.getLastModifiedTime(source)) >= 0;
		}
		catch (IOException ex) {
			return false;
		}
	}

	/**
	 * Extracts the packaged jar into a new folder beside the old one and then swaps them,
	 * so that a launcher never runs a half-written copy.
	 */
	private Path extracted(Path packagedJar) {
		Path target = extractedJarOf(packagedJar);
		if (isFresh(target, packagedJar)) {
			return target;
		}
		Path folder = target.getParent();
		Path fresh = folder.resolveSibling("app-" + ProcessHandle.current().pid());
		try {
			deleteRecursively(fresh);
			Files.createDirectories(fresh.getParent());
			run(List.of(this.java, "-Djarmode=tools", "-jar", packagedJar.toString(), "extract", "--destination",
					fresh.toString()), fresh.getParent(), Duration.ofMinutes(2));
			// the copy's time is the packaged jar's: fresh until the next build
			Files.setLastModifiedTime(fresh.resolve(packagedJar.getFileName()), FileTime
				.fromMillis(Math.max(System.currentTimeMillis(), Files.getLastModifiedTime(packagedJar).toMillis())));
			deleteRecursively(folder);
			Files.move(fresh, folder, StandardCopyOption.ATOMIC_MOVE);
			Files.deleteIfExists(cacheOf(packagedJar));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not extract " + packagedJar, ex);
		}
		return target;
	}

	private static void run(List<String> command, Path directory, Duration timeout) throws IOException {
		Process process = new ProcessBuilder(command).directory(directory.toFile())
			.redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.DISCARD)
			.start();
		try {
			if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
				process.destroyForcibly();
				throw new IOException("Timed out: " + command);
			}
			if (process.exitValue() != 0) {
				throw new IOException("Exit code " + process.exitValue() + ": " + command);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			process.destroyForcibly();
			throw new IOException("Interrupted: " + command, ex);
		}
	}

	private static void deleteRecursively(Path folder) throws IOException {
		if (!Files.exists(folder)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(folder)) {
			for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(path);
			}
		}
	}

	/** One application's training run, started at once, waited for on demand. */
	private record Training(LaunchSpec spec, Path cache, Path written, Process process) {

		static Training start(LaunchSpec spec, Path extractedJar, Path logFolder) {
			Path cache = extractedJar.getParent().resolveSibling(baseName(extractedJar) + ".aot");
			Path written = cache.resolveSibling(cache.getFileName() + "." + ProcessHandle.current().pid());
			List<String> command = new ArrayList<>(spec.command());
			int jar = command.indexOf("-jar");
			command.add(jar, "-Dspring.context.exit=onRefresh");
			command.add(jar, "-XX:AOTCacheOutput=" + written);
			try {
				Files.createDirectories(logFolder);
				ProcessBuilder builder = new ProcessBuilder(command).directory(spec.workingDirectory().toFile())
					.redirectErrorStream(true)
					.redirectOutput(logFolder.resolve(spec.name() + "-aot-training.log").toFile());
				builder.environment().putAll(spec.environment());
				return new Training(spec, cache, written, builder.start());
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Could not start the training run of " + spec.name(), ex);
			}
		}

		/** Waits for the run; the cache is used only if it was written whole. */
		boolean finished() {
			try {
				if (!this.process.waitFor(TRAINING_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
					this.process.destroyForcibly();
					log.warn("Training run of {} timed out; it starts without a cache", this.spec.name());
					return false;
				}
				if (this.process.exitValue() != 0 || !Files.isRegularFile(this.written)) {
					log.warn("Training run of {} failed (exit code {}); it starts without a cache", this.spec.name(),
							this.process.exitValue());
					Files.deleteIfExists(this.written);
					return false;
				}
				Files.move(this.written, this.cache, StandardCopyOption.REPLACE_EXISTING,
						StandardCopyOption.ATOMIC_MOVE);
				return true;
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				this.process.destroyForcibly();
				return false;
			}
			catch (IOException ex) {
				log.warn("Cache of {} not kept: {}", this.spec.name(), ex.toString());
				return false;
			}
		}

	}

}
