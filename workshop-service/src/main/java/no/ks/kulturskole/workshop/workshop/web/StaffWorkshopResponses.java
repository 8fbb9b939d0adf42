package no.ks.kulturskole.workshop.workshop.web;

import no.ks.kulturskole.api.workshop.FormatKind;
import no.ks.kulturskole.api.workshop.InvitationScope;
import no.ks.kulturskole.api.workshop.OsloTime;
import no.ks.kulturskole.api.workshop.StaffWorkshopResponse;
import no.ks.kulturskole.api.workshop.WorkshopStatus;
import no.ks.kulturskole.workshop.workshop.model.Format;
import no.ks.kulturskole.workshop.workshop.model.Invitations;
import no.ks.kulturskole.workshop.workshop.model.Preparation;
import no.ks.kulturskole.workshop.workshop.model.Workshop;

/**
 * A workshop as workshop-api's {@link StaffWorkshopResponse}, which the gateway shares:
 * the record stays free of the model, so the mapping lives here, with the controllers.
 * The API's enums mirror the model's by name.
 */
final class StaffWorkshopResponses {

	private StaffWorkshopResponses() {
	}

	static StaffWorkshopResponse of(Workshop workshop) {
		Format format = workshop.format();
		return new StaffWorkshopResponse(workshop.id(), WorkshopStatus.valueOf(workshop.status().name()),
				workshop.title(), workshop.description(), workshop.programme(), workshop.organisers(),
				workshop.targetGroup(), workshop.free(), FormatKind.valueOf(format.kind().name()),
				(format instanceof Format.Venue venue) ? venue.address() : null,
				(format instanceof Format.Online online) ? online.meetingUrl() : null, workshop.language(),
				OsloTime.ZONE.getId(), workshop.registrationDeadline(), OsloTime.local(workshop.registrationDeadline()),
				workshop.delegationSize().min(), workshop.delegationSize().max(), workshop.outsideRoleRequired(),
				workshop.sessions()
					.stream()
					.map(session -> new StaffWorkshopResponse.StaffSession(session.sessionId(), session.startsAt(),
							session.endsAt(), OsloTime.local(session.startsAt()), OsloTime.local(session.endsAt()),
							session.capacity(), workshop.meetingUrlFor(session)))
					.toList(),
				workshop.scheduledAt(), workshop.revision(), workshop.cancellationReason(),
				preparation(workshop.preparation()), invitations(workshop.invitations()));
	}

	private static StaffWorkshopResponse.StaffPreparation preparation(Preparation preparation) {
		if (preparation == null) {
			return null;
		}
		return new StaffWorkshopResponse.StaffPreparation(
				(preparation.materials() != null) ? preparation.materials()
					.stream()
					.map(material -> new StaffWorkshopResponse.PreparationMaterial(material.title(), material.url()))
					.toList() : null,
				preparation.reflectionQuestions(), preparation.releaseAt(), OsloTime.local(preparation.releaseAt()),
				preparation.releasedAt());
	}

	private static StaffWorkshopResponse.Invitations invitations(Invitations invitations) {
		return (invitations != null) ? new StaffWorkshopResponse.Invitations(
				InvitationScope.valueOf(invitations.scope().name()), invitations.organisationNumbers()) : null;
	}

}
