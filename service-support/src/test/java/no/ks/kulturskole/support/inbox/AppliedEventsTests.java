package no.ks.kulturskole.support.inbox;

import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The inbox in memory: an event applied once is recognised, and nothing grows unbounded.
 */
class AppliedEventsTests {

	@Test
	void anEventAppliedOnceIsRecognisedWhenItComesAgain() {
		AppliedEvents applied = AppliedEvents.NONE.with("e-1");

		assertThat(applied.contains("e-1")).isTrue();
		assertThat(applied.contains("e-2")).isFalse();
		assertThat(applied.with("e-1")).isEqualTo(applied);
	}

	@Test
	void theOldestIdsAreForgottenBeyondTheBound() {
		AppliedEvents applied = AppliedEvents.NONE;
		for (int i = 0; i < AppliedEvents.REMEMBERED + 10; i++) {
			applied = applied.with("e-" + i);
		}

		assertThat(applied.ids()).hasSize(AppliedEvents.REMEMBERED);
		assertThat(applied.contains("e-9")).isFalse();
		assertThat(applied.contains("e-10")).isTrue();
		assertThat(applied.ids().getLast()).isEqualTo("e-" + (AppliedEvents.REMEMBERED + 9));
	}

	@Test
	void aSmallerBoundKeepsTheNewest() {
		AppliedEvents applied = AppliedEvents.NONE;
		for (String id : IntStream.range(0, 5).mapToObj((i) -> "e-" + i).toList()) {
			applied = applied.with(id, 3);
		}

		assertThat(applied.ids()).containsExactly("e-2", "e-3", "e-4");
	}

	@Test
	void aStoredListLongerThanTheBoundIsCutToTheNewest() {
		AppliedEvents applied = AppliedEvents
			.of(IntStream.range(0, AppliedEvents.REMEMBERED + 1).mapToObj((i) -> "e-" + i).toList());

		assertThat(applied.ids()).hasSize(AppliedEvents.REMEMBERED).doesNotContain("e-0");
	}

	@Test
	void newestWinsByTheProducersSequence() {
		assertThat(EventOrder.applies(null, 1)).isTrue();
		assertThat(EventOrder.applies(3L, 4)).isTrue();
		// a redelivery re-applies the same state
		assertThat(EventOrder.applies(3L, 3)).isTrue();
		// a late event does not move the state backwards
		assertThat(EventOrder.applies(3L, 2)).isFalse();
		// not numbered: applied as it comes
		assertThat(EventOrder.applies(3L, 0)).isTrue();

		assertThat(EventOrder.advances(3L, 4)).isTrue();
		assertThat(EventOrder.advances(3L, 3)).isFalse();
		assertThat(EventOrder.advances(null, 0)).isTrue();
	}

	@Test
	void anEffectsKeyComesFromTheEventOrItsVersion() {
		assertThat(EffectKey.ofEvent("3f2a")).isEqualTo("e3f2a");
		assertThat(EffectKey.ofVersion(3)).isEqualTo("v3");
		assertThatThrownBy(() -> EffectKey.ofVersion(0)).isInstanceOf(IllegalArgumentException.class);
	}

}
