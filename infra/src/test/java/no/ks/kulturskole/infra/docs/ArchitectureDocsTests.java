package no.ks.kulturskole.infra.docs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import no.ks.kulturskole.contracts.TopicSpec;
import no.ks.kulturskole.contracts.Topics;
import no.ks.kulturskole.contracts.erasure.ErasureEvent;
import no.ks.kulturskole.contracts.notification.NotificationEvent;
import no.ks.kulturskole.contracts.privacy.DataKeyEvent;
import no.ks.kulturskole.contracts.registration.RegistrationEvent;
import no.ks.kulturskole.contracts.workshop.WorkshopEvent;
import no.ks.kulturskole.infra.ServiceBindings;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The architecture page and the README say which service writes and reads which topic and
 * which events a topic carries. Those facts live in the code (the topic catalogue, the
 * event types, the services' bindings); this test holds the docs to them, so a binding or
 * an event added without its line in the docs fails the build instead of drifting.
 */
class ArchitectureDocsTests {

	private static final Path ARCHITECTURE = Path.of("../docs/ARCHITECTURE.md");

	private static final Path README = Path.of("../README.md");

	/** The sealed type of each domain topic, whose JSON subtypes are its events. */
	private static final Map<String, Class<?>> EVENTS_OF_TOPIC = Map.of(Topics.WORKSHOP_EVENTS, WorkshopEvent.class,
			Topics.REGISTRATION_EVENTS, RegistrationEvent.class, Topics.NOTIFICATION_EVENTS, NotificationEvent.class,
			Topics.PRIVACY_KEYS, DataKeyEvent.class, Topics.erasureReceipts("notification-service"), ErasureEvent.class,
			Topics.erasureReceipts("reporting-service"), ErasureEvent.class);

	private static final Pattern TABLE_CODE = Pattern.compile("`([^`]+)`");

	@Test
	void theServiceTableNamesWhatEachServiceWritesAndReads() throws IOException {
		Map<String, List<String>> rows = tableRows(Files.readString(ARCHITECTURE), "| service |");

		for (String service : ServiceBindings.SERVICES) {
			List<String> row = rows.get(service);
			assertThat(row).as("a row for %s in the service table of ARCHITECTURE.md", service).isNotNull();
			assertThat(codes(row.get(2))).as("topics %s writes", service).isEqualTo(topicsWrittenBy(service));
			assertThat(codes(row.get(3))).as("topics %s reads", service).isEqualTo(topicsReadBy(service));
		}
	}

	@Test
	void theTopicTableNamesEachTopicsWriterAndEveryEventItCarries() throws IOException {
		Map<String, List<String>> rows = tableRows(Files.readString(ARCHITECTURE), "| topic | one writer |");

		assertThat(rows.keySet()).containsExactlyInAnyOrderElementsOf(Topics.DOMAIN_TOPICS);
		for (TopicSpec topic : Topics.DOMAIN) {
			List<String> row = rows.get(topic.name());
			assertThat(row.get(1)).as("writer of %s", topic.name()).isEqualTo(topic.writer());
			assertThat(EVENTS_OF_TOPIC).as("the event type of %s (add it here)", topic.name())
				.containsKey(topic.name());
			assertThat(codes(row.get(3))).as("events on %s", topic.name())
				.isEqualTo(eventNames(EVENTS_OF_TOPIC.get(topic.name())));
		}
	}

	@Test
	void bothDiagramsDrawEveryConsumerOfEveryTopicAndNoOther() throws IOException {
		Set<String> bound = new TreeSet<>();
		for (ServiceBindings.Consumer consumer : ServiceBindings.consumers()) {
			bound.add(consumer.topic() + " --> " + consumer.service());
		}

		assertThat(topicEdges(Files.readString(ARCHITECTURE))).as("ARCHITECTURE.md's diagram")
			.containsExactlyInAnyOrderElementsOf(bound);
		assertThat(topicEdges(Files.readString(README))).as("README.md's diagram")
			.containsExactlyInAnyOrderElementsOf(bound);
	}

	private static Set<String> topicsWrittenBy(String service) {
		return Topics.DOMAIN.stream()
			.filter((topic) -> topic.writer().equals(service))
			.map(TopicSpec::name)
			.collect(Collectors.toCollection(TreeSet::new));
	}

	private static Set<String> topicsReadBy(String service) throws IOException {
		return ServiceBindings.consumers()
			.stream()
			.filter((consumer) -> consumer.service().equals(service))
			.map(ServiceBindings.Consumer::topic)
			.collect(Collectors.toCollection(TreeSet::new));
	}

	private static Set<String> eventNames(Class<?> sealedType) {
		return Arrays.stream(sealedType.getAnnotation(JsonSubTypes.class).value())
			.map(JsonSubTypes.Type::name)
			.collect(Collectors.toCollection(TreeSet::new));
	}

	/** The rows of the Markdown table whose header starts so, by their first cell. */
	private static Map<String, List<String>> tableRows(String markdown, String header) {
		List<String> lines = markdown.lines().toList();
		int start = lines.indexOf(lines.stream().filter((line) -> line.startsWith(header)).findFirst().orElseThrow());
		Map<String, List<String>> rows = new HashMap<>();
		for (String line : lines.subList(start + 2, lines.size())) {
			if (!line.startsWith("|")) {
				break;
			}
			List<String> cells = Arrays.stream(line.substring(1, line.length() - 1).split("\\|"))
				.map(String::strip)
				.toList();
			rows.put(cells.get(0).replace("`", ""), cells);
		}
		return rows;
	}

	private static Set<String> codes(String cell) {
		Set<String> codes = new TreeSet<>();
		Matcher matcher = TABLE_CODE.matcher(cell);
		while (matcher.find()) {
			codes.add(matcher.group(1));
		}
		return codes;
	}

	/**
	 * The edges from a topic to a service in the Mermaid diagram, as "topic --> service":
	 * topics are drawn as {@code id[(topic)]}, services as {@code id[service-name ...]}.
	 */
	private static Set<String> topicEdges(String markdown) {
		String diagram = markdown.substring(markdown.indexOf("```mermaid"));
		diagram = diagram.substring(0, diagram.indexOf("```", 3));
		Map<String, String> topics = nodes(diagram, Pattern.compile("(\\w+)\\[\\(([\\w.-]+)\\)]"));
		Map<String, String> services = nodes(diagram, Pattern.compile("(\\w+)\\[([a-z]+-service)\\b"));
		Set<String> edges = new TreeSet<>();
		Matcher edge = Pattern.compile("(?m)^\\s*(\\w+)\\s*-->\\s*(\\w+)\\s*$").matcher(diagram);
		while (edge.find()) {
			if (topics.containsKey(edge.group(1))) {
				edges.add(topics.get(edge.group(1)) + " --> "
						+ services.getOrDefault(edge.group(2), "unknown node " + edge.group(2)));
			}
		}
		return edges;
	}

	private static Map<String, String> nodes(String diagram, Pattern definition) {
		Map<String, String> nodes = new HashMap<>();
		Matcher matcher = definition.matcher(diagram);
		while (matcher.find()) {
			nodes.put(matcher.group(1), matcher.group(2));
		}
		return nodes;
	}

}
