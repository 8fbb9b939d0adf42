package no.ks.kulturskole.reporting.workshopreport.application;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import no.ks.kulturskole.reporting.workshopreport.model.OrganisationDelegation;
import no.ks.kulturskole.reporting.workshopreport.model.WorkshopReport;
import no.ks.kulturskole.reporting.workshopreport.model.WorkshopReportDraft;
import no.ks.kulturskole.reporting.workshopreport.model.WorkshopSummary;

/**
 * Where workshop reports are kept. The rules are in {@link WorkshopReportDraft}; a store
 * only loads reports, lets a fold change them in memory, and writes each changed report
 * once.
 */
public interface WorkshopReportStore {

	/**
	 * Loads the named reports (an empty draft for one not written yet), hands each to
	 * {@code fold}, and writes each draft that changed, once. A report another consumer
	 * wrote meanwhile is loaded and folded again, so {@code fold} must start from the
	 * draft it is given and nothing else.
	 * @return the ids of the reports that changed
	 */
	Set<String> update(Set<String> workshopIds, Consumer<WorkshopReportDraft> fold);

	Optional<WorkshopReport> find(String workshopId);

	/**
	 * Numbers of the organisations with a delegation that is not cancelled, in one
	 * workshop or (given {@code null}) in any.
	 */
	Set<String> registeredOrganisations(String workshopId);

	/**
	 * Every delegation that is not cancelled, in one workshop or (given {@code null}) in
	 * any, with whether its workshop is completed.
	 */
	List<OrganisationDelegation> activeDelegations(String workshopId);

	/** Reports with a delegation (in any status) from the given organisation. */
	List<WorkshopReport> withMunicipality(String number);

	List<WorkshopSummary> list();

}
