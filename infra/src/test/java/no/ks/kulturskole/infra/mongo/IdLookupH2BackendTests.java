package no.ks.kulturskole.infra.mongo;

import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The local platform's MongoDB answers conditional queries on an {@code _id} as real
 * MongoDB does, through the index, with the same results as the plain backend's scan.
 */
class IdLookupH2BackendTests {

	@TempDir
	Path folder;

	@Test
	void conditionalQueriesOnAnIdUseTheIndexAndAnswerAsTheScanDoes() {
		IdLookupH2Backend backend = new IdLookupH2Backend(this.folder.resolve("lookup.mv").toString());
		MongoServer server = new MongoServer(backend);
		InetSocketAddress address = server.bind();
		try (MongoClient client = MongoClients
			.create("mongodb://" + address.getHostString() + ":" + address.getPort())) {
			MongoCollection<Document> mails = client.getDatabase("notification").getCollection("mails");
			List<Document> documents = new ArrayList<>();
			for (int i = 0; i < 300; i++) {
				documents.add(new Document("_id", "m" + i).append("status", "PENDING").append("attempt", 1));
			}
			mails.insertMany(documents);
			long before = backend.idLookups();

			Bson pendingSeven = Filters.and(Filters.eq("_id", "m7"), Filters.eq("status", "PENDING"));
			assertThat(mails.updateOne(pendingSeven, Updates.set("status", "SENT")).getModifiedCount()).isEqualTo(1);
			// the condition no longer holds: nothing to update, as on MongoDB
			assertThat(mails.updateOne(pendingSeven, Updates.set("status", "FAILED")).getMatchedCount()).isZero();
			assertThat(mails
				.updateOne(Filters.and(Filters.eq("_id", "nowhere"), Filters.eq("status", "PENDING")),
						Updates.set("status", "SENT"))
				.getMatchedCount()).isZero();
			Document claimed = mails
				.findOneAndUpdate(
						Filters.and(Filters.eq("_id", "m8"),
								Filters.or(Filters.exists("claimedUntil", false),
										Filters.lt("claimedUntil", new Date()))),
						Updates.set("claimedUntil", new Date(System.currentTimeMillis() + 60_000)),
						new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER));
			assertThat(claimed).isNotNull().containsEntry("_id", "m8").containsKey("claimedUntil");
			assertThat(mails.find(Filters.and(Filters.eq("_id", "m8"), Filters.exists("claimedUntil"))).first())
				.isNotNull();

			assertThat(backend.idLookups() - before).isEqualTo(5);
			assertThat(mails.find(Filters.eq("_id", "m7")).first()).containsEntry("status", "SENT");
			assertThat(mails.countDocuments(Filters.eq("status", "PENDING"))).isEqualTo(299);
			// a query without an _id, or on several, is the plain backend's
			assertThat(mails.countDocuments(Filters.in("_id", "m1", "m2", "m7"))).isEqualTo(3);
			assertThat(backend.idLookups() - before).isEqualTo(5);
		}
		finally {
			server.shutdownNow();
		}
	}

	@Test
	void aStoreWrittenByThePlainBackendOpensWithTheLookups() {
		String file = this.folder.resolve("reopened.mv").toString();
		MongoServer plain = new MongoServer(new H2Backend(file));
		InetSocketAddress first = plain.bind();
		try (MongoClient client = MongoClients.create("mongodb://" + first.getHostString() + ":" + first.getPort())) {
			client.getDatabase("registration")
				.getCollection("workshop_registrations")
				.insertOne(new Document("_id", "w1").append("version", 3L));
		}
		plain.shutdownNow();

		IdLookupH2Backend backend = new IdLookupH2Backend(file);
		MongoServer server = new MongoServer(backend);
		InetSocketAddress second = server.bind();
		try (MongoClient client = MongoClients.create("mongodb://" + second.getHostString() + ":" + second.getPort())) {
			MongoCollection<Document> workshops = client.getDatabase("registration")
				.getCollection("workshop_registrations");
			assertThat(workshops
				.updateOne(Filters.and(Filters.eq("_id", "w1"), Filters.eq("version", 3L)), Updates.inc("version", 1))
				.getModifiedCount()).isEqualTo(1);
			assertThat(workshops.find(Filters.eq("_id", "w1")).first()).containsEntry("version", 4L);
			assertThat(backend.idLookups()).isEqualTo(1);
		}
		finally {
			server.shutdownNow();
		}
	}

}
