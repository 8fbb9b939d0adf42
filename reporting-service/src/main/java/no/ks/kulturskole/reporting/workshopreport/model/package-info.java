/**
 * The workshop report as staff read it: plain records, free of Spring, Mongo and the
 * event contracts, so that the shape of the read model is decided here and nowhere else.
 */
package no.ks.kulturskole.reporting.workshopreport.model;
