package no.ks.kulturskole.reporting.workshopreport.application;

/**
 * One event as it reached this service: its id and where it sat on the bus. Stores apply
 * a delivery at most once, by two guards that catch the two kinds of repetition:
 * <ul>
 * <li>the same record read again (a consumer restarted behind its committed offset, or a
 * replay over an existing read model): the record's offset is not above the last one the
 * document applied from that partition;</li>
 * <li>the same event published again as a new record (the outbox relay crashed between
 * the broker's acknowledgement and removing the entry): its id is among those the
 * document applied.</li>
 * </ul>
 */
public record Delivery(String eventId, SourcePosition position) {

}
