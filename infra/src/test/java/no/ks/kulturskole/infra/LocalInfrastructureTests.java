package no.ks.kulturskole.infra;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

import jakarta.activation.DataHandler;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.model.Filters;
import no.ks.kulturskole.contracts.Topics;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * The launcher's infrastructure for real (Kafka, MongoDB on H2, GreenMail with its
 * viewer) on free ports in a temporary data folder, without the applications.
 */
class LocalInfrastructureTests {

	private static final HttpClient http = HttpClient.newHttpClient();

	private static final JsonMapper json = JsonMapper.builder().build();

	@TempDir
	static Path sharedDataDir;

	private static LocalPlatform platform;

	@BeforeAll
	static void startInfrastructure() {
		platform = LocalPlatform.start(infrastructureOnly(sharedDataDir));
	}

	@AfterAll
	static void stopInfrastructure() {
		platform.close();
	}

	@Test
	void domainTopicsHaveThreePartitionsAndAreKeptForever() throws Exception {
		try (Admin admin = Admin
			.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, platform.kafkaBootstrap()))) {
			Map<String, TopicDescription> topics = admin.describeTopics(Topics.DOMAIN_TOPICS).allTopicNames().get();
			assertThat(topics).containsOnlyKeys(Topics.DOMAIN_TOPICS);
			assertThat(topics.values()).allSatisfy((topic) -> assertThat(topic.partitions())
				.hasSize(Topics.domain(topic.name()).orElseThrow().partitions()));
			List<ConfigResource> resources = Topics.DOMAIN_TOPICS.stream()
				.map((topic) -> new ConfigResource(ConfigResource.Type.TOPIC, topic))
				.toList();
			Map<ConfigResource, Config> configs = admin.describeConfigs(resources).all().get();
			assertThat(configs.values())
				.allSatisfy((config) -> assertThat(config.get("retention.ms").value()).isEqualTo("-1"));
		}
	}

	@Test
	void aMailSentOverSmtpCanBeReadBackThroughTheMailViewersJsonApi() throws Exception {
		String recipient = "kari-" + UUID.randomUUID() + "@example.org";
		sendMail(recipient, "Bekreftelse: Verksted 1 <påmeldt>");

		JsonNode mail = await().atMost(Duration.ofSeconds(10))
			.until(() -> messagesTo(recipient), (messages) -> messages.size() == 1)
			.get(0);
		assertThat(mail.path("deliveredTo").asString()).isEqualTo(recipient);
		assertThat(mail.path("to").get(0).asString()).isEqualTo(recipient);
		assertThat(mail.path("from").asString()).isEqualTo("Fremtidens kulturskole <ikke-svar@example.org>");
		assertThat(mail.path("subject").asString()).isEqualTo("Bekreftelse: Verksted 1 <påmeldt>");
		assertThat(mail.path("receivedAt").asString()).isNotBlank();
		assertThat(mail.path("text").asString()).contains("Velkommen til verkstedet");
		assertThat(mail.path("html").asString()).contains("<p>Velkommen til verkstedet</p>");
		assertThat(mail.path("attachments").get(0).asString()).isEqualTo("program.ics");
	}

	@Test
	void theSmtpServerCanBeTakenAwayAndBroughtBackOnItsPortWithTheMailCaughtBefore() throws Exception {
		String before = "for-brudd-" + UUID.randomUUID() + "@example.org";
		sendMail(before, "Før bruddet");
		await().atMost(Duration.ofSeconds(10)).until(() -> messagesTo(before), (messages) -> messages.size() == 1);

		platform.stopSmtp();
		try {
			assertThat(platform.mailbox().smtpRunning()).isFalse();
			assertThatThrownBy(() -> sendMail("under-brudd@example.org", "Under bruddet"))
				.as("the outage refuses connections")
				.isInstanceOf(MessagingException.class);
		}
		finally {
			platform.startSmtp();
		}

		String after = "etter-brudd-" + UUID.randomUUID() + "@example.org";
		sendMail(after, "Etter bruddet");
		await().atMost(Duration.ofSeconds(10)).until(() -> messagesTo(after), (messages) -> messages.size() == 1);
		assertThat(messagesTo(before)).as("the mail caught before the outage").hasSize(1);
	}

	@Test
	void theMailViewerPageIsInBokmalAndShowsTheBodyWithMarkupEscaped() throws Exception {
		String recipient = "ola-" + UUID.randomUUID() + "@example.org";
		sendMail(recipient, "Påminnelse <b>i morgen</b>");
		String id = await().atMost(Duration.ofSeconds(10))
			.until(() -> messagesTo(recipient), (messages) -> messages.size() == 1)
			.get(0)
			.path("id")
			.asString();

		String index = get(platform.mailViewerUrl() + "/").body();
		assertThat(index).contains("<html lang=\"nb\">")
			.contains("<th scope=\"col\">Emne</th>")
			.contains("Påminnelse &lt;b&gt;i morgen&lt;/b&gt;")
			.contains("href=\"/messages/" + id + "\"");
		String message = get(platform.mailViewerUrl() + "/messages/" + id).body();
		assertThat(message).contains("<html lang=\"nb\">").contains("Velkommen til verkstedet").contains("program.ics");
		HttpResponse<String> html = get(platform.mailViewerUrl() + "/messages/" + id + "/html");
		assertThat(html.headers().firstValue("Content-Security-Policy")).hasValue("sandbox");
		assertThat(html.body()).contains("<p>Velkommen til verkstedet</p>");
	}

	@Test
	void aKafkaRecordAndAMongoDocumentSurviveARestartOnTheSameDataFolder(@TempDir Path dataDir) {
		PlatformSettings settings = infrastructureOnly(dataDir);
		String key = "workshop-" + UUID.randomUUID();
		try (LocalPlatform first = LocalPlatform.start(settings)) {
			produce(first.kafkaBootstrap(), key, "{\"type\":\"WorkshopScheduled\"}");
			try (MongoClient mongo = MongoClients.create(first.mongoUri())) {
				mongo.getDatabase("workshop")
					.getCollection("workshops")
					.insertOne(new Document("_id", key).append("title", "Verksted 1"));
			}
		}

		try (LocalPlatform second = LocalPlatform.start(settings)) {
			List<ConsumerRecord<String, String>> records = readFromBeginning(second.kafkaBootstrap(), key);
			assertThat(records).singleElement()
				.satisfies((record) -> assertThat(record.value()).isEqualTo("{\"type\":\"WorkshopScheduled\"}"));
			try (MongoClient mongo = MongoClients.create(second.mongoUri())) {
				Document workshop = mongo.getDatabase("workshop")
					.getCollection("workshops")
					.find(Filters.eq("_id", key))
					.first();
				assertThat(workshop).isNotNull();
				assertThat(workshop.getString("title")).isEqualTo("Verksted 1");
			}
		}
	}

	private static PlatformSettings infrastructureOnly(Path dataDir) {
		return PlatformSettings.defaults().withFreePorts().withDataDir(dataDir).withApplications(false);
	}

	private static void sendMail(String recipient, String subject) throws MessagingException, IOException {
		Properties properties = new Properties();
		properties.put("mail.smtp.host", PlatformSettings.HOST);
		properties.put("mail.smtp.port", String.valueOf(platform.settings().ports().smtp()));
		MimeMessage message = new MimeMessage(Session.getInstance(properties));
		message.setFrom(new InternetAddress("ikke-svar@example.org", "Fremtidens kulturskole", "UTF-8"));
		message.setRecipient(Message.RecipientType.TO, new InternetAddress(recipient));
		message.setSubject(subject, "UTF-8");
		MimeBodyPart text = new MimeBodyPart();
		text.setText("Velkommen til verkstedet", "UTF-8");
		MimeBodyPart html = new MimeBodyPart();
		html.setText("<p>Velkommen til verkstedet</p>", "UTF-8", "html");
		MimeMultipart alternative = new MimeMultipart("alternative", text, html);
		MimeBodyPart body = new MimeBodyPart();
		body.setContent(alternative);
		MimeBodyPart calendar = new MimeBodyPart();
		calendar.setDataHandler(
				new DataHandler(new ByteArrayDataSource("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n", "text/calendar")));
		calendar.setFileName("program.ics");
		message.setContent(new MimeMultipart(body, calendar));
		Transport.send(message);
	}

	private static List<JsonNode> messagesTo(String recipient) throws IOException, InterruptedException {
		HttpResponse<String> response = get(platform.mailViewerUrl() + "/api/messages?to=" + recipient);
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
		List<JsonNode> messages = new ArrayList<>();
		json.readTree(response.body()).forEach(messages::add);
		return messages;
	}

	private static HttpResponse<String> get(String url) throws IOException, InterruptedException {
		return http.send(HttpRequest.newBuilder(URI.create(url)).build(),
				HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	static void produce(String bootstrap, String key, String value) {
		try (KafkaProducer<String, String> producer = new KafkaProducer<>(
				Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap, ProducerConfig.ACKS_CONFIG, "all"),
				new StringSerializer(), new StringSerializer())) {
			producer.send(new ProducerRecord<>(Topics.WORKSHOP_EVENTS, key, value)).get();
		}
		catch (Exception ex) {
			throw new AssertionError("The record was not acknowledged", ex);
		}
	}

	static List<ConsumerRecord<String, String>> readFromBeginning(String bootstrap, String key) {
		List<ConsumerRecord<String, String>> matching = new ArrayList<>();
		try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map
			.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap, ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false),
				new StringDeserializer(), new StringDeserializer())) {
			List<TopicPartition> partitions = consumer.partitionsFor(Topics.WORKSHOP_EVENTS)
				.stream()
				.map((info) -> new TopicPartition(info.topic(), info.partition()))
				.toList();
			consumer.assign(partitions);
			consumer.seekToBeginning(partitions);
			await().atMost(Duration.ofSeconds(30)).until(() -> {
				consumer.poll(Duration.ofMillis(200)).forEach((record) -> {
					if (key.equals(record.key())) {
						matching.add(record);
					}
				});
				return !matching.isEmpty();
			});
		}
		return matching;
	}

}
