package no.ks.kulturskole.endtoend.web;

import java.lang.reflect.Method;

import no.ks.kulturskole.infra.LocalPlatform;

/**
 * The one platform of this test JVM. The end-to-end package's {@code RunningPlatform}
 * starts it once for every test class (starting takes half a minute and the whole
 * platform in memory twice would not fit the build machine); it is package-private, so it
 * is reached by reflection until it is made public.
 */
final class SharedPlatform {

	private SharedPlatform() {
	}

	static LocalPlatform get() {
		try {
			Class<?> running = Class.forName("no.ks.kulturskole.endtoend.RunningPlatform");
			Method get = running.getDeclaredMethod("get");
			get.setAccessible(true);
			return (LocalPlatform) get.invoke(null);
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalStateException("Could not reach the shared platform", ex);
		}
	}

}
