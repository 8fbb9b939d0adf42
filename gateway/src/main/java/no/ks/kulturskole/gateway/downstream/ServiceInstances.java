package no.ks.kulturskole.gateway.downstream;

import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpConnectTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The instances of one service and which one a call goes to: each in turn (round robin),
 * and when one refuses the connection, the next, so a killed instance does not make a
 * page or an API call fail while another one runs. An instance that refused is tried last
 * for a few seconds rather than first on every other call.
 * <p>
 * Only a connection that was never made is tried again elsewhere: the request has not
 * reached the service, so nothing can be done twice. A service that took the request and
 * then failed or went quiet is answered as before (the caller sees the problem).
 */
public final class ServiceInstances {

	private static final Logger log = LoggerFactory.getLogger(ServiceInstances.class);

	/** How long an instance that refused a connection is tried after the others. */
	static final Duration SET_ASIDE = Duration.ofSeconds(5);

	private final String shortName;

	private final List<URI> instances;

	private final AtomicInteger next = new AtomicInteger();

	/** Instance → until when (System.nanoTime) it is tried last. */
	private final Map<URI, Long> setAside = new ConcurrentHashMap<>();

	private final LongSupplier nanoTime;

	public ServiceInstances(String shortName, List<URI> instances) {
		this(shortName, instances, System::nanoTime);
	}

	ServiceInstances(String shortName, List<URI> instances, LongSupplier nanoTime) {
		if (instances.isEmpty()) {
			throw new IllegalArgumentException("No instance of " + shortName);
		}
		this.shortName = shortName;
		this.instances = List.copyOf(instances);
		this.nanoTime = nanoTime;
	}

	public String shortName() {
		return this.shortName;
	}

	/** Every instance, in the configured order. */
	public List<URI> all() {
		return this.instances;
	}

	/**
	 * Every instance in the order this call tries them: the next in turn first, those
	 * that recently refused a connection last.
	 */
	public List<URI> inTurn() {
		int size = this.instances.size();
		int first = Math.floorMod(this.next.getAndIncrement(), size);
		long now = this.nanoTime.getAsLong();
		List<URI> ready = new ArrayList<>(size);
		List<URI> refused = new ArrayList<>();
		for (int i = 0; i < size; i++) {
			URI instance = this.instances.get((first + i) % size);
			Long until = this.setAside.get(instance);
			if (until != null && now - until < 0) {
				refused.add(instance);
			}
			else {
				ready.add(instance);
			}
		}
		ready.addAll(refused);
		return ready;
	}

	/**
	 * Calls {@code attempt} with each instance in turn until one takes the connection.
	 * @return what the first instance that answered gave
	 * @throws Exception what {@code attempt} threw, when it is no refused connection, or
	 * when every instance refused
	 */
	public <T> T call(Attempt<T> attempt) throws Exception {
		Exception refusal = null;
		for (URI instance : inTurn()) {
			try {
				return attempt.at(instance);
			}
			catch (Exception ex) {
				if (!neverConnected(ex)) {
					throw ex;
				}
				this.setAside.put(instance, this.nanoTime.getAsLong() + SET_ASIDE.toNanos());
				// the instance only: a path may hold a manage-link token
				log.warn("{} instance {} refused the connection; trying the next", this.shortName, instance);
				refusal = ex;
			}
		}
		throw refusal;
	}

	/**
	 * Whether {@code failure} says the connection was never made (refused, or not made in
	 * time), so the request cannot have reached the service.
	 */
	static boolean neverConnected(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof ConnectException || cause instanceof HttpConnectTimeoutException) {
				return true;
			}
			if (cause.getCause() == cause) {
				return false;
			}
		}
		return false;
	}

	/** One try of a call at one instance. */
	@FunctionalInterface
	public interface Attempt<T> {

		T at(URI instance) throws Exception;

	}

}
