package no.ks.kulturskole.testsupport.archfixture.billing.web;

/** Another feature's adapter, which no other feature may use. */
public class InvoiceController {

}
