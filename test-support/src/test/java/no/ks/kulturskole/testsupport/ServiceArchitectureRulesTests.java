package no.ks.kulturskole.testsupport;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNoException;

/**
 * The shared architecture rules catch what they name, on a small fixture that breaks some
 * of them ({@code archfixture}: an orders feature that reaches into billing's web layer,
 * a model that knows its application layer and Spring, and a consumer that parses records
 * itself).
 */
class ServiceArchitectureRulesTests {

	private final ServiceArchitectureTests fixture = new ServiceArchitectureTests() {

		@Override
		protected String rootPackage() {
			return "no.ks.kulturskole.testsupport.archfixture";
		}

		@Override
		protected JavaClasses serviceClasses() {
			return new ClassFileImporter().importPackages(rootPackage());
		}

	};

	@Test
	void aFeatureThatUsesAnotherFeaturesAdapterIsRefused() {
		assertThatExceptionOfType(AssertionError.class)
			.isThrownBy(this.fixture::featuresMeetOnlyThroughEachOthersApplicationAndModel)
			.withMessageContaining("PlaceOrder")
			.withMessageContaining("InvoiceController")
			.withMessageNotContaining("Invoices>");
	}

	@Test
	void aModelThatKnowsItsApplicationLayerIsRefused() {
		assertThatExceptionOfType(AssertionError.class)
			.isThrownBy(this.fixture::theModelKnowsNothingOfTheLayersAroundIt)
			.withMessageContaining("Order");
	}

	@Test
	void aModelThatKnowsSpringIsRefused() {
		assertThatExceptionOfType(AssertionError.class).isThrownBy(this.fixture::theModelIsPlainJava)
			.withMessageContaining("org.springframework.stereotype.Component");
	}

	@Test
	void aConsumerThatReadsRecordsItselfIsRefused() {
		assertThatExceptionOfType(AssertionError.class).isThrownBy(this.fixture::everyConsumerReadsThroughInboundEvents)
			.withMessageContaining("OrderEventsConsumer.orderEvents")
			.withMessageContaining("InboundEvents");
	}

	@Test
	void classesInTheirFeaturesLayersPass() {
		assertThatNoException().isThrownBy(this.fixture::everyClassLivesInALayerOfAFeature);
	}

}
