package no.ks.kulturskole.infra.apps;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The start-up caches' bookkeeping; the caches themselves are made and used whenever the
 * end-to-end suite or the benchmark starts the platform on JDK 25.
 */
class AotCachesTests {

	@TempDir
	Path folder;

	@Test
	void switchedOffOrWithoutAPackagedJarTheApplicationRunsFromItsJarAsBefore() throws Exception {
		Path jar = this.folder.resolve("target").resolve("gateway.jar");

		assertThat(new AotCaches("java", true).jarArguments(jar)).containsExactly("-jar", jar.toString());
		Files.createDirectories(jar.getParent());
		Files.writeString(jar, "not really a jar");
		assertThat(new AotCaches("java", false).jarArguments(jar)).containsExactly("-jar", jar.toString());
	}

	@Test
	void theCacheAndTheExtractedJarLiveBesideThePackagedJar() {
		Path jar = this.folder.resolve("gateway").resolve("target").resolve("gateway.jar");

		assertThat(AotCaches.cacheOf(jar)).isEqualTo(jar.getParent().resolve("aot").resolve("gateway.aot"));
		assertThat(AotCaches.extractedJarOf(jar))
			.isEqualTo(jar.getParent().resolve("aot").resolve("app").resolve("gateway.jar"));
	}

	@Test
	void anApplicationThatRunsItsPackagedJarOrHasItsCacheIsNotTrained() {
		LaunchSpec packaged = new LaunchSpec("gateway", "gateway",
				List.of("java", "-jar", "/x/gateway/target/gateway.jar", "--server.port=8080"), Map.of(), this.folder,
				8080);
		LaunchSpec cached = new LaunchSpec("workshop-service", "workshop",
				List.of("java", "-XX:AOTCache=/x/workshop-service/target/aot/workshop-service.aot", "-jar",
						"/x/workshop-service/target/aot/app/workshop-service.jar"),
				Map.of(), this.folder, 8081);

		List<LaunchSpec> specs = List.of(packaged, cached);

		assertThat(new AotCaches("java", true).trained(specs, this.folder)).isSameAs(specs);
	}

	@Test
	void onlyOnJdksThatHaveThem() {
		assertThat(AotCaches.available()).isEqualTo(Runtime.version().feature() >= AotCaches.FIRST_JDK);
	}

}
