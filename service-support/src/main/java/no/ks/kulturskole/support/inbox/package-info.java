/**
 * The one way a consumer makes a redelivered, republished or late event harmless (issue
 * 18): an event is applied to a document (or an aggregate) at most once, remembered by
 * its id in a bounded {@link no.ks.kulturskole.support.inbox.AppliedEvents}, and state
 * that an event overwrites moves only forwards, by the producer's per-aggregate sequence
 * ({@link no.ks.kulturskole.support.inbox.EventOrder}). A side effect that cannot be
 * undone (an e-mail) is made once per {@link no.ks.kulturskole.support.inbox.EffectKey}.
 * <p>
 * Plain Java, so that a service's model may hold it; the MongoDB filter and update
 * fragments that say the same in one single-document update are in
 * {@link no.ks.kulturskole.support.inbox.mongo}.
 */
package no.ks.kulturskole.support.inbox;
