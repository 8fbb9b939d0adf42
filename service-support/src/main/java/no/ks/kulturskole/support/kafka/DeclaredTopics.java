package no.ks.kulturskole.support.kafka;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import no.ks.kulturskole.contracts.TopicSpec;
import no.ks.kulturskole.contracts.Topics;
import org.apache.kafka.clients.admin.NewTopic;

/**
 * The topics a service makes sure of at start-up, all from the catalogue in
 * {@link Topics}: the domain topics it writes, those it reads (so that a consumer started
 * before the writer does not leave the topic to the binder's or the broker's defaults),
 * and the dead-letter topic of each of its consumer groups.
 */
public final class DeclaredTopics {

	private DeclaredTopics() {
	}

	/**
	 * @param application the service ({@code spring.application.name})
	 * @param bindings the Spring Cloud Stream bindings by name
	 */
	public static List<TopicSpec> of(String application, Map<String, Binding> bindings, TopicProperties properties) {
		Map<String, TopicSpec> declared = new LinkedHashMap<>();
		Topics.DOMAIN.stream()
			.filter((spec) -> application.equals(spec.writer()))
			.forEach((spec) -> declared.put(spec.name(), spec));
		for (Binding binding : bindings.values()) {
			if (binding.destination() == null || binding.group() == null) {
				continue; // only consumers have a group, and only they dead-letter
			}
			for (String destination : binding.destination().split(",")) {
				String topic = destination.trim();
				Topics.domain(topic).ifPresent((spec) -> declared.putIfAbsent(spec.name(), spec));
				TopicSpec deadLetter = Topics.deadLetter(topic, binding.group(), properties.deadLetterRetention());
				declared.putIfAbsent(deadLetter.name(), deadLetter);
			}
		}
		return List.copyOf(declared.values());
	}

	public static NewTopic newTopic(TopicSpec spec, TopicProperties properties) {
		return new NewTopic(spec.name(), spec.partitions(), properties.replicationFactor())
			.configs(spec.configs(properties.minInsyncReplicas()));
	}

	/**
	 * The part of a {@code spring.cloud.stream.bindings.<name>} entry that matters here.
	 */
	public record Binding(String destination, String group) {
	}

}
