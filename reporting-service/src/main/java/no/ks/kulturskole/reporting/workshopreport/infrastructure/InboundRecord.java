package no.ks.kulturskole.reporting.workshopreport.infrastructure;

import java.util.Map;

import no.ks.kulturskole.reporting.workshopreport.application.SourcePosition;

/**
 * One record of a consumed batch, as it came.
 *
 * @param headers the record's own headers, values as sent
 */
public record InboundRecord(SourcePosition position, byte[] key, byte[] value, Map<String, byte[]> headers) {

}
