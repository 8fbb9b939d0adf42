/**
 * The inbox in MongoDB: filter and update fragments that make the dedup and the sequence
 * guard part of the same single-document update as the state change, so no transaction is
 * needed (the local MongoDB-compatible server has none).
 */
package no.ks.kulturskole.support.inbox.mongo;
