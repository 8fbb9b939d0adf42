package no.ks.kulturskole.registration.delegation.application;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;

import no.ks.kulturskole.contracts.registration.ReflectionAnswer;
import no.ks.kulturskole.registration.delegation.model.Change;
import no.ks.kulturskole.registration.delegation.model.DelegateEntry;
import no.ks.kulturskole.registration.delegation.model.Delegation;
import no.ks.kulturskole.registration.delegation.model.WorkshopRegistrations;
import no.ks.kulturskole.support.problem.NotFound;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;

/**
 * What the coordinator does through the self-service link. Every call proves the secret
 * first: a wrong (or missing) one gets the same 404 as an unknown delegation, so the
 * answer never tells whether a delegation exists. Wrong guesses are counted against the
 * client that makes them ({@code client}: its address), never against the delegation: the
 * right secret always opens, so nobody can lock a coordinator out by guessing.
 */
@Service
public class ManageDelegation {

	static final String CANCELLED_BY_COORDINATOR = "Avmeldt av kontaktpersonen";

	private static final Logger log = LoggerFactory.getLogger(ManageDelegation.class);

	private final WorkshopRegistrationsStore store;

	private final WorkshopWriter writer;

	private final ManageLinkLimiter limiter;

	private final Clock clock;

	private final MailBudget mailBudget;

	public ManageDelegation(WorkshopRegistrationsStore store, WorkshopWriter writer, ManageLinkLimiter limiter,
			MailBudget mailBudget, Clock clock) {
		this.store = store;
		this.writer = writer;
		this.limiter = limiter;
		this.mailBudget = mailBudget;
		this.clock = clock;
	}

	/** The delegation with its delegates, as its coordinator may see it. */
	public ManagedDelegation view(String delegationId, String token, String client) {
		WorkshopRegistrations registrations = authorised(delegationId, token, client);
		return ManagedDelegation.of(registrations, registrations.delegation(delegationId).orElseThrow(),
				this.clock.instant());
	}

	public ManagedDelegation changeParticipants(String delegationId, String token, String client,
			List<DelegateEntry> entries) {
		WorkshopRegistrations registrations = authorised(delegationId, token, client);
		int newAddresses = MailBudget.newAddresses(registrations.delegation(delegationId).orElseThrow(), entries);
		this.mailBudget.check(client, newAddresses, "participants");
		WorkshopRegistrations after = this.writer.write(registrations.id(), ManageDelegation::notFound,
				WorkshopDecision.changing((current, now) -> current.changeParticipants(delegationId, entries, now)));
		this.mailBudget.spend(client, newAddresses);
		log.info("Delegation {} changed its delegates", delegationId);
		return ManagedDelegation.of(after, after.delegation(delegationId).orElseThrow(), this.clock.instant());
	}

	public ManagedDelegation submitReflection(String delegationId, String token, String client,
			List<ReflectionAnswer> answers) {
		WorkshopRegistrations after = change(delegationId, token, client,
				(current, now) -> current.submitReflection(delegationId, answers, now));
		log.info("Delegation {} submitted its reflection answers", delegationId);
		return ManagedDelegation.of(after, after.delegation(delegationId).orElseThrow(), this.clock.instant());
	}

	public void cancel(String delegationId, String token, String client) {
		change(delegationId, token, client,
				(current, now) -> current.cancel(delegationId, CANCELLED_BY_COORDINATOR, now));
		log.info("Delegation {} cancelled by its coordinator", delegationId);
	}

	private WorkshopRegistrations change(String delegationId, String token, String client,
			BiFunction<WorkshopRegistrations, Instant, Change> decide) {
		WorkshopRegistrations registrations = authorised(delegationId, token, client);
		return this.writer.write(registrations.id(), ManageDelegation::notFound, WorkshopDecision.changing(decide));
	}

	private WorkshopRegistrations authorised(String delegationId, String token, String client) {
		Optional<WorkshopRegistrations> registrations = this.store.findByDelegation(delegationId);
		Optional<Delegation> delegation = registrations.flatMap(found -> found.delegation(delegationId));
		if (delegation.isPresent() && ManageTokens.matches(token, delegation.get().manageTokenHash())) {
			return registrations.get();
		}
		// the secret itself is never logged, not even a wrong one; nor the client's
		// address
		log.info("Refused a manage request for delegation {}: unknown delegation or wrong secret", delegationId);
		// 429 once this client has guessed wrong too often, else the same 404 as always
		this.limiter.wrongSecret(client);
		throw notFound();
	}

	static NotFound notFound() {
		return new NotFound("delegationId", "Påmeldingen finnes ikke, eller lenken er feil.");
	}

}
