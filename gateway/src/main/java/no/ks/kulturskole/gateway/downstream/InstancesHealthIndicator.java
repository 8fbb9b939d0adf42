package no.ks.kulturskole.gateway.downstream;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;

/**
 * A service with several instances: UP while any instance is UP, since the gateway sends
 * the calls to the instances that answer ({@link ServiceInstances}); each instance's own
 * health is in the details, so a killed one shows without the whole service counting as
 * away.
 */
class InstancesHealthIndicator implements HealthIndicator {

	private final List<DownstreamHealthIndicator> instances;

	InstancesHealthIndicator(List<DownstreamHealthIndicator> instances) {
		this.instances = List.copyOf(instances);
	}

	@Override
	public Health health() {
		Map<String, Object> details = new LinkedHashMap<>();
		boolean anyUp = false;
		for (int i = 0; i < this.instances.size(); i++) {
			Health instance = this.instances.get(i).health();
			anyUp |= Status.UP.equals(instance.getStatus());
			details.put(String.valueOf(i + 1), instance);
		}
		return Health.status(anyUp ? Status.UP : Status.DOWN).withDetails(details).build();
	}

}
