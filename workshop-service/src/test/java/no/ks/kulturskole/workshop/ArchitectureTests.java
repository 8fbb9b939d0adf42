package no.ks.kulturskole.workshop;

import no.ks.kulturskole.testsupport.ServiceArchitectureTests;

/**
 * The shared rules ({@link ServiceArchitectureTests}); the model uses no event contracts.
 */
class ArchitectureTests extends ServiceArchitectureTests {

	@Override
	protected String rootPackage() {
		return "no.ks.kulturskole.workshop";
	}

}
