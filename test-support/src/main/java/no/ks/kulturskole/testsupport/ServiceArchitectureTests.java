package no.ks.kulturskole.testsupport;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The one set of architecture rules every service runs (a service's
 * {@code ArchitectureTests} extends this and adds its own): packages by feature, each
 * feature in the layers {@code model}, {@code application}, {@code infrastructure} and
 * {@code web} that depend inwards; a model of plain Java; and features that meet only
 * through each other's {@code application} and {@code model}, never through another
 * feature's adapters. That last rule is Spring Modulith's idea of a module's API, written
 * in ArchUnit because our layers are sub-packages, which Modulith would take for a
 * module's internals.
 */
public abstract class ServiceArchitectureTests {

	private static final Map<String, JavaClasses> IMPORTED = new ConcurrentHashMap<>();

	/** Plain exceptions a rule throws: bad input, a conflict, something not found. */
	private static final String DOMAIN_ERRORS = "no.ks.kulturskole.support.problem";

	/**
	 * The inbox in memory (applied event ids, the sequence guard): plain Java, so an
	 * aggregate can remember the events applied to it; its MongoDB fragments live in a
	 * sub-package the model may not use.
	 */
	private static final String INBOX = "no.ks.kulturskole.support.inbox";

	/** The one way services read events (service-support, not a dependency here). */
	private static final String INBOUND_EVENTS = "no.ks.kulturskole.support.messaging.InboundEvents";

	private static final Set<String> LAYERS = Set.of("model", "application", "infrastructure", "web");

	/** The service's root package, e.g. {@code no.ks.kulturskole.registration}. */
	protected abstract String rootPackage();

	/**
	 * The event contracts a model may use: only the service's own, for a model that
	 * builds the events of its changes (so the outbox entry is written with the change);
	 * none by default. Another service's contracts are read in {@code application}.
	 */
	protected String[] contractsTheModelMayUse() {
		return new String[0];
	}

	protected JavaClasses serviceClasses() {
		return IMPORTED.computeIfAbsent(rootPackage(),
				(root) -> new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
					.importPackages(root));
	}

	@Test
	void theModelIsPlainJava() {
		noClasses().that()
			.resideInAPackage("..model..")
			.should()
			.dependOnClassesThat(resideInAnyPackage("org.springframework..", "com.mongodb..", "org.bson..",
					"tools.jackson..", "com.fasterxml.jackson..", "jakarta..", "org.apache.kafka..", "io.micrometer..",
					"org.thymeleaf..", "io.swagger..", "no.ks.kulturskole.support..")
				.and(not(resideInAPackage(DOMAIN_ERRORS)))
				.and(not(resideInAPackage(INBOX))))
			.because("the model is plain Java that any adapter and any test can use; it may throw the shared "
					+ "domain errors (plain exceptions that the web layer answers as problem+json) and remember "
					+ "the events applied to it (the inbox)")
			.check(serviceClasses());
	}

	@Test
	void theModelUsesNoOtherServicesEventContracts() {
		noClasses().that()
			.resideInAPackage("..model..")
			.should()
			.dependOnClassesThat(resideInAPackage("no.ks.kulturskole.contracts..")
				.and(not(resideInAnyPackage(contractsTheModelMayUse()))))
			.because("events are read in the application layer and turned into the model's own terms there")
			.check(serviceClasses());
	}

	@Test
	void theModelKnowsNothingOfTheLayersAroundIt() {
		noClasses().that()
			.resideInAPackage("..model..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("..application..", "..infrastructure..", "..web..")
			.check(serviceClasses());
	}

	@Test
	void layersDependInwards() {
		layeredArchitecture().consideringOnlyDependenciesInLayers()
			.layer("web")
			.definedBy("..web..")
			.layer("infrastructure")
			.definedBy("..infrastructure..")
			.layer("application")
			.definedBy("..application..")
			.layer("model")
			.definedBy("..model..")
			.whereLayer("web")
			.mayNotBeAccessedByAnyLayer()
			.whereLayer("infrastructure")
			.mayNotBeAccessedByAnyLayer()
			.whereLayer("application")
			.mayOnlyBeAccessedByLayers("web", "infrastructure")
			.whereLayer("model")
			.mayOnlyBeAccessedByLayers("application", "web", "infrastructure")
			.check(serviceClasses());
	}

	@Test
	void theWebLayerReachesNoDatabase() {
		noClasses().that()
			.resideInAPackage("..web..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.springframework.data..", "com.mongodb..", "org.bson..")
			.because("controllers go through the application layer")
			.check(serviceClasses());
	}

	@Test
	void everyClassLivesInALayerOfAFeature() {
		String root = rootPackage();
		classes().that()
			.resideOutsideOfPackage(root)
			.should()
			.resideInAnyPackage(root + ".*.model..", root + ".*.application..", root + ".*.infrastructure..",
					root + ".*.web..")
			.because("only the application class sits at the root; everything else belongs to a feature")
			.check(serviceClasses());
	}

	/**
	 * Every binding's consumer reads through {@code InboundEvents} (unknown types
	 * skipped, personal data opened, correlation id and metrics), then dispatches with
	 * one exhaustive {@code switch} and applies through the inbox (issue 18).
	 */
	@Test
	void everyConsumerReadsThroughInboundEvents() {
		methods().that()
			.areAnnotatedWith("org.springframework.context.annotation.Bean")
			.and()
			.haveRawReturnType(Consumer.class)
			.should(takeInboundEvents())
			.allowEmptyShould(true)
			.because("one way to read, dispatch and deduplicate events")
			.check(serviceClasses());
	}

	private static ArchCondition<JavaMethod> takeInboundEvents() {
		return new ArchCondition<>("take " + INBOUND_EVENTS) {
			@Override
			public void check(JavaMethod method, ConditionEvents events) {
				boolean takes = method.getRawParameterTypes()
					.stream()
					.anyMatch((type) -> type.getName().equals(INBOUND_EVENTS));
				if (!takes) {
					events.add(SimpleConditionEvent.violated(method,
							method.getFullName() + " consumes without " + INBOUND_EVENTS));
				}
			}
		};
	}

	@Test
	void featuresAreFreeOfCycles() {
		slices().matching(rootPackage() + ".(*)..").should().beFreeOfCycles().check(serviceClasses());
	}

	@Test
	void theLayersOfAFeatureAreFreeOfCycles() {
		slices().matching(rootPackage() + ".*.(*)..").should().beFreeOfCycles().check(serviceClasses());
	}

	@Test
	void featuresMeetOnlyThroughEachOthersApplicationAndModel() {
		classes().that()
			.resideInAPackage(rootPackage() + "..")
			.should(reachOtherFeaturesOnlyThroughApplicationAndModel(rootPackage()))
			.check(serviceClasses());
	}

	private static ArchCondition<JavaClass> reachOtherFeaturesOnlyThroughApplicationAndModel(String root) {
		return new ArchCondition<>("reach another feature only through its application or model package") {
			@Override
			public void check(JavaClass item, ConditionEvents events) {
				String own = featureOf(root, item.getPackageName());
				for (Dependency dependency : item.getDirectDependenciesFromSelf()) {
					String target = dependency.getTargetClass().getPackageName();
					String feature = featureOf(root, target);
					if (own != null && feature != null && !feature.equals(own)
							&& !isApi(root + "." + feature, target)) {
						events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
					}
				}
			}
		};
	}

	/** The feature a package belongs to: the segment below the root, if any. */
	private static String featureOf(String root, String packageName) {
		if (!packageName.startsWith(root + ".")) {
			return null;
		}
		String rest = packageName.substring(root.length() + 1);
		int dot = rest.indexOf('.');
		return (dot < 0) ? rest : rest.substring(0, dot);
	}

	private static boolean isApi(String feature, String packageName) {
		return packageName.startsWith(feature + ".application") || packageName.startsWith(feature + ".model")
				|| !LAYERS.contains(layerOf(feature, packageName));
	}

	private static String layerOf(String feature, String packageName) {
		String rest = packageName.equals(feature) ? "" : packageName.substring(feature.length() + 1);
		int dot = rest.indexOf('.');
		return (dot < 0) ? rest : rest.substring(0, dot);
	}

}
