package no.ks.kulturskole.gateway;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.micrometer.observation.ObservationRegistry;
import no.ks.kulturskole.gateway.downstream.DownstreamClients;
import no.ks.kulturskole.gateway.downstream.DownstreamInstances;
import no.ks.kulturskole.gateway.downstream.DownstreamServices;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pages' own calls to the services take turns over the instances too, and pass over
 * one that refuses connections, so a killed instance leaves no page failing.
 */
class PagesFailOverTests {

	static final FakeService workshop = FakeService.start("workshop-2");

	@AfterAll
	static void stop() {
		workshop.close();
	}

	@Test
	void aPagesCallGoesToTheLiveInstanceWhenTheOtherWasKilled() {
		URI killed = FakeService.away();
		List<URI> workshops = List.of(killed, workshop.baseUri());
		DownstreamClients clients = new DownstreamClients(
				new DownstreamInstances(new DownstreamServices(workshops, workshops, workshops, workshops)),
				(service) -> Optional.empty(), Duration.ofSeconds(1), Duration.ofSeconds(5), ObservationRegistry.NOOP);

		for (int i = 0; i < 4; i++) {
			String path = "/api/public/workshops/side-" + i;
			Map<?, ?> body = clients.workshop().get().uri(path).retrieve().body(Map.class);

			assertThat(body.get("service")).as("call %d", i).isEqualTo("workshop-2");
			assertThat(workshop.received(path)).isPresent();
		}
	}

}
