package no.ks.kulturskole.reporting.workshopreport.application;

/**
 * Where an event sits on the bus: its topic, partition and offset. The projections
 * remember per document the last offset applied from each partition they read, which is
 * how a redelivery or a replay over an existing read model changes nothing.
 * <p>
 * One number per partition is enough because every document is fed, on every topic, only
 * by records carrying its own key: a workshop report by records keyed by the workshop id
 * (workshop, delegation and notification events all are), a pilot application by records
 * keyed by its application id. One key lives in one partition, the consumer applies a
 * partition in offset order, so for one document the offsets it sees from a partition
 * only grow, and a record at or below the last one applied has been applied already.
 *
 * @param topic e.g. {@code registration.events}
 */
public record SourcePosition(String topic, int partition, long offset) {

	/** A field name for the partition: no dots, which MongoDB reads as nesting. */
	public String stream() {
		return this.topic.replace('.', '_') + "-" + this.partition;
	}

}
