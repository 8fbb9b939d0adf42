package no.ks.kulturskole.registration.delegation.web.answers;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import no.ks.kulturskole.api.registration.AnswersView;
import no.ks.kulturskole.api.registration.StaffAnswersResponse;
import no.ks.kulturskole.registration.delegation.application.answers.RegistrationAnswers;
import no.ks.kulturskole.registration.delegation.model.answers.StoredAnswers;
import no.ks.kulturskole.registration.delegation.application.DelegationQueries;
import no.ks.kulturskole.registration.delegation.model.Delegation;
import no.ks.kulturskole.registration.delegation.model.Participant;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Staff read every delegation's answers to a workshop's extra questions (issue 17),
 * health-related ones included: staff only, like the delegations themselves.
 */
@RestController
@Tag(name = "Påmeldinger (ansatte)")
class StaffAnswersController {

	private final RegistrationAnswers answers;

	private final DelegationQueries queries;

	StaffAnswersController(RegistrationAnswers answers, DelegationQueries queries) {
		this.answers = answers;
		this.queries = queries;
	}

	@GetMapping(path = "/api/registrations/answers", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Svarene på et verksteds ekstra spørsmål, per delegasjon",
			description = "Personopplysninger (helseopplysninger som kosthold og tilrettelegging): bare for ansatte.")
	StaffAnswersResponse answers(
			@Parameter(example = "3f1c2a9e-6d0b-4c8e-9a7f-2b5d4e6f8a10") @RequestParam String workshopId) {
		Map<String, StoredAnswers> stored = this.answers.ofWorkshop(workshopId)
			.stream()
			.collect(Collectors.toMap(StoredAnswers::delegationId, Function.identity()));
		List<AnswersView> delegations = this.queries.registrationsOf(workshopId)
			.delegations()
			.stream()
			.filter(delegation -> stored.containsKey(delegation.delegationId()))
			.map(delegation -> AnswersViews.of(delegation.delegationId(), List.of(),
					stored.get(delegation.delegationId()), participantIdsOf(delegation)))
			.toList();
		return new StaffAnswersResponse(workshopId, this.answers.questionsOf(workshopId), delegations);
	}

	private static Set<String> participantIdsOf(Delegation delegation) {
		return delegation.participants().stream().map(Participant::participantId).collect(Collectors.toSet());
	}

}
