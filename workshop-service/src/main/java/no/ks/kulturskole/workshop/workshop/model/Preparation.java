package no.ks.kulturskole.workshop.workshop.model;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import no.ks.kulturskole.support.problem.RuleViolation;

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

	/**
	 * Staff's material and questions, checked: at least one of them, every material with
	 * a title and a link, no blank question, released before the first session (by
	 * default {@code lead} before it).
	 * @param releaseAt {@code null} for the default
	 * @throws RuleViolation naming the field of the first rule broken
	 */
	static Preparation of(List<PreparationMaterial> materials, List<String> questions, Instant releaseAt,
			Instant firstSessionStartsAt, Duration lead) {
		if (materials.isEmpty() && questions.isEmpty()) {
			throw new RuleViolation("materials", "preparation-empty",
					"Oppgi minst ett materiell eller ett refleksjonsspørsmål.");
		}
		for (int index = 0; index < materials.size(); index++) {
			PreparationMaterial material = materials.get(index);
			if (SchedulingRules.isBlank(material.title())) {
				throw new RuleViolation("materials[" + index + "].title", "material-title-required",
						"Materiellet må ha en tittel.");
			}
			if (SchedulingRules.isBlank(material.url())) {
				throw new RuleViolation("materials[" + index + "].url", "material-url-required",
						"Materiellet må ha en lenke eller en filreferanse.");
			}
		}
		for (int index = 0; index < questions.size(); index++) {
			if (SchedulingRules.isBlank(questions.get(index))) {
				throw new RuleViolation("reflectionQuestions[" + index + "]", "question-blank",
						"Refleksjonsspørsmålet kan ikke være tomt.");
			}
		}
		Instant release = (releaseAt != null) ? Timetable.stored(releaseAt) : firstSessionStartsAt.minus(lead);
		if (!release.isBefore(firstSessionStartsAt)) {
			throw new RuleViolation("releaseAt", "release-after-start",
					"Materiellet må sendes ut før første økt starter.");
		}
		return new Preparation(
				materials.stream().map(m -> new PreparationMaterial(m.title().strip(), m.url().strip())).toList(),
				questions.stream().map(String::strip).toList(), release, null);
	}

	public boolean isReleased() {
		return this.releasedAt != null;
	}

	/** The same material, waiting for a release time moved by {@code shift}. */
	Preparation releaseMovedBy(Duration shift) {
		return new Preparation(this.materials, this.reflectionQuestions, this.releaseAt.plus(shift), null);
	}

	/**
	 * Material not yet sent keeps the same lead before the first session when that
	 * session moves, whether the lead was the default week or a time staff chose: sent a
	 * week before the old date, it is sent a week before the new one. Material sent (or
	 * none) stays as it is.
	 */
	static Preparation following(Preparation preparation, Instant firstSessionWas, Instant firstSessionIs) {
		if (preparation == null || preparation.isReleased()) {
			return preparation;
		}
		return preparation.releaseMovedBy(Duration.between(firstSessionWas, firstSessionIs));
	}

	Preparation releasedAt(Instant now) {
		return new Preparation(this.materials, this.reflectionQuestions, this.releaseAt, now);
	}

}
