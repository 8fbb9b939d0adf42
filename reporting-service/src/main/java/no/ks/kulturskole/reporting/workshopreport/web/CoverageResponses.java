package no.ks.kulturskole.reporting.workshopreport.web;

import java.util.List;

import no.ks.kulturskole.api.reporting.CoverageResponse;
import no.ks.kulturskole.reporting.workshopreport.model.AreaCoverage;
import no.ks.kulturskole.reporting.workshopreport.model.CoverageReport;
import no.ks.kulturskole.reporting.workshopreport.model.MunicipalityCoverage;
import no.ks.kulturskole.reporting.workshopreport.model.MunicipalityRef;

/**
 * The model's coverage as reporting-api's record, which the gateway shares: the record
 * stays free of the model, so the mapping lives here, with the controller. The API's
 * enums mirror the model's by name.
 */
final class CoverageResponses {

	private CoverageResponses() {
	}

	static CoverageResponse of(CoverageReport report) {
		return new CoverageResponse(CoverageResponse.CoverageDimension.valueOf(report.dimension().name()),
				report.workshopId(), report.registered(), report.municipalities(),
				report.areas().stream().map(CoverageResponses::of).toList(),
				report.byMunicipality().stream().map(CoverageResponses::of).toList());
	}

	private static CoverageResponse.AreaCoverage of(AreaCoverage area) {
		return new CoverageResponse.AreaCoverage(area.area(), area.registered(), area.municipalities(),
				refs(area.registeredMunicipalities()), refs(area.missing()));
	}

	private static CoverageResponse.MunicipalityCoverage of(MunicipalityCoverage municipality) {
		return new CoverageResponse.MunicipalityCoverage(municipality.number(), municipality.name(),
				municipality.countyNumber(), municipality.area(),
				(municipality.status() != null)
						? CoverageResponse.MunicipalityStatus.valueOf(municipality.status().name()) : null,
				municipality.participants(), municipality.pilotApplicant());
	}

	private static List<CoverageResponse.MunicipalityRef> refs(List<MunicipalityRef> municipalities) {
		return municipalities.stream()
			.map(municipality -> new CoverageResponse.MunicipalityRef(municipality.number(), municipality.name()))
			.toList();
	}

}
