package no.ks.kulturskole.notification;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A TCP relay in front of the JVM's one GreenMail, which the service under test uses as
 * its SMTP server. Switched off, it hangs up on every connection, as an SMTP server that
 * is down would; GreenMail itself is shared and keeps running for everyone else.
 * <p>
 * It also watches the SMTP side: how many conversations are open at once (and the most so
 * far), and it can hold new conversations (accepted, but not a word from the server)
 * until a number of them are open together, or until released: proof that the client
 * talks to it in parallel, and a way to keep e-mails in flight.
 */
final class SmtpSwitch {

	private final ServerSocket server;

	private final int targetPort;

	private volatile boolean up = true;

	private final AtomicInteger open = new AtomicInteger();

	private final AtomicInteger mostOpen = new AtomicInteger();

	private final List<Socket> held = new CopyOnWriteArrayList<>();

	private volatile Gate gate = Gate.open();

	SmtpSwitch(int targetPort) {
		this.targetPort = targetPort;
		try {
			this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		Thread.ofPlatform().daemon().name("smtp-switch").start(this::accept);
	}

	int port() {
		return this.server.getLocalPort();
	}

	/** Hangs up on new connections, and on those being held. */
	void down() {
		this.up = false;
		this.held.forEach(SmtpSwitch::closeQuietly);
		this.held.clear();
		this.gate.release();
	}

	void up() {
		this.up = true;
	}

	/**
	 * From now on new conversations wait (the server says nothing) until {@code count} of
	 * them wait together; then all of them go on, and so do later ones.
	 */
	void holdUntilTogether(int count) {
		this.gate = new Gate(count);
	}

	/** New conversations wait until {@link #down()} hangs up on them. */
	void hold() {
		this.gate = new Gate(Integer.MAX_VALUE);
	}

	/** Lets the held conversations go on, and later ones too. */
	void release() {
		this.gate.release();
	}

	/** Conversations held at this moment. */
	int held() {
		return this.held.size();
	}

	/** Whether the conversations held by {@link #holdUntilTogether(int)} went on. */
	boolean released() {
		return this.gate.isOpen();
	}

	/** The most SMTP conversations open at once since the last {@link #resetCount()}. */
	int mostOpenAtOnce() {
		return this.mostOpen.get();
	}

	void resetCount() {
		this.mostOpen.set(this.open.get());
	}

	private void accept() {
		while (!this.server.isClosed()) {
			try {
				Socket client = this.server.accept();
				if (!this.up) {
					client.close();
					continue;
				}
				Thread.ofVirtual().start(() -> converse(client));
			}
			catch (IOException ex) {
				// one broken connection must not stop the relay; the client sees the
				// failure
			}
		}
	}

	private void converse(Socket client) {
		int now = this.open.incrementAndGet();
		this.mostOpen.accumulateAndGet(now, Math::max);
		try {
			Gate gate = this.gate;
			if (!gate.isOpen()) {
				this.held.add(client);
				gate.arriveAndWait();
				this.held.remove(client);
			}
			if (client.isClosed() || !this.up) {
				closeQuietly(client);
				return;
			}
			Socket upstream = new Socket(InetAddress.getLoopbackAddress(), this.targetPort);
			Thread toServer = relay(client, upstream);
			Thread toClient = relay(upstream, client);
			toServer.join();
			toClient.join();
		}
		catch (IOException ex) {
			closeQuietly(client);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			closeQuietly(client);
		}
		finally {
			this.open.decrementAndGet();
		}
	}

	private static Thread relay(Socket from, Socket to) {
		return Thread.ofVirtual().start(() -> {
			try {
				InputStream in = from.getInputStream();
				OutputStream out = to.getOutputStream();
				in.transferTo(out);
			}
			catch (IOException ex) {
				// the other direction closed the sockets
			}
			finally {
				closeQuietly(from);
				closeQuietly(to);
			}
		});
	}

	private static void closeQuietly(Socket socket) {
		try {
			socket.close();
		}
		catch (IOException ex) {
			// already closed
		}
	}

	/** Opens once {@code needed} conversations wait at it, or when released. */
	private static final class Gate {

		private final int needed;

		private final AtomicInteger waiting = new AtomicInteger();

		private final CountDownLatch opened = new CountDownLatch(1);

		Gate(int needed) {
			this.needed = needed;
		}

		static Gate open() {
			Gate gate = new Gate(0);
			gate.release();
			return gate;
		}

		boolean isOpen() {
			return this.opened.getCount() == 0;
		}

		void arriveAndWait() throws InterruptedException {
			if (this.waiting.incrementAndGet() >= this.needed) {
				release();
			}
			this.opened.await();
		}

		void release() {
			this.opened.countDown();
		}

	}

}
