package no.ks.kulturskole.reporting.workshopreport.infrastructure;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
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
 * locks. At the end every shard writes its reports in bulk, the shards at once.
 */
final class FoldingShards {

	private final List<Shard> shards = new ArrayList<>();

	private final ReplayPhases phases;

	private final BiConsumer<SourcePosition, RuntimeException> skip;

	/**
	 * @param skip told of every event a report refused (ids only)
	 */
	FoldingShards(MunicipalityDirectory directory, int count, ReplayPhases phases,
			BiConsumer<SourcePosition, RuntimeException> skip) {
		this.phases = phases;
		this.skip = skip;
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

	/** Every shard writes its reports into the store, the shards at once. */
	CompletableFuture<Void> writeAll(MongoWorkshopReportStore stored) {
		List<CompletableFuture<Void>> writes = new ArrayList<>();
		for (Shard shard : this.shards) {
			writes.add(CompletableFuture.runAsync(() -> write(shard, stored), shard.thread()));
		}
		return CompletableFuture.allOf(writes.toArray(CompletableFuture[]::new));
	}

	/** Ends the shards' threads; what is not written yet is dropped. */
	void close() {
		this.shards.forEach(shard -> shard.thread().shutdownNow());
	}

	private void fold(Shard shard, List<SourcedEvent> events) {
		long start = ReplayPhases.cpuTime();
		shard.projection()
			.apply(events)
			.forEach(refused -> this.skip.accept(refused.event().position(), refused.cause()));
		this.phases.folding.add(ReplayPhases.cpuTime() - start);
	}

	/** A chunk at a time, so that only one chunk's documents are in memory. */
	private void write(Shard shard, MongoWorkshopReportStore stored) {
		List<WorkshopReportDraft> drafts = List.copyOf(shard.folded().drafts());
		for (int from = 0; from < drafts.size(); from += MongoWorkshopReportStore.INSERT_CHUNK) {
			long start = ReplayPhases.cpuTime();
			List<RawBsonDocument> documents = MongoWorkshopReportStore.documentsOf(
					drafts.subList(from, Math.min(from + MongoWorkshopReportStore.INSERT_CHUNK, drafts.size())));
			long mapped = ReplayPhases.cpuTime();
			stored.insertDocuments(documents);
			this.phases.mapping.add(mapped - start);
			this.phases.inserting.add(ReplayPhases.cpuTime() - mapped);
		}
	}

	/** Reports folded by one thread: the workshops whose id hashes to it. */
	private record Shard(FoldedReports folded, WorkshopReportProjection projection, ExecutorService thread) {

		Shard(MunicipalityDirectory directory, ExecutorService thread) {
			this(new FoldedReports(), directory, thread);
		}

		private Shard(FoldedReports folded, MunicipalityDirectory directory, ExecutorService thread) {
			this(folded, new WorkshopReportProjection(folded, directory), thread);
		}

	}

}
