package no.ks.kulturskole.workshop.workshop;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import com.mongodb.ConnectionString;

/**
 * A TCP relay in front of the JVM's one MongoDB wire-protocol server, for a context that
 * must see its database go away. Switched off, it hangs up on every open connection and
 * on every new one, as a database that is down would; the server itself keeps running for
 * everyone else. Its threads are daemons, left to the JVM's exit: the cached context uses
 * it until then.
 */
final class MongoSwitch {

	private final ServerSocket server;

	private final int targetPort;

	private final Set<Socket> open = ConcurrentHashMap.newKeySet();

	private volatile boolean up = true;

	private MongoSwitch(int targetPort) {
		this.targetPort = targetPort;
		try {
			this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		Thread.ofPlatform().daemon().name("mongo-switch").start(this::accept);
	}

	/**
	 * @param uri the server's, {@code mongodb://host:port}
	 */
	static MongoSwitch inFrontOf(String uri) {
		String host = new ConnectionString(uri).getHosts().getFirst();
		return new MongoSwitch(Integer.parseInt(host.substring(host.lastIndexOf(':') + 1)));
	}

	/** Where the relay listens, as a connection string without database. */
	String uri() {
		return "mongodb://127.0.0.1:" + this.server.getLocalPort();
	}

	void down() {
		this.up = false;
		this.open.forEach(MongoSwitch::closeQuietly);
	}

	void up() {
		this.up = true;
	}

	private void accept() {
		while (!this.server.isClosed()) {
			try {
				Socket client = this.server.accept();
				Thread.ofVirtual().start(() -> relay(client));
			}
			catch (IOException ex) {
				// one broken connection must not stop the relay; the client sees the
				// failure
			}
		}
	}

	private void relay(Socket client) {
		try {
			Socket upstream = new Socket(InetAddress.getLoopbackAddress(), this.targetPort);
			this.open.add(client);
			this.open.add(upstream);
			// switched off meanwhile: down() may have missed these two
			if (!this.up) {
				closeQuietly(client);
				closeQuietly(upstream);
				return;
			}
			Thread.ofVirtual().start(() -> copy(upstream, client));
			copy(client, upstream);
		}
		catch (IOException ex) {
			closeQuietly(client);
		}
	}

	private void copy(Socket from, Socket to) {
		try {
			from.getInputStream().transferTo(to.getOutputStream());
		}
		catch (IOException ex) {
			// the other side hung up, or the switch did
		}
		finally {
			closeQuietly(from);
			closeQuietly(to);
			this.open.remove(from);
			this.open.remove(to);
		}
	}

	private static void closeQuietly(Socket socket) {
		try {
			socket.close();
		}
		catch (IOException ex) {
			// closed already
		}
	}

}
