package no.ks.kulturskole.gateway.downstream;

import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import org.springframework.web.client.ResourceAccessException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class ServiceInstancesTests {

	private static final URI FIRST = URI.create("http://127.0.0.1:8082");

	private static final URI SECOND = URI.create("http://127.0.0.1:8092");

	private final AtomicLong now = new AtomicLong();

	private final ServiceInstances instances = new ServiceInstances("registration", List.of(FIRST, SECOND),
			this.now::get);

	@Test
	void callsTakeTurns() throws Exception {
		List<URI> answered = new ArrayList<>();
		for (int i = 0; i < 4; i++) {
			answered.add(this.instances.call((instance) -> instance));
		}

		assertThat(answered).containsExactly(FIRST, SECOND, FIRST, SECOND);
	}

	@Test
	void anInstanceThatRefusesTheConnectionPassesTheCallOnAndIsTriedLastForAWhile() throws Exception {
		List<URI> tried = new ArrayList<>();
		ServiceInstances.Attempt<URI> firstIsDown = (instance) -> {
			tried.add(instance);
			if (instance.equals(FIRST)) {
				throw new ResourceAccessException("I/O error", new ConnectException("Connection refused"));
			}
			return instance;
		};

		assertThat(this.instances.call(firstIsDown)).isEqualTo(SECOND);
		assertThat(this.instances.call(firstIsDown)).isEqualTo(SECOND);
		assertThat(this.instances.call(firstIsDown)).isEqualTo(SECOND);
		assertThat(tried).as("set aside after its refusal").containsExactly(FIRST, SECOND, SECOND, SECOND);

		this.now.addAndGet(ServiceInstances.SET_ASIDE.toNanos() + 1);
		assertThat(this.instances.inTurn()).as("in turn again once the while is over").contains(FIRST);
		assertThat(this.instances.inTurn()).startsWith(FIRST);
	}

	@Test
	void aCallTheServiceTookIsNeverSentToAnotherInstance() {
		List<URI> tried = new ArrayList<>();

		assertThatExceptionOfType(ResourceAccessException.class).isThrownBy(() -> this.instances.call((instance) -> {
			tried.add(instance);
			throw new ResourceAccessException("I/O error", new SocketTimeoutException("Read timed out"));
		}));
		assertThat(tried).hasSize(1);
	}

	@Test
	void whenEveryInstanceRefusesTheCallerGetsTheRefusal() {
		assertThatExceptionOfType(IOException.class).isThrownBy(() -> this.instances.call((instance) -> {
			throw new ConnectException("Connection refused");
		}));
	}

}
