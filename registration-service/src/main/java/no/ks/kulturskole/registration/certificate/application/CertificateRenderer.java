package no.ks.kulturskole.registration.certificate.application;

import no.ks.kulturskole.registration.certificate.model.Certificate;

/** Turns a confirmation into the PDF the participant downloads. */
public interface CertificateRenderer {

	byte[] pdf(Certificate certificate);

}
