package no.ks.kulturskole.workshop.workshop.model;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * What delegations get before the workshop: material and reflection questions, released
 * at {@code releaseAt} (by default 7 days before the first session).
 *
 * @param releasedAt when it was sent out; {@code null} while it waits for its release
 */
public record Preparation(List<PreparationMaterial> materials, List<String> reflectionQuestions, Instant releaseAt,
		Instant releasedAt) {

	public Preparation {
		materials = List.copyOf(materials);
		reflectionQuestions = List.copyOf(reflectionQuestions);
	}

	public boolean isReleased() {
		return this.releasedAt != null;
	}

	/** The same material, waiting for a release time moved by {@code shift}. */
	Preparation releaseMovedBy(Duration shift) {
		return new Preparation(this.materials, this.reflectionQuestions, this.releaseAt.plus(shift), null);
	}

	Preparation releasedAt(Instant now) {
		return new Preparation(this.materials, this.reflectionQuestions, this.releaseAt, now);
	}

}
