package no.ks.kulturskole.gateway.pages;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import no.ks.kulturskole.api.registration.MunicipalityResponse;
import no.ks.kulturskole.api.workshop.PublicWorkshopApi;
import no.ks.kulturskole.api.workshop.PublicWorkshopResponse;
import no.ks.kulturskole.api.registration.PublicRegistrationApi;
import no.ks.kulturskole.api.registration.RegistrationRequest;
import no.ks.kulturskole.api.registration.RegistrationResponse;
import no.ks.kulturskole.contracts.registration.RoleCategory;
import no.ks.kulturskole.gateway.downstream.DownstreamProblems;
import no.ks.kulturskole.web.Problem;

import org.springframework.stereotype.Component;
import org.springframework.web.client.HttpClientErrorException;

/**
 * The public APIs the pages are built on, called server-side: the same endpoints a
 * municipality's own system would call, so the pages add no rules of their own.
 */
@Component
class PublicApi {

	private final PublicWorkshopApi workshops;

	private final PublicRegistrationApi registrations;

	/** The typed clients are {@code DownstreamApis}' beans: one way to build them. */
	PublicApi(PublicWorkshopApi workshops, PublicRegistrationApi registrations) {
		this.workshops = workshops;
		this.registrations = registrations;
	}

	List<WorkshopPage> openWorkshops() {
		List<PublicWorkshopResponse> workshops = this.workshops.open();
		return (workshops != null) ? workshops.stream().map(WorkshopPage::of).toList() : List.of();
	}

	/**
	 * @return the workshop, or {@code null} if there is none with this id
	 */
	WorkshopPage workshop(String id) {
		try {
			return WorkshopPage.of(this.workshops.get(id));
		}
		catch (HttpClientErrorException.NotFound ex) {
			return null;
		}
	}

	List<MunicipalityResponse> municipalities() {
		List<MunicipalityResponse> municipalities = this.registrations.municipalities();
		return (municipalities != null) ? municipalities : List.of();
	}

	/**
	 * Sends the filled rows only; a refusal comes back as the service's problem document
	 * rather than an exception, since it is an answer for the person at the form.
	 * {@code language} (nb, nn or en) is the one the delegation's e-mails are written in.
	 * A server error is the service's trouble, not the form's: it throws, to the "try
	 * again" page.
	 */
	Outcome register(String workshopId, RegistrationForm form, List<RegistrationForm.FilledRow> rows, String language) {
		String phone = form.getCoordinator().getPhone();
		RegistrationRequest.Coordinator coordinator = new RegistrationRequest.Coordinator(
				form.getCoordinator().getName(), form.getCoordinator().getEmail(),
				(phone == null || phone.isBlank()) ? null : phone);
		List<RegistrationRequest.Delegate> participants = new ArrayList<>();
		for (int index = 0; index < rows.size(); index++) {
			RegistrationForm.Delegate delegate = rows.get(index).delegate();
			String category = delegate.getRoleCategory();
			RoleCategory roleCategory = null;
			if (category != null && !category.isBlank()) {
				roleCategory = RoleCategories.parse(category);
				if (roleCategory == null) {
					// refused here as the service refuses a value it cannot read, and
					// nothing is sent
					String field = "participants[" + index + "].roleCategory";
					return new Outcome(null, RoleCategories.unknown(field));
				}
			}
			participants.add(new RegistrationRequest.Delegate(delegate.getName(), delegate.getEmail(),
					delegate.getRoleTitle(), roleCategory, answers(delegate.getAnswers())));
		}
		RegistrationRequest request = new RegistrationRequest(form.getMunicipalityNumber(), coordinator, participants,
				language, answers(form.getAnswers()));
		try {
			return new Outcome(this.registrations.register(workshopId, request).getBody(), null);
		}
		catch (HttpClientErrorException ex) {
			return new Outcome(null, DownstreamProblems.of(ex));
		}
	}

	/** The answers given, as the request carries them (empty values left out). */
	private static Map<String, Object> answers(Map<String, List<String>> answers) {
		return new LinkedHashMap<>(RegistrationForm.given(answers));
	}

	/** Exactly one of the two is set. */
	record Outcome(RegistrationResponse receipt, Problem problem) {
	}

}
