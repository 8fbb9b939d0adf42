package no.ks.kulturskole.gateway.downstream;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Which instance of each service a call goes to ({@link ServiceInstances}), shared by the
 * proxied routes and the pages' own calls, so both take turns over the same instances and
 * both set aside one that refused.
 */
public final class DownstreamInstances {

	private final Map<String, ServiceInstances> byName = new LinkedHashMap<>();

	public DownstreamInstances(DownstreamServices services) {
		services.byName().forEach((name, urls) -> this.byName.put(name, new ServiceInstances(name, urls)));
	}

	/** The instances of the service with this short name ({@code reporting}). */
	public ServiceInstances of(String shortName) {
		ServiceInstances instances = this.byName.get(shortName);
		if (instances == null) {
			throw new IllegalArgumentException("No service " + shortName);
		}
		return instances;
	}

	/** Every service, in a stable order. */
	public Map<String, ServiceInstances> byName() {
		return Collections.unmodifiableMap(this.byName);
	}

}
