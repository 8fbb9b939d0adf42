package no.ks.kulturskole.infra.mongo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A MongoDB wire-protocol server (mongo-java-server) whose data lives in one H2 MVStore
 * file, so every service's database survives a restart. It has no multi-document
 * transactions; the services keep each consistency boundary inside one document.
 * <p>
 * It can be stopped and started again on its own, on the same port with the same file,
 * while everything else runs: the fault suite's "MongoDB away for 30 s".
 */
public final class MongoStore implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(MongoStore.class);

	private final Path file;

	private final String host;

	private final int port;

	private final String uri;

	/** {@code null} while stopped. */
	private MongoServer server;

	private MongoStore(Path file, String host, int port) {
		this.file = file;
		this.host = host;
		this.port = port;
		this.uri = "mongodb://" + host + ":" + port;
	}

	/** Opens (or creates) {@code file} and listens on {@code host:port}. */
	public static MongoStore start(Path file, String host, int port) {
		try {
			Files.createDirectories(file.toAbsolutePath().getParent());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		MongoStore store = new MongoStore(file, host, port);
		store.startAgain();
		return store;
	}

	/**
	 * Opens the file and listens again after {@link #stop()}; does nothing when running.
	 */
	public synchronized void startAgain() {
		if (this.server != null) {
			return;
		}
		boolean existed = Files.exists(this.file);
		H2Backend backend = new IdLookupH2Backend(this.file.toString());
		MongoServer server = new MongoServer(backend);
		try {
			server.bind(this.host, this.port);
		}
		catch (RuntimeException ex) {
			// bind() shuts the server down on failure, which closes the H2 store too
			throw new IllegalStateException("MongoDB could not listen on " + this.host + ":" + this.port, ex);
		}
		this.server = server;
		log.info("{} MongoDB store {}", existed ? "Reopened" : "Created", this.file);
	}

	/**
	 * Drops every client connection, stops listening and closes the file, which keeps
	 * what was written; {@link #startAgain()} brings it back.
	 */
	public synchronized void stop() {
		if (this.server != null) {
			this.server.shutdownNow();
			this.server = null;
			log.info("MongoDB stopped");
		}
	}

	public synchronized boolean isRunning() {
		return this.server != null;
	}

	public int port() {
		return this.port;
	}

	/** {@code mongodb://host:port}, without a database. */
	public String uri() {
		return this.uri;
	}

	/** Closes client connections, then the H2 store, which writes what is pending. */
	@Override
	public void close() {
		stop();
	}

}
