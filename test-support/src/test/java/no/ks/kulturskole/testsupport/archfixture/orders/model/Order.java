package no.ks.kulturskole.testsupport.archfixture.orders.model;

import no.ks.kulturskole.testsupport.archfixture.orders.application.PlaceOrder;

/** Breaks the rules: a model that knows the layer around it, and Spring. */
public class Order {

	PlaceOrder placeOrder;

	org.springframework.stereotype.Component component;

}
