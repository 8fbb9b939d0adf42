package no.ks.kulturskole.testsupport.archfixture.orders.application;

import no.ks.kulturskole.testsupport.archfixture.billing.application.Invoices;
import no.ks.kulturskole.testsupport.archfixture.billing.web.InvoiceController;

/** Breaks the rules: reaches into another feature's web layer. */
public class PlaceOrder {

	Invoices invoices;

	InvoiceController controller;

}
