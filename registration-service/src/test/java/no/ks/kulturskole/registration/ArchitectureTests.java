package no.ks.kulturskole.registration;

import no.ks.kulturskole.testsupport.ServiceArchitectureTests;

/**
 * The shared rules ({@link ServiceArchitectureTests}). The model builds the events of its
 * own changes, so that they go into the outbox in the same update, and so it may use
 * registration's own contracts (and the personal-data envelope they carry).
 */
class ArchitectureTests extends ServiceArchitectureTests {

	@Override
	protected String rootPackage() {
		return "no.ks.kulturskole.registration";
	}

	@Override
	protected String[] contractsTheModelMayUse() {
		return new String[] { "no.ks.kulturskole.contracts", "no.ks.kulturskole.contracts.registration..",
				"no.ks.kulturskole.contracts.privacy.." };
	}

}
