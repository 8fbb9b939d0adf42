package no.ks.kulturskole.infra.deploy;

import java.io.IOException;
import java.io.Reader;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.strimzi.api.kafka.model.kafka.Kafka;
import io.strimzi.api.kafka.model.nodepool.KafkaNodePool;
import io.strimzi.api.kafka.model.nodepool.ProcessRoles;
import io.strimzi.api.kafka.model.topic.KafkaTopic;
import io.strimzi.api.kafka.model.user.KafkaUser;
import io.strimzi.api.kafka.model.user.KafkaUserAuthorizationSimple;
import no.ks.kulturskole.contracts.TopicSpec;
import no.ks.kulturskole.contracts.Topics;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Kubernetes manifests ({@code deploy/k8s/base}) cannot be applied here (no cluster),
 * so every document is read into its typed model (fabric8's Kubernetes model, Strimzi's
 * API) and any field the model does not know fails the test, as would a typo; then what
 * issue 15 asks of them is checked, and the topics against the code's catalogue.
 */
class KubernetesManifestsTests {

	private static final Path ROOT = Path.of("..");

	private static final Path BASE = ROOT.resolve("deploy/k8s/base");

	static final List<String> APPLICATIONS = List.of("gateway", "workshop-service", "registration-service",
			"notification-service", "reporting-service");

	static final List<String> SERVICES = APPLICATIONS.subList(1, APPLICATIONS.size());

	private static final Map<String, Class<? extends HasMetadata>> MODELS = Map.of("Deployment", Deployment.class,
			"Service", Service.class, "PodDisruptionBudget", PodDisruptionBudget.class, "HorizontalPodAutoscaler",
			HorizontalPodAutoscaler.class, "NetworkPolicy", NetworkPolicy.class, "Ingress", Ingress.class, "Kafka",
			Kafka.class, "KafkaNodePool", KafkaNodePool.class, "KafkaTopic", KafkaTopic.class, "KafkaUser",
			KafkaUser.class);

	/**
	 * No typed model published for the MongoDB Community operator: checked by hand below.
	 */
	private static final Set<String> UNTYPED = Set.of("MongoDBCommunity");

	private static final ObjectMapper JSON = new ObjectMapper()
		.configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);

	@Test
	void everyManifestReadsIntoItsTypedModelWithNoFieldItDoesNotKnow() throws IOException {
		List<String> unknown = new ArrayList<>();
		for (Map<String, Object> document : documents()) {
			String kind = String.valueOf(document.get("kind"));
			if (UNTYPED.contains(kind)) {
				continue;
			}
			assertThat(MODELS).as("a model for " + kind).containsKey(kind);
			HasMetadata resource = JSON.convertValue(document, MODELS.get(kind));
			unknownFields(resource, kind + "/" + resource.getMetadata().getName(), unknown);
		}
		assertThat(unknown).isEmpty();
	}

	@Test
	void theKustomizationListsEveryManifestAndNoSecretIsCommitted() throws IOException {
		Map<String, Object> kustomization = load(BASE.resolve("kustomization.yaml")).get(0);
		try (Stream<Path> files = Files.list(BASE)) {
			assertThat(ComposeRules.list(kustomization.get("resources")).stream().map(String::valueOf))
				.containsExactlyInAnyOrderElementsOf(files.map((file) -> file.getFileName().toString())
					.filter((name) -> !name.equals("kustomization.yaml"))
					.toList());
		}
		assertThat(documents()).noneMatch((document) -> "Secret".equals(document.get("kind")));
		for (String overlay : List.of("local", "production")) {
			assertThat(ComposeRules
				.list(load(ROOT.resolve("deploy/k8s/overlays/" + overlay + "/kustomization.yaml")).get(0)
					.get("resources")))
				.containsExactly("../../base");
		}
	}

	@Test
	void everyApplicationRunsTwoNonRootReplicasOnAReadOnlyFilesystemWithProbesLimitsAndSpread() throws IOException {
		for (String application : APPLICATIONS) {
			Deployment deployment = one(Deployment.class, application);
			assertThat(deployment.getSpec().getReplicas()).as(application).isEqualTo(2);
			var pod = deployment.getSpec().getTemplate().getSpec();
			assertThat(pod.getSecurityContext().getRunAsNonRoot()).as(application).isTrue();
			assertThat(pod.getTopologySpreadConstraints()).as(application).isNotEmpty();
			Container container = pod.getContainers().get(0);
			assertThat(container.getSecurityContext().getReadOnlyRootFilesystem()).as(application).isTrue();
			assertThat(container.getSecurityContext().getAllowPrivilegeEscalation()).as(application).isFalse();
			assertThat(container.getLivenessProbe().getHttpGet().getPath()).isEqualTo("/actuator/health/liveness");
			assertThat(container.getReadinessProbe().getHttpGet().getPath()).isEqualTo("/actuator/health/readiness");
			assertThat(container.getResources().getRequests()).as(application).containsKeys("cpu", "memory");
			assertThat(container.getResources().getLimits()).as(application).containsKey("memory");
			assertThat(container.getCommand()).as(application).isNullOrEmpty();
			assertThat(container.getArgs()).as(application).isNullOrEmpty();
			// secrets come as files (configtree), never as environment values
			assertThat(container.getEnv()).as(application)
				.noneMatch((variable) -> variable.getName().matches(".*(PASSWORD|SECRET|TOKEN|_KEY|JAAS).*"));
			assertThat(container.getVolumeMounts()).as(application)
				.anyMatch((mount) -> mount.getMountPath().equals("/run/secrets") && mount.getReadOnly());

			assertThat(one(Service.class, application).getSpec().getType()).as(application)
				.isNotIn("LoadBalancer", "NodePort");
			assertThat(one(PodDisruptionBudget.class, application).getSpec().getMinAvailable().getIntVal())
				.isEqualTo(1);
			assertThat(one(HorizontalPodAutoscaler.class, application).getSpec().getMinReplicas()).isEqualTo(2);
		}
	}

	@Test
	void onlyTheGatewayIsReachableFromOutsideOverTlsAndTheServicesOnlyFromTheGateway() throws IOException {
		List<Ingress> ingresses = all(Ingress.class);
		assertThat(ingresses).singleElement().satisfies((ingress) -> {
			assertThat(ingress.getSpec().getTls()).isNotEmpty();
			assertThat(ingress.getSpec().getRules()).flatExtracting((rule) -> rule.getHttp().getPaths())
				.allSatisfy((path) -> assertThat(path.getBackend().getService().getName()).isEqualTo("gateway"));
		});
		Map<String, NetworkPolicy> policies = new LinkedHashMap<>();
		all(NetworkPolicy.class).forEach((policy) -> policies.put(policy.getMetadata().getName(), policy));
		assertThat(policies.get("default-deny-ingress").getSpec().getPodSelector().getMatchLabels()).isNullOrEmpty();
		assertThat(policies.get("default-deny-ingress").getSpec().getIngress()).isNullOrEmpty();
		NetworkPolicy services = policies.get("services-from-gateway");
		assertThat(services.getSpec().getPodSelector().getMatchExpressions().get(0).getValues())
			.containsExactlyInAnyOrderElementsOf(SERVICES);
		assertThat(services.getSpec().getIngress()).singleElement()
			.satisfies((rule) -> assertThat(rule.getFrom()).singleElement()
				.satisfies((peer) -> assertThat(peer.getPodSelector().getMatchLabels())
					.containsExactly(Map.entry("app.kubernetes.io/name", "gateway"))));
	}

	@Test
	void theTopicsAreTheCodesCatalogueReplicatedThreeTimesWithTwoInSync() throws IOException {
		Map<String, KafkaTopic> topics = new LinkedHashMap<>();
		all(KafkaTopic.class).forEach((topic) -> topics.put(topic.getSpec().getTopicName(), topic));
		List<TopicSpec> expected = new ArrayList<>(Topics.DOMAIN);
		consumerGroups().forEach((consumer) -> expected
			.add(Topics.deadLetter(consumer.getKey(), consumer.getValue(), Topics.DEAD_LETTER_RETENTION)));

		assertThat(topics.keySet())
			.containsExactlyInAnyOrderElementsOf(expected.stream().map(TopicSpec::name).toList());
		for (TopicSpec spec : expected) {
			KafkaTopic topic = topics.get(spec.name());
			assertThat(topic.getSpec().getPartitions()).as(spec.name()).isEqualTo(spec.partitions());
			assertThat(topic.getSpec().getReplicas()).as(spec.name()).isEqualTo(3);
			spec.configs(2)
				.forEach((key, value) -> assertThat(String.valueOf(topic.getSpec().getConfig().get(key)))
					.as(spec.name() + " " + key)
					.isEqualTo(value));
		}
	}

	@Test
	void kafkaIsThreeKraftNodesAndEachServiceMayWriteOnlyTheTopicItOwns() throws IOException {
		KafkaNodePool pool = all(KafkaNodePool.class).get(0);
		assertThat(pool.getSpec().getReplicas()).isEqualTo(3);
		assertThat(pool.getSpec().getRoles()).containsExactlyInAnyOrder(ProcessRoles.CONTROLLER, ProcessRoles.BROKER);
		Kafka kafka = all(Kafka.class).get(0);
		assertThat(kafka.getSpec().getKafka().getConfig()).containsEntry("min.insync.replicas", 2)
			.containsEntry("default.replication.factor", 3)
			.containsEntry("auto.create.topics.enable", false);

		for (String service : SERVICES) {
			KafkaUser user = one(KafkaUser.class, service);
			List<String> written = ((KafkaUserAuthorizationSimple) user.getSpec().getAuthorization()).getAcls()
				.stream()
				.filter((acl) -> acl.getOperations().stream().anyMatch((operation) -> operation.name().equals("WRITE")))
				.map((acl) -> String.valueOf(JSON.convertValue(acl.getResource(), Map.class).get("name")))
				.filter((topic) -> !topic.startsWith("error."))
				.toList();
			assertThat(written).as(service)
				.containsExactlyElementsOf(Topics.DOMAIN.stream()
					.filter((spec) -> spec.writer().equals(service))
					.map(TopicSpec::name)
					.toList());
		}
	}

	@Test
	void mongodbIsAReplicaSetOfThreeWithAUserPerServiceWhoseConnectionStringTheServiceMounts() throws IOException {
		Map<String, Object> mongo = documents().stream()
			.filter((document) -> "MongoDBCommunity".equals(document.get("kind")))
			.findFirst()
			.orElseThrow();
		Map<String, Object> spec = ComposeRules.map(mongo.get("spec"));
		assertThat(spec).containsEntry("members", 3).containsEntry("type", "ReplicaSet");
		List<?> users = ComposeRules.list(spec.get("users"));
		assertThat(users).hasSize(SERVICES.size());
		for (Object entry : users) {
			Map<String, Object> user = ComposeRules.map(entry);
			String database = String.valueOf(user.get("name"));
			assertThat(ComposeRules.map(user.get("passwordSecretRef"))).containsKey("name");
			assertThat(ComposeRules.list(user.get("roles")))
				.containsExactly(Map.of("name", "readWrite", "db", database));
			String secret = String.valueOf(user.get("connectionStringSecretName"));
			Deployment deployment = one(Deployment.class, database + "-service");
			assertThat(deployment.getSpec().getTemplate().getSpec().getVolumes())
				.filteredOn((volume) -> volume.getProjected() != null)
				.flatExtracting((volume) -> volume.getProjected().getSources())
				.anySatisfy((source) -> {
					assertThat(source.getSecret().getName()).isEqualTo(secret);
					assertThat(source.getSecret().getItems()).singleElement()
						.satisfies((item) -> assertThat(item.getPath()).isEqualTo("MONGODB_URI"));
				});
		}
	}

	@Test
	void theGatewayMountsTheTokenKeyAndEveryServiceItsPublicHalfAsTheFilesTheirPropertiesRead() throws IOException {
		for (String application : APPLICATIONS) {
			boolean gateway = application.equals("gateway");
			String key = gateway ? "private-key" : "public-key";
			String property = gateway ? "platform.gateway.tokens.private-key" : "platform.security.tokens.public-key";
			assertThat(one(Deployment.class, application).getSpec().getTemplate().getSpec().getVolumes())
				.as(application)
				.filteredOn((volume) -> volume.getProjected() != null)
				.flatExtracting((volume) -> volume.getProjected().getSources())
				.anySatisfy((source) -> {
					assertThat(source.getSecret().getName()).isEqualTo("kulturskole-token-key");
					assertThat(source.getSecret().getItems()).singleElement().satisfies((item) -> {
						assertThat(item.getKey()).isEqualTo(key);
						assertThat(item.getPath()).isEqualTo(property);
					});
				});
		}
	}

	/** (topic, group) of every consumer binding of every service's application.yml. */
	private static List<Map.Entry<String, String>> consumerGroups() throws IOException {
		List<Map.Entry<String, String>> groups = new ArrayList<>();
		for (String service : SERVICES) {
			Map<String, Object> configuration = load(ROOT.resolve(service + "/src/main/resources/application.yml"))
				.get(0);
			Map<String, Object> stream = ComposeRules
				.map(ComposeRules.map(ComposeRules.map(configuration.get("spring")).get("cloud")).get("stream"));
			for (Object binding : ComposeRules.map(stream.get("bindings")).values()) {
				Map<String, Object> properties = ComposeRules.map(binding);
				if (properties.get("group") != null) {
					// a binding may read several topics, comma-separated (as the binder
					// does)
					for (String destination : String.valueOf(properties.get("destination")).split(",")) {
						groups.add(Map.entry(destination.strip(), String.valueOf(properties.get("group"))));
					}
				}
			}
		}
		return groups;
	}

	private static <T extends HasMetadata> List<T> all(Class<T> type) throws IOException {
		String kind = MODELS.entrySet()
			.stream()
			.filter((entry) -> entry.getValue().equals(type))
			.map(Map.Entry::getKey)
			.findFirst()
			.orElseThrow();
		return documents().stream()
			.filter((document) -> kind.equals(document.get("kind")))
			.map((document) -> JSON.convertValue(document, type))
			.toList();
	}

	private static <T extends HasMetadata> T one(Class<T> type, String name) throws IOException {
		return all(type).stream()
			.filter((resource) -> name.equals(resource.getMetadata().getName()))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no " + type.getSimpleName() + " named " + name));
	}

	private static List<Map<String, Object>> documents() throws IOException {
		List<Map<String, Object>> documents = new ArrayList<>();
		try (Stream<Path> files = Files.list(BASE)) {
			for (Path file : files.filter((path) -> !path.endsWith("kustomization.yaml")).sorted().toList()) {
				documents.addAll(load(file));
			}
		}
		return documents;
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> load(Path file) throws IOException {
		List<Map<String, Object>> documents = new ArrayList<>();
		try (Reader reader = Files.newBufferedReader(file)) {
			for (Object document : new Yaml().loadAll(reader)) {
				if (document != null) {
					documents.add((Map<String, Object>) document);
				}
			}
		}
		return documents;
	}

	/**
	 * Fields the model did not know end up in its additional properties (fabric8 and
	 * Strimzi keep them rather than fail): a typo such as {@code readinesProbe} is found
	 * here.
	 */
	private static void unknownFields(Object value, String path, List<String> unknown) {
		if (value == null || value instanceof String || value instanceof Number || value instanceof Boolean
				|| value instanceof Enum<?>) {
			return;
		}
		if (value instanceof Collection<?> collection) {
			collection.forEach((element) -> unknownFields(element, path + "[]", unknown));
			return;
		}
		if (value instanceof Map<?, ?>) {
			return; // free-form maps (labels, configs) hold what they like
		}
		String packageName = value.getClass().getPackageName();
		if (!packageName.startsWith("io.fabric8") && !packageName.startsWith("io.strimzi")) {
			return;
		}
		for (Method getter : value.getClass().getMethods()) {
			if (getter.getParameterCount() != 0 || Modifier.isStatic(getter.getModifiers())
					|| !getter.getName().startsWith("get") || getter.getName().equals("getClass")) {
				continue;
			}
			Object property;
			try {
				property = getter.invoke(value);
			}
			catch (IllegalAccessException | InvocationTargetException | RuntimeException ex) {
				continue;
			}
			if (getter.getName().equals("getAdditionalProperties")) {
				if (property instanceof Map<?, ?> additional && !additional.isEmpty()) {
					unknown.add(path + ": " + additional.keySet());
				}
				continue;
			}
			unknownFields(property, path + "." + getter.getName().substring(3), unknown);
		}
	}

}
