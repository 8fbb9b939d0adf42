package no.ks.kulturskole.registration.delegation.application;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import no.ks.kulturskole.registration.delegation.application.WorkshopDecision.Decided;
import no.ks.kulturskole.registration.delegation.application.WorkshopRegistrationsStore.Loaded;
import no.ks.kulturskole.registration.delegation.application.WorkshopRegistrationsStore.StagedEvents;
import no.ks.kulturskole.registration.delegation.model.Change;
import no.ks.kulturskole.registration.delegation.model.Delegation;
import no.ks.kulturskole.registration.delegation.model.WorkshopRegistrations;
import no.ks.kulturskole.support.problem.ConflictingState;
import no.ks.kulturskole.support.problem.LostRace;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * The one way a workshop's registrations are changed: a single writer per workshop in
 * this instance, with group commit.
 * <p>
 * Requests for one workshop queue in its {@link WriteLane} in the order they are accepted
 * (each stamped with the time of acceptance under the queue's lock, so the stamps never
 * go backwards along the queue). One virtual thread per busy workshop takes everything
 * queued, reads the document <em>once</em>, decides the requests in order against the
 * state each earlier one left, and stores all of it with <em>one</em> update of the
 * workshop's document conditioned on the version it read: the delegations' changes (the
 * journal, then written to their own documents) and every event (the outbox) together. A
 * rush of n coordinators therefore costs a handful of writes instead of the n² rereads of
 * optimistic retries, and seats go in the order requests were accepted. The lane keeps
 * the state it stored, so the next batch needs no read at all unless another instance
 * wrote in between.
 * <p>
 * Several instances stay correct through the version condition: when another instance
 * wrote first, the whole batch is decided again on a fresh read (decisions have no side
 * effects). A refused request (a broken rule) fails alone; the rest of its batch goes on.
 * The workshop's document never passes {@link #BUDGET_BYTES} (with the one batch's
 * journal of delegation changes it holds at a time): a decision that would grow it beyond
 * is refused, unless it comes from a workshop event, which must always apply (and never
 * adds much).
 */
@Component
public class WorkshopWriter {

	private static final Logger log = LoggerFactory.getLogger(WorkshopWriter.class);

	/**
	 * Far under MongoDB's 16 MiB document limit, leaving room for what workshop events
	 * add and for the outbox entries of one last batch.
	 */
	public static final long BUDGET_BYTES = 12L * 1024 * 1024;

	/**
	 * Each lost round means another instance stored its batch; this many in a row would
	 * mean something is wrong rather than busy.
	 */
	static final int MAX_ROUNDS = 200;

	private final WorkshopRegistrationsStore store;

	private final Clock clock;

	private final Map<String, WriteLane> lanes = new ConcurrentHashMap<>();

	private final Counter conflicts;

	private final DistributionSummary batchSizes;

	public WorkshopWriter(WorkshopRegistrationsStore store, Clock clock, MeterRegistry meters) {
		this.store = store;
		this.clock = clock;
		this.conflicts = Counter.builder("registration.write.conflicts")
			.description("Batches of writes to a workshop's registrations that another instance beat to the "
					+ "document, and that were decided again")
			.register(meters);
		this.batchSizes = DistributionSummary.builder("registration.write.batch.size")
			.description("Changes to one workshop stored with one document update")
			.register(meters);
	}

	/**
	 * Decides and stores a change from a person (registration, edit, staff action):
	 * refused with 409 when it would grow the document beyond its budget.
	 * @param ifAbsent what to throw when the workshop is not known
	 */
	public <T> T write(String workshopId, Supplier<? extends RuntimeException> ifAbsent, WorkshopDecision<T> decision) {
		return submit(workshopId, ifAbsent, decision, true);
	}

	/**
	 * Decides and stores the consequence of a workshop event: never refused for size,
	 * since the replica must follow the workshop.
	 */
	public <T> T apply(String workshopId, Supplier<? extends RuntimeException> ifAbsent, WorkshopDecision<T> decision) {
		return submit(workshopId, ifAbsent, decision, false);
	}

	private <T> T submit(String workshopId, Supplier<? extends RuntimeException> ifAbsent, WorkshopDecision<T> decision,
			boolean budgeted) {
		WriteLane lane = this.lanes.computeIfAbsent(workshopId, (id) -> new WriteLane(id, this.store, this::commit));
		PendingWrite<T> pending = lane.enqueue(decision, ifAbsent, budgeted, this.clock);
		return pending.await();
	}

	/**
	 * The group commit of one batch, on the lane's writer thread: decide each request in
	 * order, store everything with one conditional update, and decide again on a fresh
	 * read when another instance wrote first.
	 */
	private void commit(WriteLane lane, List<PendingWrite<?>> batch) {
		for (int round = 1; round <= MAX_ROUNDS; round++) {
			Optional<Loaded> loaded = lane.current();
			if (loaded.isEmpty()) {
				batch.forEach(pending -> pending.fail(pending.ifAbsent.get()));
				return;
			}
			WorkshopRegistrations before = loaded.get().registrations();
			WorkshopRegistrations current = before;
			Instant storedBefore = lastRegistered(before);
			long bytes = loaded.get().bytes();
			long journal = 0;
			List<StagedEvents> events = new ArrayList<>();
			List<Runnable> answers = new ArrayList<>(batch.size());
			for (PendingWrite<?> pending : batch) {
				try {
					Decision<?> decided = decide(pending, current, storedBefore);
					Change change = decided.decided().change();
					if (change != null && (change.after() != current || !change.events().isEmpty())) {
						StagedEvents staged = this.store.stage(pending.origin, change.events());
						long growth = this.store.growth(current, change.after()) + staged.bytes();
						long journalGrowth = this.store.journalBytes(current, change.after());
						if (pending.budgeted && bytes + growth + journal + journalGrowth > BUDGET_BYTES) {
							throw full();
						}
						bytes += growth;
						journal += journalGrowth;
						current = change.after();
						events.add(staged);
					}
					answers.add(decided::answer);
				}
				catch (RuntimeException refused) {
					answers.add(() -> pending.fail(refused));
				}
			}
			if (current != before) {
				if (!this.store.commit(loaded.get(), current, events)) {
					lane.forget();
					this.conflicts.increment();
					continue;
				}
				lane.remember(new Loaded(current.storedAs(before.version() + 1), bytes));
			}
			this.batchSizes.record(batch.size());
			answers.forEach(Runnable::run);
			return;
		}
		log.warn("Workshop {}: gave up a batch of {} after {} rounds lost to other writers", lane.workshopId,
				batch.size(), MAX_ROUNDS);
		batch.forEach(pending -> pending.fail(new LostRace("workshopId", "registration-busy",
				"Det skjer mye med dette verkstedet akkurat nå. Prøv igjen om litt.")));
	}

	/**
	 * A request is accepted when its batch is stored, and never before a registration the
	 * document already holds: another instance may store a batch accepted after one
	 * waiting here (its writer was quicker), and the delegations this batch adds come
	 * after it in the document, so their registration time does too. Registration times
	 * then follow the order of seats and waiting places in every document, whichever
	 * instance (and clock) accepted each.
	 */
	private static <T> Decision<T> decide(PendingWrite<T> pending, WorkshopRegistrations current,
			Instant storedBefore) {
		Instant acceptedAt = pending.acceptedAt.isBefore(storedBefore) ? storedBefore : pending.acceptedAt;
		return new Decision<>(pending, pending.decision.decide(current, acceptedAt));
	}

	private static Instant lastRegistered(WorkshopRegistrations registrations) {
		return registrations.delegations()
			.stream()
			.map(Delegation::registeredAt)
			.max(Instant::compareTo)
			.orElse(Instant.MIN);
	}

	static ConflictingState full() {
		return new ConflictingState("workshopId", "registrations-full",
				"Verkstedet kan ikke ta imot flere påmeldinger eller endringer. Ta kontakt med arrangøren.");
	}

	/** A decision with the request it answers, typed together. */
	private record Decision<T>(PendingWrite<T> pending, Decided<T> decided) {

		void answer() {
			this.pending.complete(this.decided.answer());
		}

	}

}
