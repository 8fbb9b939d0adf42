package no.ks.kulturskole.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;

import no.ks.kulturskole.reporting.workshopreport.RebuildBenchmark;

/**
 * Calls reporting-service's {@link RebuildBenchmark#summaryLine(int)} from its test-jar.
 * The test-jar holds the test classes only and reporting-service's own jar is the
 * repackaged Boot jar, whose classes Java cannot load from the class path; so
 * RebuildBenchmark is loaded, together with reporting-service's compiled classes
 * ({@code benchmark.reporting-classes}, the reactor's {@code target/classes}), in a
 * loader that looks at those two first and at this class path for everything else.
 */
final class ReportingRebuild {

	private static final String REPORTING_PACKAGE = "no.ks.kulturskole.reporting.";

	private ReportingRebuild() {
	}

	static String summaryLine(int events) {
		Path classes = Path
			.of(System.getProperty("benchmark.reporting-classes", "../reporting-service/target/classes"));
		if (!Files.isDirectory(classes)) {
			throw new IllegalStateException("reporting-service's classes are missing at " + classes
					+ ": build with -am (./mvnw -B -Prush-benchmark -DskipTests verify -pl benchmarks -am)");
		}
		URL testJar = RebuildBenchmark.class.getProtectionDomain().getCodeSource().getLocation();
		ClassLoader parent = ReportingRebuild.class.getClassLoader();
		try (URLClassLoader loader = new ReportingFirst(new URL[] { classes.toUri().toURL(), testJar }, parent)) {
			Class<?> benchmark = loader.loadClass(RebuildBenchmark.class.getName());
			Thread.currentThread().setContextClassLoader(loader);
			return (String) benchmark.getMethod("summaryLine", int.class).invoke(null, events);
		}
		catch (InvocationTargetException ex) {
			throw new IllegalStateException("The rebuild benchmark failed", ex.getCause());
		}
		catch (MalformedURLException | ReflectiveOperationException ex) {
			throw new IllegalStateException("Could not call RebuildBenchmark.summaryLine", ex);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			Thread.currentThread().setContextClassLoader(parent);
		}
	}

	/** reporting-service's classes from its own URLs, everything else from the parent. */
	private static final class ReportingFirst extends URLClassLoader {

		ReportingFirst(URL[] urls, ClassLoader parent) {
			super(urls, parent);
		}

		@Override
		protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
			if (!name.startsWith(REPORTING_PACKAGE)) {
				return super.loadClass(name, resolve);
			}
			synchronized (getClassLoadingLock(name)) {
				Class<?> loaded = findLoadedClass(name);
				if (loaded == null) {
					try {
						loaded = findClass(name);
					}
					catch (ClassNotFoundException ex) {
						loaded = super.loadClass(name, false);
					}
				}
				if (resolve) {
					resolveClass(loaded);
				}
				return loaded;
			}
		}

	}

}
