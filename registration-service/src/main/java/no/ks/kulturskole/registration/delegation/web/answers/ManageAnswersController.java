package no.ks.kulturskole.registration.delegation.web.answers;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import no.ks.kulturskole.api.registration.AnswersView;
import no.ks.kulturskole.api.registration.AnswersRequest;
import no.ks.kulturskole.registration.delegation.application.answers.RegistrationAnswers;
import no.ks.kulturskole.registration.delegation.model.answers.GivenAnswers;
import no.ks.kulturskole.registration.delegation.model.answers.StoredAnswers;
import no.ks.kulturskole.registration.delegation.application.ManageDelegation;
import no.ks.kulturskole.registration.delegation.application.ManageTokens;
import no.ks.kulturskole.registration.delegation.application.ManagedDelegation;
import no.ks.kulturskole.registration.delegation.model.Participant;
import no.ks.kulturskole.support.problem.ConflictingState;
import no.ks.kulturskole.support.problem.RuleViolation;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The coordinator sees and changes the answers to the workshop's extra questions through
 * the manage link (issue 17). The secret is proved the way every manage call proves it
 * ({@link ManageDelegation#view}): a wrong one answers 404 and counts towards the limit.
 */
@RestController
@RequestMapping("/api/public/registrations/{delegationId}/answers")
@Tag(name = "Påmelding", description = "Kommunenes påmelding av delegasjoner til verksteder")
class ManageAnswersController {

	static final String EXAMPLE = """
			{
			  "answers": {"hotel": true},
			  "participants": [
			    {"participantId": "9b2f7c1e-0a4d-4e5f-8c6b-1d2e3f4a5b6c", "answers": {"diet": ["vegetarian"]}}
			  ]
			}""";

	private final ManageDelegation manage;

	private final RegistrationAnswers answers;

	ManageAnswersController(ManageDelegation manage, RegistrationAnswers answers) {
		this.manage = manage;
		this.answers = answers;
	}

	@GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Se svarene på verkstedets ekstra spørsmål",
			description = "Bare med hemmeligheten fra lenken.")
	@ApiResponse(responseCode = "404", description = "Påmeldingen finnes ikke, eller hemmeligheten er feil",
			content = @Content(mediaType = "application/problem+json"))
	AnswersView answers(@PathVariable String delegationId, HttpServletRequest caller,
			@RequestHeader(name = ManageTokens.HEADER, required = false) String headerToken,
			@RequestParam(name = "token", required = false) String queryToken) {
		ManagedDelegation managed = this.manage.view(delegationId, ManageTokens.fromRequest(headerToken, queryToken),
				caller.getRemoteAddr());
		return viewOf(managed);
	}

	@PutMapping(consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Endre svarene på verkstedets ekstra spørsmål",
			description = "Alle svarene slik de skal være. Mulig til verkstedet er over.",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(
					content = @Content(examples = @ExampleObject(name = "Hotell og kosthold", value = EXAMPLE))))
	@ApiResponse(responseCode = "400", description = "Ugyldig svar; feltet er navngitt, f.eks. answers.hotel",
			content = @Content(mediaType = "application/problem+json"))
	@ApiResponse(responseCode = "404", description = "Påmeldingen finnes ikke, eller hemmeligheten er feil",
			content = @Content(mediaType = "application/problem+json"))
	@ApiResponse(responseCode = "409", description = "Delegasjonen er meldt av, eller verkstedet er over",
			content = @Content(mediaType = "application/problem+json"))
	AnswersView change(@PathVariable String delegationId, HttpServletRequest caller,
			@RequestHeader(name = ManageTokens.HEADER, required = false) String headerToken,
			@RequestParam(name = "token", required = false) String queryToken, @RequestBody AnswersRequest request) {
		ManagedDelegation managed = this.manage.view(delegationId, ManageTokens.fromRequest(headerToken, queryToken),
				caller.getRemoteAddr());
		if (!managed.replaceable()) {
			throw new ConflictingState("answers", "answers-closed",
					"Svarene kan ikke endres for en delegasjon som er meldt av, eller når verkstedet er over.");
		}
		List<String> participantIds = managed.delegation()
			.participants()
			.stream()
			.map(Participant::participantId)
			.toList();
		GivenAnswers given = this.answers.check(managed.workshopId(), request.answers(),
				inOrderOf(request, participantIds), participantIds.size());
		this.answers.store(managed.workshopId(), delegationId, given, participantIds);
		return viewOf(managed);
	}

	private AnswersView viewOf(ManagedDelegation managed) {
		String delegationId = managed.delegation().delegationId();
		Set<String> participantIds = managed.delegation()
			.participants()
			.stream()
			.map(Participant::participantId)
			.collect(Collectors.toSet());
		return AnswersViews.of(delegationId, this.answers.questionsOf(managed.workshopId()),
				this.answers.of(delegationId).orElse(StoredAnswers.none(delegationId, managed.workshopId())),
				participantIds);
	}

	/**
	 * The delegates' answers in the delegation's order; a stranger is refused by index.
	 */
	private static List<Map<String, Object>> inOrderOf(AnswersRequest request, List<String> participantIds) {
		List<Map<String, Object>> ordered = new ArrayList<>();
		participantIds.forEach(id -> ordered.add(null));
		List<AnswersRequest.ParticipantAnswers> given = (request.participants() != null) ? request.participants()
				: List.of();
		for (int index = 0; index < given.size(); index++) {
			AnswersRequest.ParticipantAnswers each = given.get(index);
			int at = (each != null) ? participantIds.indexOf(each.participantId()) : -1;
			if (at < 0) {
				throw new RuleViolation("participants[" + index + "].participantId", "unknown-participant",
						"Deltakeren er ikke med i delegasjonen.");
			}
			ordered.set(at, each.answers());
		}
		return ordered;
	}

}
