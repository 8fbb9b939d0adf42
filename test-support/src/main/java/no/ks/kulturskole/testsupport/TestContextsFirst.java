package no.ks.kulturskole.testsupport;

import java.lang.reflect.Field;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

import org.springframework.boot.SpringApplication;

/**
 * When a test JVM's tests are done, closes the Spring contexts they cached, and only then
 * the shared infrastructure, while everything is still healthy.
 * <p>
 * Left to the JVM's exit, the order is lost: shutdown hooks run in parallel, and Kafka's
 * test kit deletes the shared broker's directory in a hook of its own while Spring Boot's
 * hook is still closing the contexts. Their consumers then wait for a broker that lost
 * its log directory, and surefire kills the JVM after 30 s. So the session's end runs
 * Spring Boot's shutdown hook itself: it closes every context it knows and then runs the
 * handlers {@link TestInfrastructure} registered (broker, MongoDB, SMTP). Boot keeps that
 * hook in a field of its own; if it is not there (a later version), nothing happens here
 * and the JVM's exit does the same, only slower.
 */
public final class TestContextsFirst implements LauncherSessionListener {

	@Override
	public void launcherSessionClosed(LauncherSession session) {
		Runnable bootShutdownHook = bootShutdownHook();
		if (bootShutdownHook != null) {
			bootShutdownHook.run();
		}
	}

	private static Runnable bootShutdownHook() {
		try {
			Field field = SpringApplication.class.getDeclaredField("shutdownHook");
			field.setAccessible(true);
			return (field.get(null) instanceof Runnable hook) ? hook : null;
		}
		catch (ReflectiveOperationException | RuntimeException ex) {
			return null;
		}
	}

}
