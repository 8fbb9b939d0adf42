package no.ks.kulturskole.workshop.workshop.web;

import java.time.Instant;

import no.ks.kulturskole.api.workshop.FormatKind;
import no.ks.kulturskole.api.workshop.InvitationScope;
import no.ks.kulturskole.api.workshop.OsloTime;
import no.ks.kulturskole.api.workshop.PublicWorkshopResponse;
import no.ks.kulturskole.reference.County;
import no.ks.kulturskole.reference.Municipality;
import no.ks.kulturskole.reference.MunicipalityRegister;
import no.ks.kulturskole.workshop.questions.application.QuestionContracts;
import no.ks.kulturskole.workshop.workshop.application.SeatCount;
import no.ks.kulturskole.workshop.workshop.model.Format;
import no.ks.kulturskole.workshop.workshop.model.Workshop;
import no.ks.kulturskole.workshop.workshop.model.WorkshopStatus;

/**
 * A workshop as workshop-api's {@link PublicWorkshopResponse}, which the gateway's public
 * pages share: the record stays free of the model, so the mapping lives here, with the
 * controllers. The questions go out as the published language's question
 * ({@link QuestionContracts}), the same JSON the model's question had.
 */
final class PublicWorkshopResponses {

	private PublicWorkshopResponses() {
	}

	/**
	 * @param seats persons confirmed per session, counted from registration.events: a
	 * little behind registration, so {@code seatsLeft} is a guide, not a promise
	 */
	static PublicWorkshopResponse of(Workshop workshop, Instant now, SeatCount seats, MunicipalityRegister register) {
		return new PublicWorkshopResponse(workshop.id(), workshop.title(), workshop.description(), workshop.programme(),
				workshop.organisers(), workshop.targetGroup(), workshop.free(),
				FormatKind.valueOf(workshop.format().kind().name()),
				(workshop.format() instanceof Format.Venue venue) ? venue.address() : null, workshop.language(),
				OsloTime.ZONE.getId(), workshop.registrationDeadline(), OsloTime.local(workshop.registrationDeadline()),
				workshop.isOpenForRegistration(now), workshop.delegationSize().min(), workshop.delegationSize().max(),
				workshop.outsideRoleRequired(),
				workshop.sessions()
					.stream()
					.map(session -> new PublicWorkshopResponse.PublicSession(session.sessionId(), session.startsAt(),
							session.endsAt(), OsloTime.local(session.startsAt()), OsloTime.local(session.endsAt()),
							session.capacity(),
							Math.max(0,
									session.capacity() - seats.confirmedPersons(workshop.id(), session.sessionId()))))
					.toList(),
				workshop.status() == WorkshopStatus.CANCELLED, workshop.cancellationReason(),
				!workshop.invitations().isOpen(), InvitationScope.valueOf(workshop.invitations().scope().name()),
				workshop.invitations()
					.organisationNumbers()
					.stream()
					.map(number -> new PublicWorkshopResponse.InvitedOrganisation(number, nameOf(number, register)))
					.toList(),
				QuestionContracts.of(workshop.questions()));
	}

	private static String nameOf(String number, MunicipalityRegister register) {
		return register.municipality(number)
			.map(Municipality::name)
			.or(() -> register.county(number).map(County::name))
			.orElse(number);
	}

}
