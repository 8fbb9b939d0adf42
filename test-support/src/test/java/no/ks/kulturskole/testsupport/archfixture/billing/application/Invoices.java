package no.ks.kulturskole.testsupport.archfixture.billing.application;

/** Another feature's use case: what other features may use. */
public class Invoices {

}
