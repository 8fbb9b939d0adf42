package no.ks.kulturskole.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;

import no.ks.kulturskole.infra.apps.Application;

/**
 * Where each part of the platform listens, all on {@link PlatformSettings#HOST}: the
 * named ports are the first instance's and the first broker's.
 *
 * @param spare the further instances' and brokers' ports when they are free ports
 * ({@link #free()}); empty for fixed ports, where they are counted up from the first ones
 * instead: a service's instance n on its port + 10·n, broker n on 9092 + 2·n and its
 * controller on 9093 + 2·n
 */
public record Ports(int kafka, int kafkaController, int mongo, int smtp, int mailViewer, int gateway, int workshop,
		int registration, int notification, int reporting, List<Integer> spare) {

	private static final int SERVICES = 4;

	/**
	 * Spare ports for instances 2.. of the four services, then brokers 2.. (two each).
	 */
	private static final int SPARE = SERVICES * (PlatformSettings.MAX_INSTANCES - 1)
			+ 2 * (PlatformSettings.MAX_BROKERS - 1);

	public Ports {
		spare = List.copyOf(spare);
		if (!spare.isEmpty() && spare.size() != SPARE) {
			throw new IllegalArgumentException("Expected " + SPARE + " spare ports, got " + spare.size());
		}
	}

	/** Fixed ports; the further instances' and brokers' are counted up from them. */
	public Ports(int kafka, int kafkaController, int mongo, int smtp, int mailViewer, int gateway, int workshop,
			int registration, int notification, int reporting) {
		this(kafka, kafkaController, mongo, smtp, mailViewer, gateway, workshop, registration, notification, reporting,
				List.of());
	}

	/** The ports of DESIGN.md §6; the README and docker-compose use the same. */
	public static Ports defaults() {
		return new Ports(9092, 9093, 27017, 2525, 8025, 8080, 8081, 8082, 8083, 8084);
	}

	/**
	 * Distinct free ports for everything, the largest topology included. They are held
	 * open together while chosen, so they differ from each other; another process could
	 * still take one before we bind it, which is acceptable for tests and a second local
	 * platform.
	 */
	public static Ports free() {
		List<ServerSocket> sockets = new ArrayList<>();
		try {
			for (int i = 0; i < 10 + SPARE; i++) {
				sockets.add(new ServerSocket(0, 1, InetAddress.getByName(PlatformSettings.HOST)));
			}
			List<Integer> p = sockets.stream().map(ServerSocket::getLocalPort).toList();
			return new Ports(p.get(0), p.get(1), p.get(2), p.get(3), p.get(4), p.get(5), p.get(6), p.get(7), p.get(8),
					p.get(9), p.subList(10, p.size()));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not find free ports", ex);
		}
		finally {
			sockets.forEach(Ports::closeQuietly);
		}
	}

	/** The first instance's port. */
	public int of(Application application) {
		return switch (application) {
			case GATEWAY -> this.gateway;
			case WORKSHOP -> this.workshop;
			case REGISTRATION -> this.registration;
			case NOTIFICATION -> this.notification;
			case REPORTING -> this.reporting;
		};
	}

	/**
	 * The port of {@code application}'s instance {@code instance}, counted from 0.
	 */
	public int of(Application application, int instance) {
		if (instance == 0) {
			return of(application);
		}
		if (application == Application.GATEWAY || instance >= PlatformSettings.MAX_INSTANCES) {
			throw new IllegalArgumentException("No instance " + instance + " of " + application);
		}
		if (this.spare.isEmpty()) {
			return of(application) + 10 * instance;
		}
		return this.spare.get(SERVICES * (instance - 1) + application.ordinal());
	}

	/** The client port of broker {@code node}, counted from 0. */
	public int kafkaBroker(int node) {
		return brokerPort(node, 0, this.kafka);
	}

	/** The controller port of broker {@code node}, counted from 0. */
	public int kafkaController(int node) {
		return brokerPort(node, 1, this.kafkaController);
	}

	private int brokerPort(int node, int which, int first) {
		if (node == 0) {
			return first;
		}
		if (node >= PlatformSettings.MAX_BROKERS) {
			throw new IllegalArgumentException("No broker " + node);
		}
		if (this.spare.isEmpty()) {
			return first + 2 * node;
		}
		return this.spare.get(SERVICES * (PlatformSettings.MAX_INSTANCES - 1) + 2 * (node - 1) + which);
	}

	private static void closeQuietly(ServerSocket socket) {
		try {
			socket.close();
		}
		catch (IOException ex) {
			// a port we only peeked at; nothing to clean up
		}
	}

}
