package no.ks.kulturskole.reporting.workshopreport.application;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

import no.ks.kulturskole.reference.Municipality;
import no.ks.kulturskole.reference.MunicipalityRegister;
import no.ks.kulturskole.reporting.workshopreport.model.AreaCoverage;
import no.ks.kulturskole.reporting.workshopreport.model.CoverageDimension;
import no.ks.kulturskole.reporting.workshopreport.model.CoverageReport;
import no.ks.kulturskole.reporting.workshopreport.model.DelegationStatus;
import no.ks.kulturskole.reporting.workshopreport.model.MunicipalityCoverage;
import no.ks.kulturskole.reporting.workshopreport.model.MunicipalityStatus;
import no.ks.kulturskole.reporting.workshopreport.model.OrganisationDelegation;
import no.ks.kulturskole.reporting.workshopreport.model.PilotDecision;
import no.ks.kulturskole.reporting.workshopreport.model.MunicipalityRef;
import no.ks.kulturskole.support.problem.NotFound;
import no.ks.kulturskole.support.problem.RuleViolation;

/**
 * Coverage by county, KS region or Kulturskolerådet branch: which of the reference data's
 * municipalities have a delegation (not cancelled) in the workshop reports. Worked out
 * when asked rather than kept as a read model of its own: it is a join of the reports
 * with the 357 municipalities, cheap at this size, and so always agrees with the reports
 * and follows a change of the reference data without a replay. County authorities
 * (fylkeskommuner) register too but are not municipalities, so they do not count here.
 */
public class Coverage {

	/** Oslo is in none of KS's regions; staff still want to see it. */
	static final String NO_KS_REGION = "Ingen KS-region (Oslo)";

	private final WorkshopReportStore store;

	private final MunicipalityRegister register;

	private final PilotApplicationStore pilots;

	public Coverage(WorkshopReportStore store, MunicipalityRegister register, PilotApplicationStore pilots) {
		this.store = store;
		this.register = register;
		this.pilots = pilots;
	}

	public CoverageReport of(String dimensionParameter, String workshopId) {
		CoverageDimension dimension = CoverageDimension.ofParameter(dimensionParameter)
			.orElseThrow(() -> new RuleViolation("dimension", "unknown-dimension",
					"Dekning kan vises per fylke (county), KS-region (ks-region) eller Kulturskolerådets "
							+ "fylkesavdeling (branch)."));
		if (workshopId != null && this.store.find(workshopId).isEmpty()) {
			throw new NotFound("workshopId", "Det finnes ingen rapport for dette verkstedet.");
		}
		Set<String> registered = this.store.registeredOrganisations(workshopId);
		Function<Municipality, String> areaOf = areaOf(dimension);
		Map<String, List<Municipality>> byArea = new TreeMap<>();
		this.register.municipalities()
			.forEach(municipality -> byArea.computeIfAbsent(areaOf.apply(municipality), (area) -> new ArrayList<>())
				.add(municipality));
		List<AreaCoverage> areas = byArea.entrySet().stream().map(area -> {
			List<Municipality> all = area.getValue()
				.stream()
				.sorted(Comparator.comparing(Municipality::number))
				.toList();
			List<MunicipalityRef> signedUp = all.stream()
				.filter(municipality -> registered.contains(municipality.number()))
				.map(Coverage::ref)
				.toList();
			List<MunicipalityRef> missing = all.stream()
				.filter(municipality -> !registered.contains(municipality.number()))
				.map(Coverage::ref)
				.toList();
			return new AreaCoverage(area.getKey(), signedUp.size(), all.size(), signedUp, missing);
		}).toList();
		return new CoverageReport(dimension, workshopId, areas.stream().mapToInt(AreaCoverage::registered).sum(),
				areas.stream().mapToInt(AreaCoverage::municipalities).sum(), areas, byMunicipality(workshopId, areaOf));
	}

	/**
	 * Every municipality with the furthest its delegations in view have come (see
	 * {@link MunicipalityStatus}), for the map. Worked out from the same reports as the
	 * areas, so the two always agree on who is registered.
	 */
	private List<MunicipalityCoverage> byMunicipality(String workshopId, Function<Municipality, String> areaOf) {
		Map<String, List<OrganisationDelegation>> delegations = new HashMap<>();
		this.store.activeDelegations(workshopId)
			.forEach(delegation -> delegations
				.computeIfAbsent(delegation.organisationNumber(), (number) -> new ArrayList<>())
				.add(delegation));
		Set<String> applicants = new HashSet<>();
		this.pilots.all()
			.stream()
			.filter(application -> application.decision() != PilotDecision.DECLINED)
			.forEach(application -> applicants.add(application.municipalityNumber()));
		return this.register.municipalities()
			.stream()
			.sorted(Comparator.comparing(Municipality::number))
			.map(municipality -> {
				List<OrganisationDelegation> own = delegations.getOrDefault(municipality.number(), List.of());
				boolean applicant = applicants.contains(municipality.number());
				return new MunicipalityCoverage(municipality.number(), municipality.name(), municipality.countyNumber(),
						areaOf.apply(municipality), statusOf(own, applicant),
						own.stream().mapToInt(OrganisationDelegation::participants).sum(), applicant);
			})
			.toList();
	}

	private static MunicipalityStatus statusOf(List<OrganisationDelegation> delegations, boolean pilotApplicant) {
		if (delegations.stream().anyMatch(d -> d.status() == DelegationStatus.CONFIRMED && d.workshopCompleted())) {
			return MunicipalityStatus.ATTENDED;
		}
		if (delegations.stream().anyMatch(d -> d.status() == DelegationStatus.CONFIRMED)) {
			return MunicipalityStatus.CONFIRMED;
		}
		if (!delegations.isEmpty()) {
			return MunicipalityStatus.WAITLISTED;
		}
		return pilotApplicant ? MunicipalityStatus.PILOT_APPLICANT : MunicipalityStatus.NOT_REGISTERED;
	}

	private static Function<Municipality, String> areaOf(CoverageDimension dimension) {
		return switch (dimension) {
			case COUNTY -> Municipality::countyName;
			case KS_REGION ->
				municipality -> (municipality.ksRegion() != null) ? municipality.ksRegion() : NO_KS_REGION;
			case BRANCH -> Municipality::kulturskoleradBranch;
		};
	}

	private static MunicipalityRef ref(Municipality municipality) {
		return new MunicipalityRef(municipality.number(), municipality.name());
	}

}
