package no.ks.kulturskole.gateway.staff;

import java.time.LocalDateTime;
import java.util.List;

import no.ks.kulturskole.api.reporting.StaffReportApi;
import no.ks.kulturskole.api.reporting.WorkshopReportResponse;
import no.ks.kulturskole.api.workshop.StaffWorkshopResponse;
import no.ks.kulturskole.api.workshop.StaffWorkshopApi;
import no.ks.kulturskole.gateway.security.StaffLogin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.client.RestClientException;

/**
 * The staff pages: the login page (the form is handled by the security configuration) and
 * the first dashboard, a list of workshops with their numbers from reporting.
 */
@Controller
class StaffPagesController {

	private static final Logger log = LoggerFactory.getLogger(StaffPagesController.class);

	private final StaffLogin staffLogin;

	private final StaffWorkshopApi workshops;

	private final StaffReportApi reports;

	StaffPagesController(StaffLogin staffLogin, StaffWorkshopApi workshops, StaffReportApi reports) {
		this.staffLogin = staffLogin;
		this.workshops = workshops;
		this.reports = reports;
	}

	@GetMapping("/logg-inn")
	String login(@RequestParam(required = false) String error, @RequestParam(required = false) String logout,
			Model model) {
		model.addAttribute("loginFailed", error != null);
		model.addAttribute("loggedOut", logout != null);
		model.addAttribute("oidc", this.staffLogin.oidc());
		model.addAttribute("authorizationPath", this.staffLogin.authorizationPath());
		return "login";
	}

	/** Where a refused page request is forwarded (any method), answered with 403. */
	@RequestMapping("/ingen-tilgang")
	@ResponseStatus(HttpStatus.FORBIDDEN)
	String forbidden() {
		return "forbidden";
	}

	@GetMapping("/stab")
	String dashboard(Model model) {
		List<StaffWorkshopResponse> workshops = this.workshops.list();
		model.addAttribute("workshops",
				(workshops != null) ? workshops.stream().map(this::row).toList() : List.<Row>of());
		return "dashboard";
	}

	@ExceptionHandler(RestClientException.class)
	@ResponseStatus(HttpStatus.SERVICE_UNAVAILABLE)
	String serviceAway(RestClientException ex) {
		log.warn("A staff page could not reach a service ({})", ex.getClass().getSimpleName());
		return "unavailable";
	}

	/** Numbers are a bonus: without reporting the list still shows, with dashes. */
	private Row row(StaffWorkshopResponse workshop) {
		WorkshopReportResponse.Totals totals = null;
		try {
			WorkshopReportResponse report = this.reports.report(workshop.id());
			totals = (report != null) ? report.totals() : null;
		}
		catch (RestClientException ex) {
			log.debug("No report for a workshop yet ({})", ex.getClass().getSimpleName());
		}
		LocalDateTime firstStart = (workshop.sessions() != null && !workshop.sessions().isEmpty())
				? workshop.sessions().get(0).startsAtLocal() : null;
		return new Row(workshop.id(), workshop.title(), StaffWorkshopPagesController.statusLabel(workshop), firstStart,
				(totals != null) ? totals.delegations() : null, (totals != null) ? totals.participants() : null,
				(totals != null) ? totals.municipalities() : null);
	}

	public record Row(String id, String title, String statusLabel, LocalDateTime firstStart, Integer delegations,
			Integer participants, Integer municipalities) {
	}

}
