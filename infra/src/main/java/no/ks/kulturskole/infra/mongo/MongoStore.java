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
 */
public final class MongoStore implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(MongoStore.class);

	private final MongoServer server;

	private final String uri;

	private MongoStore(MongoServer server, String uri) {
		this.server = server;
		this.uri = uri;
	}

	/** Opens (or creates) {@code file} and listens on {@code host:port}. */
	public static MongoStore start(Path file, String host, int port) {
		try {
			Files.createDirectories(file.toAbsolutePath().getParent());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		boolean existed = Files.exists(file);
		H2Backend backend = new IdLookupH2Backend(file.toString());
		MongoServer server = new MongoServer(backend);
		try {
			server.bind(host, port);
		}
		catch (RuntimeException ex) {
			// bind() shuts the server down on failure, which closes the H2 store too
			throw new IllegalStateException("MongoDB could not listen on " + host + ":" + port, ex);
		}
		log.info("{} MongoDB store {}", existed ? "Reopened" : "Created", file);
		return new MongoStore(server, "mongodb://" + host + ":" + port);
	}

	/** {@code mongodb://host:port}, without a database. */
	public String uri() {
		return this.uri;
	}

	/** Closes client connections, then the H2 store, which writes what is pending. */
	@Override
	public void close() {
		this.server.shutdownNow();
	}

}
