package no.ks.kulturskole.reporting.workshopreport.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The participants a workshop's report names, in the order their delegations named them,
 * and who has left (so that a late copy of a registration does not bring them back).
 * Counts per participant id and per delegation are kept with the list, so that a
 * participant registered is not a scan of every participant (a rush workshop has a
 * thousand and more).
 */
final class ParticipantRoster {

	private final List<ParticipantReport> participants = new ArrayList<>();

	private final Map<String, Integer> named = new HashMap<>();

	private final Map<String, Integer> namedPerDelegation = new HashMap<>();

	private final Set<String> removed = new LinkedHashSet<>();

	ParticipantRoster(Collection<ParticipantReport> stored, Collection<String> removed) {
		stored.forEach(this::add);
		this.removed.addAll(removed);
	}

	/** Named now, or named once and gone: either way not to be added again. */
	boolean knows(String participantId) {
		return isNamed(participantId) || this.removed.contains(participantId);
	}

	boolean isNamed(String participantId) {
		return this.named.containsKey(participantId);
	}

	long namedIn(String delegationId) {
		return this.namedPerDelegation.getOrDefault(delegationId, 0);
	}

	void add(ParticipantReport participant) {
		this.participants.add(participant);
		remember(participant);
	}

	/** Everyone of a cancelled delegation leaves. */
	void removeDelegation(String delegationId) {
		if (namedIn(delegationId) == 0) {
			return;
		}
		this.participants.removeIf(participant -> {
			boolean leaves = participant.delegationId().equals(delegationId);
			if (leaves) {
				this.removed.add(participant.participantId());
				forget(participant);
			}
			return leaves;
		});
	}

	/**
	 * @return whether the participant was named (and is now removed)
	 */
	boolean remove(String participantId) {
		if (!isNamed(participantId) || !this.participants.removeIf(participant -> {
			boolean leaves = participant.participantId().equals(participantId);
			if (leaves) {
				forget(participant);
			}
			return leaves;
		})) {
			return false;
		}
		this.removed.add(participantId);
		return true;
	}

	/** In place, so that the list keeps the order in which the delegation named them. */
	void replace(String replacedParticipantId, ParticipantReport participant) {
		for (int i = 0; i < this.participants.size(); i++) {
			ParticipantReport replaced = this.participants.get(i);
			if (replaced.participantId().equals(replacedParticipantId)) {
				this.participants.set(i, participant);
				forget(replaced);
				remember(participant);
				this.removed.add(replacedParticipantId);
				return;
			}
		}
	}

	List<ParticipantReport> list() {
		return this.participants;
	}

	List<String> removed() {
		return List.copyOf(this.removed);
	}

	private void remember(ParticipantReport participant) {
		this.named.merge(participant.participantId(), 1, Integer::sum);
		this.namedPerDelegation.merge(participant.delegationId(), 1, Integer::sum);
	}

	private void forget(ParticipantReport participant) {
		this.named.computeIfPresent(participant.participantId(), (id, count) -> (count > 1) ? count - 1 : null);
		this.namedPerDelegation.computeIfPresent(participant.delegationId(),
				(id, count) -> (count > 1) ? count - 1 : null);
	}

}
