package no.ks.kulturskole.registration.privacy.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import no.ks.kulturskole.registration.delegation.application.WorkshopRegistrationsStore;
import no.ks.kulturskole.registration.delegation.model.Delegation;
import no.ks.kulturskole.registration.delegation.model.WorkshopRegistrations;
import no.ks.kulturskole.support.problem.NotFound;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Retention by default (issue 14): the delegations of a workshop are erased
 * {@code platform.privacy.retention.after-workshop} (90 days) after it was completed or
 * cancelled, through the same erasure as on request ({@link Erasures}), so the other
 * services erase their copies and report back alike.
 * <p>
 * Idempotent: an erased delegation is not picked again. Several instances may run it at
 * once without a lock: erasing an erased delegation again changes nothing but sends one
 * more {@code DataKeyErased}, which every reader takes as it took the first.
 */
@Component
public class RetentionByDefault {

	private static final Logger log = LoggerFactory.getLogger(RetentionByDefault.class);

	private final WorkshopRegistrationsStore workshops;

	private final Erasures erasures;

	private final Clock clock;

	private final Duration afterWorkshop;

	public RetentionByDefault(WorkshopRegistrationsStore workshops, Erasures erasures, Clock clock,
			@Value("${platform.privacy.retention.after-workshop:P90D}") Duration afterWorkshop) {
		this.workshops = workshops;
		this.erasures = erasures;
		this.clock = clock;
		this.afterWorkshop = afterWorkshop;
	}

	// the first run waits a while, so that a starting instance takes its traffic first
	@Scheduled(initialDelayString = "${platform.privacy.retention.initial-delay:PT5M}",
			fixedDelayString = "${platform.privacy.retention.interval:PT1H}")
	void onSchedule() {
		eraseDue();
	}

	/**
	 * When the workshop's personal data is erased, for staff to see.
	 * @return empty while the workshop is not over
	 * @throws NotFound for a workshop registration has not heard of
	 */
	public Optional<Instant> personalDataErasedAt(String workshopId) {
		return this.workshops.findWorkshop(workshopId)
			.orElseThrow(() -> new NotFound("workshopId", "Verkstedet finnes ikke."))
			.personalDataErasedAt(this.afterWorkshop);
	}

	/**
	 * @return how many delegations were erased
	 */
	public int eraseDue() {
		Instant now = this.clock.instant();
		int erased = 0;
		for (WorkshopRegistrations registrations : this.workshops
			.findEndedWithPersonalData(now.minus(this.afterWorkshop))) {
			boolean due = registrations.workshop()
				.personalDataErasedAt(this.afterWorkshop)
				.filter((at) -> !at.isAfter(now))
				.isPresent();
			List<String> living = registrations.delegations()
				.stream()
				.filter((delegation) -> !delegation.isErased())
				.map(Delegation::delegationId)
				.toList();
			if (due && !living.isEmpty()) {
				String erasureId = this.erasures.ofWorkshopDelegations(registrations.id(), living);
				log.info("Retention: {} delegations of workshop {} erased (erasure {})", living.size(),
						registrations.id(), erasureId);
				erased += living.size();
			}
		}
		return erased;
	}

}
