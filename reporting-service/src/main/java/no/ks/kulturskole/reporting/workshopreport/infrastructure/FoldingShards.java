package no.ks.kulturskole.reporting.workshopreport.infrastructure;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.BiConsumer;

import no.ks.kulturskole.reporting.workshopreport.application.MunicipalityDirectory;
import no.ks.kulturskole.reporting.workshopreport.application.SourcePosition;
import no.ks.kulturskole.reporting.workshopreport.application.SourcedEvent;
import no.ks.kulturskole.reporting.workshopreport.application.WorkshopReportProjection;
import no.ks.kulturskole.reporting.workshopreport.model.WorkshopReportDraft;
import org.bson.RawBsonDocument;

/**
 * The {@link Replayer}'s folding of workshop reports in memory, spread over shards: shard
 * = hash of the workshop id, one thread and one {@link FoldedReports} per shard. A report
 * is folded by one thread only, with its events in the order they are handed over,
 * exactly as a single thread would; reports never share state, so the shards need no
 * locks.
 * <p>
 * Reports are written in bulk: those folded so far when the replay has read a round of
 * partitions to their end ({@link #writeFoldedSoFar}), by a writer thread while the
 * shards fold the next round, and the rest at the end ({@link #writeAll}), the shards at
 * once. An event of a report already handed to the writer (its workshop's events were not
 * all in one round's partitions) is applied to the stored report once it is written, as a
 * live event is: correct, only slower.
 */
final class FoldingShards {

	private final List<Shard> shards = new ArrayList<>();

	private final ReplayPhases phases;

	private final BiConsumer<SourcePosition, RuntimeException> skip;

	private final MongoWorkshopReportStore stored;

	private final WorkshopReportProjection onStored;

	private final ExecutorService writer = Executors
		.newSingleThreadExecutor(Thread.ofPlatform().name("read-model-rebuild-write").daemon().factory());

	/** The writes handed to the writer, for the end to wait for. */
	private final Queue<CompletableFuture<Void>> writing = new ConcurrentLinkedQueue<>();

	/**
	 * @param stored the generation's collection, where the reports are written
	 * @param onStored applies events to reports already written
	 * @param skip told of every event a report refused (ids only)
	 */
	FoldingShards(MunicipalityDirectory directory, int count, ReplayPhases phases,
			BiConsumer<SourcePosition, RuntimeException> skip, MongoWorkshopReportStore stored,
			WorkshopReportProjection onStored) {
		this.phases = phases;
		this.skip = skip;
		this.stored = stored;
		this.onStored = onStored;
		for (int i = 0; i < count; i++) {
			this.shards.add(new Shard(directory, Executors
				.newSingleThreadExecutor(Thread.ofPlatform().name("read-model-rebuild-fold-" + i).daemon().factory())));
		}
	}

	int size() {
		return this.shards.size();
	}

	/**
	 * Hands each event of a workshop report to the shard that owns it. Called with one
	 * poll's events after the previous poll's, so every shard gets its events in order.
	 * @param others receives the events of no workshop report, in order
	 * @return the folds started, one per shard that got events
	 */
	List<CompletableFuture<Void>> handOver(List<SourcedEvent> events, List<SourcedEvent> others) {
		List<List<SourcedEvent>> byShard = new ArrayList<>();
		this.shards.forEach(shard -> byShard.add(new ArrayList<>()));
		for (SourcedEvent sourced : events) {
			String workshopId = WorkshopReportProjection.workshopOf(sourced.event());
			if (workshopId != null) {
				byShard.get(Math.floorMod(workshopId.hashCode(), this.shards.size())).add(sourced);
			}
			else {
				others.add(sourced);
			}
		}
		List<CompletableFuture<Void>> folds = new ArrayList<>();
		for (int i = 0; i < this.shards.size(); i++) {
			Shard shard = this.shards.get(i);
			List<SourcedEvent> own = byShard.get(i);
			if (!own.isEmpty()) {
				folds.add(CompletableFuture.runAsync(() -> fold(shard, own), shard.thread()));
			}
		}
		return folds;
	}

	/**
	 * Every shard hands the reports it folded so far to the writer, after the events
	 * handed over before this call; the shards fold on meanwhile.
	 */
	void writeFoldedSoFar() {
		for (Shard shard : this.shards) {
			shard.thread().execute(() -> handToWriter(shard));
		}
	}

	/**
	 * Every shard writes the reports it holds, the shards at once; done when the writer's
	 * earlier writes are done too.
	 */
	CompletableFuture<Void> writeAll() {
		List<CompletableFuture<Void>> writes = new ArrayList<>();
		for (Shard shard : this.shards) {
			writes.add(CompletableFuture.runAsync(() -> write(shard.folded().takeAll()), shard.thread()));
		}
		// the shards hand to the writer on their threads, before these writes
		return CompletableFuture.allOf(writes.toArray(CompletableFuture[]::new))
			.thenCompose(done -> CompletableFuture.allOf(this.writing.toArray(CompletableFuture[]::new)));
	}

	/** Ends the threads; what is not written yet is dropped. */
	void close() {
		this.shards.forEach(shard -> shard.thread().shutdownNow());
		this.writer.shutdownNow();
	}

	private void handToWriter(Shard shard) {
		List<WorkshopReportDraft> drafts = shard.folded().takeAll();
		if (drafts.isEmpty()) {
			return;
		}
		CompletableFuture<Void> write = CompletableFuture.runAsync(() -> write(drafts), this.writer);
		drafts.forEach(draft -> shard.written().put(draft.workshopId(), write));
		this.writing.add(write);
		this.phases.writtenWhileReading.add(drafts.size());
	}

	private void fold(Shard shard, List<SourcedEvent> events) {
		long start = ReplayPhases.cpuTime();
		List<SourcedEvent> inMemory = new ArrayList<>(events.size());
		List<SourcedEvent> ofWritten = new ArrayList<>();
		for (SourcedEvent sourced : events) {
			boolean written = shard.written().containsKey(WorkshopReportProjection.workshopOf(sourced.event()));
			(written ? ofWritten : inMemory).add(sourced);
		}
		shard.projection()
			.apply(inMemory)
			.forEach(refused -> this.skip.accept(refused.event().position(), refused.cause()));
		if (!ofWritten.isEmpty()) {
			ofWritten
				.forEach(sourced -> shard.written().get(WorkshopReportProjection.workshopOf(sourced.event())).join());
			this.onStored.apply(ofWritten)
				.forEach(refused -> this.skip.accept(refused.event().position(), refused.cause()));
		}
		this.phases.folding.add(ReplayPhases.cpuTime() - start);
	}

	/** A chunk at a time, so that only one chunk's documents are in memory. */
	private void write(List<WorkshopReportDraft> drafts) {
		for (int from = 0; from < drafts.size(); from += MongoWorkshopReportStore.INSERT_CHUNK) {
			long start = ReplayPhases.cpuTime();
			List<RawBsonDocument> documents = MongoWorkshopReportStore.documentsOf(
					drafts.subList(from, Math.min(from + MongoWorkshopReportStore.INSERT_CHUNK, drafts.size())));
			long mapped = ReplayPhases.cpuTime();
			this.stored.insertDocuments(documents);
			this.phases.mapping.add(mapped - start);
			this.phases.inserting.add(ReplayPhases.cpuTime() - mapped);
		}
	}

	/**
	 * Reports folded by one thread: the workshops whose id hashes to it; and those it
	 * handed to the writer, with their write (only its thread uses the map).
	 */
	private record Shard(FoldedReports folded, WorkshopReportProjection projection, ExecutorService thread,
			Map<String, CompletableFuture<Void>> written) {

		Shard(MunicipalityDirectory directory, ExecutorService thread) {
			this(new FoldedReports(), directory, thread);
		}

		private Shard(FoldedReports folded, MunicipalityDirectory directory, ExecutorService thread) {
			this(folded, new WorkshopReportProjection(folded, directory), thread, new HashMap<>());
		}

	}

}
