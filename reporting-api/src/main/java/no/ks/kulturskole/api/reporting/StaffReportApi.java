package no.ks.kulturskole.api.reporting;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;

/**
 * reporting-service's staff reads as the gateway's staff pages call them, shared by the
 * service (its response records) and the gateway (its client).
 */
@HttpExchange(url = "/api/reports", accept = MediaType.APPLICATION_JSON_VALUE)
public interface StaffReportApi {

	/**
	 * @param dimension {@code county}, {@code ks-region} or {@code branch}
	 * @param workshopId only this workshop; {@code null} for all
	 */
	@GetExchange("/coverage")
	CoverageResponse coverage(@RequestParam String dimension, @RequestParam(required = false) String workshopId);

	/**
	 * @return the workshop's report; 404 while reporting knows no event of it
	 */
	@GetExchange("/workshops/{workshopId}")
	WorkshopReportResponse report(@PathVariable String workshopId);

}
