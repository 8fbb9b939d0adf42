package no.ks.kulturskole.support.outbox;

import java.util.List;

import org.bson.Document;

/**
 * A document this instance holds: its lease's fencing number and the entries read.
 */
record Claim(String collection, Object id, long fence, List<Document> entries) {
}
