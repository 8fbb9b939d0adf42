package no.ks.kulturskole.testsupport;

import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Records published so that a batch consumer finds them in one poll: one producer batch
 * (records of one key go to one partition), held back until the flush.
 */
public final class OnePoll {

	private OnePoll() {
	}

	public static void publish(List<ProducerRecord<String, byte[]>> records) {
		try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(
				Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.kafka().getBrokersAsString(),
						ProducerConfig.LINGER_MS_CONFIG, 60_000, ProducerConfig.BATCH_SIZE_CONFIG, 1 << 20),
				new StringSerializer(), new ByteArraySerializer())) {
			records.forEach(producer::send);
			producer.flush();
		}
	}

}
