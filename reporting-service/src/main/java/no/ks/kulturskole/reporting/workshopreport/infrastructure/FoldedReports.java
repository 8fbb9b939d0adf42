package no.ks.kulturskole.reporting.workshopreport.infrastructure;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import no.ks.kulturskole.reporting.workshopreport.application.WorkshopReportStore;
import no.ks.kulturskole.reporting.workshopreport.model.WorkshopReport;
import no.ks.kulturskole.reporting.workshopreport.model.WorkshopReportDraft;
import no.ks.kulturskole.reporting.workshopreport.model.WorkshopSummary;

/**
 * Workshop reports held in memory while a rebuild replays the topics: every record is
 * folded into its report here, and the reports are written once, in bulk, at the end
 * ({@link MongoWorkshopReportStore#insertDocuments}). Memory is bounded by the read
 * model's size (one report per workshop, each bounded by the workshop's size), not by the
 * number of events. One thread only: a rebuild has one per shard, each holding the
 * workshops whose id hashes to it.
 */
class FoldedReports implements WorkshopReportStore {

	private final Map<String, WorkshopReportDraft> drafts = new LinkedHashMap<>();

	@Override
	public Set<String> update(Set<String> workshopIds, Consumer<WorkshopReportDraft> fold) {
		Set<String> changed = new LinkedHashSet<>();
		for (String workshopId : workshopIds) {
			WorkshopReportDraft draft = this.drafts.computeIfAbsent(workshopId, WorkshopReportDraft::empty);
			fold.accept(draft);
			if (draft.changed()) {
				changed.add(workshopId);
			}
		}
		return changed;
	}

	/** The reports folded so far, no longer held here. */
	List<WorkshopReportDraft> takeAll() {
		List<WorkshopReportDraft> taken = List.copyOf(this.drafts.values());
		this.drafts.clear();
		return taken;
	}

	@Override
	public Optional<WorkshopReport> find(String workshopId) {
		return Optional.ofNullable(this.drafts.get(workshopId)).map(WorkshopReportDraft::report);
	}

	@Override
	public Set<String> registeredOrganisations(String workshopId) {
		throw new UnsupportedOperationException("Only for folding a replay");
	}

	@Override
	public List<no.ks.kulturskole.reporting.workshopreport.model.OrganisationDelegation> activeDelegations(
			String workshopId) {
		throw new UnsupportedOperationException("Only for folding a replay");
	}

	@Override
	public List<WorkshopReport> withMunicipality(String number) {
		throw new UnsupportedOperationException("Only for folding a replay");
	}

	@Override
	public List<WorkshopSummary> list() {
		throw new UnsupportedOperationException("Only for folding a replay");
	}

}
