package no.ks.kulturskole.registration.delegation.web;

import java.util.List;

import no.ks.kulturskole.api.registration.ManageRequests;
import no.ks.kulturskole.api.registration.ManagedDelegationView;
import no.ks.kulturskole.api.registration.RegistrationRequest;
import no.ks.kulturskole.api.registration.RegistrationResponse;
import no.ks.kulturskole.contracts.registration.Contact;
import no.ks.kulturskole.registration.delegation.application.ManagedDelegation;
import no.ks.kulturskole.registration.delegation.application.RegistrationCommand;
import no.ks.kulturskole.registration.delegation.application.RegistrationResult;
import no.ks.kulturskole.registration.delegation.model.DelegateEntry;
import no.ks.kulturskole.registration.delegation.model.NewParticipant;

/**
 * Between registration-api's records, which the gateway shares, and the application's
 * commands and results: the records stay free of the service's model, so the mapping
 * lives here, with the controllers.
 */
final class PublicApiMapping {

	private PublicApiMapping() {
	}

	static RegistrationCommand command(RegistrationRequest request) {
		List<NewParticipant> delegates = (request.participants() != null) ? request.participants()
			.stream()
			.map(delegate -> new NewParticipant(delegate.name().strip(), delegate.email().strip(),
					delegate.roleTitle().strip(), delegate.roleCategory()))
			.toList() : List.of();
		String phone = request.coordinator().phone();
		Contact contact = new Contact(request.coordinator().name().strip(), request.coordinator().email().strip(),
				(phone != null && !phone.isBlank()) ? phone.strip() : null);
		return new RegistrationCommand(request.municipalityNumber(), contact, delegates,
				(request.language() != null) ? request.language() : "nb");
	}

	/** The delegate list as it shall be: a line without a participant id adds one. */
	static List<DelegateEntry> entries(ManageRequests.ChangeRequest request) {
		return request.participants()
			.stream()
			.map(line -> new DelegateEntry(
					(line.participantId() != null && !line.participantId().isBlank()) ? line.participantId() : null,
					new NewParticipant(line.name().strip(), line.email().strip(), line.roleTitle().strip(),
							line.roleCategory())))
			.toList();
	}

	/** The receipt without the link: for every answer but the one to the registration. */
	static RegistrationResponse receipt(RegistrationResult result) {
		return receipt(result, null);
	}

	static RegistrationResponse receipt(RegistrationResult result, ManageLinks links) {
		var delegation = result.delegation();
		var organisation = delegation.organisation();
		String token = result.manageToken();
		return new RegistrationResponse(delegation.delegationId(), result.workshopId(), delegation.sessionId(),
				delegation.status(),
				new RegistrationResponse.MunicipalitySummary(organisation.number(), organisation.name(),
						organisation.countyName()),
				delegation.personCount(), !delegation.isActive(), token,
				(token != null && links != null) ? links.urlFor(delegation.delegationId(), token) : null,
				result.notice());
	}

	static ManagedDelegationView managed(ManagedDelegation managed) {
		var delegation = managed.delegation();
		var organisation = delegation.organisation();
		return new ManagedDelegationView(delegation.delegationId(), managed.workshopId(), managed.workshopTitle(),
				managed.registrationDeadline(), delegation.sessionId(), delegation.status(), !delegation.isActive(),
				managed.changeable(), managed.replaceable(), managed.reflectionOpen(), managed.erasable(),
				new RegistrationResponse.MunicipalitySummary(
						organisation.number(), organisation.name(), organisation.countyName()),
				delegation.coordinator(),
				delegation.participants()
					.stream()
					.map(participant -> new ManagedDelegationView.ParticipantLine(participant.participantId(),
							participant.name(), participant.email(), participant.roleTitle(),
							participant.roleCategory(), managed.attended().contains(participant.participantId())))
					.toList(),
				delegation.reflection());
	}

}
