package no.ks.kulturskole.reporting.workshopreport.infrastructure;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import no.ks.kulturskole.testsupport.TestInfrastructure;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A replay read in rounds of partitions ({@link TopicReplay#catchUpInRounds}), against
 * the embedded broker: each round reads only its partitions, to their end, and every
 * record comes once, in its partition's order.
 */
class TopicReplayTests {

	private static final String BROKERS = TestInfrastructure.kafka().getBrokersAsString();

	@Test
	void topicsWithAsManyPartitionsAreReadAPartitionNumberAtATime() throws Exception {
		String workshops = topic(2);
		String registrations = topic(2);

		List<String> read = readInRounds(workshops, registrations);

		List<String> first = read.subList(0, read.indexOf("round done"));
		List<String> second = read.subList(read.indexOf("round done") + 1, read.size());
		assertThat(first).containsExactlyInAnyOrder(workshops + "-0:0", workshops + "-0:1", workshops + "-0:2",
				registrations + "-0:0", registrations + "-0:1", registrations + "-0:2");
		assertThat(second).containsExactlyInAnyOrder(workshops + "-1:0", workshops + "-1:1", workshops + "-1:2",
				registrations + "-1:0", registrations + "-1:1", registrations + "-1:2");
		assertThat(first.stream().filter(name -> name.startsWith(workshops + "-0:")))
			.containsExactly(workshops + "-0:0", workshops + "-0:1", workshops + "-0:2");
	}

	@Test
	void topicsWithDifferentNumbersOfPartitionsAreReadInOneRound() throws Exception {
		List<String> read = readInRounds(topic(2), topic(3));

		assertThat(read).hasSize(12).doesNotContain("round done");
	}

	/**
	 * Publishes to the topics and reads them in rounds: the records' names, and "round
	 * done" between two rounds.
	 */
	private static List<String> readInRounds(String... topics) throws Exception {
		publish(topics);
		List<String> read = new ArrayList<>();
		try (TopicReplay replay = new TopicReplay(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, BROKERS),
				List.of(topics))) {
			replay.catchUpInRounds(replay.endOffsets(), records -> records.forEach(record -> read.add(nameOf(record))),
					() -> read.add("round done"));
			assertThat(replay.records()).isEqualTo(12);
		}
		return read;
	}

	private static String topic(int partitions) throws Exception {
		String name = "replay-" + UUID.randomUUID();
		try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, BROKERS))) {
			admin.createTopics(List.of(new NewTopic(name, partitions, (short) 1))).all().get();
		}
		return name;
	}

	/** Three records to partitions 0 and 1 of each topic, named by where they go. */
	private static void publish(String... topics) throws Exception {
		try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(
				Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, BROKERS), new ByteArraySerializer(),
				new ByteArraySerializer())) {
			for (String topic : topics) {
				for (int partition = 0; partition < 2; partition++) {
					for (int i = 0; i < 3; i++) {
						producer
							.send(new ProducerRecord<>(topic, partition, null,
									(topic + "-" + partition + ":" + i).getBytes()))
							.get();
					}
				}
			}
		}
	}

	private static String nameOf(ConsumerRecord<byte[], byte[]> record) {
		return new String(record.value());
	}

}
