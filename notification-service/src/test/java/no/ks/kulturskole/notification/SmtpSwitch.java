package no.ks.kulturskole.notification;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;

/**
 * A TCP relay in front of the JVM's one GreenMail, which the service under test uses as
 * its SMTP server. Switched off, it hangs up on every connection, as an SMTP server that
 * is down would; GreenMail itself is shared and keeps running for everyone else.
 */
final class SmtpSwitch {

	private final ServerSocket server;

	private final int targetPort;

	private volatile boolean up = true;

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

	void down() {
		this.up = false;
	}

	void up() {
		this.up = true;
	}

	private void accept() {
		while (!this.server.isClosed()) {
			try {
				Socket client = this.server.accept();
				if (!this.up) {
					client.close();
					continue;
				}
				Socket upstream = new Socket(InetAddress.getLoopbackAddress(), this.targetPort);
				relay(client, upstream);
				relay(upstream, client);
			}
			catch (IOException ex) {
				// one broken connection must not stop the relay; the client sees the
				// failure
			}
		}
	}

	private static void relay(Socket from, Socket to) {
		Thread.ofVirtual().start(() -> {
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

}
