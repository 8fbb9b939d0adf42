package no.ks.kulturskole.reporting.workshopreport.infrastructure;

import java.util.function.ToDoubleFunction;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import no.ks.kulturskole.reporting.workshopreport.application.ReadModelRebuilds;
import no.ks.kulturskole.reporting.workshopreport.model.RebuildStatus;
import no.ks.kulturskole.reporting.workshopreport.model.RebuildStatus.State;

import org.springframework.stereotype.Component;

/**
 * The read-model rebuild as operations watch it: whether one runs, how far it got, and
 * whether the last one failed (the live models then stay on the old generation, which is
 * safe but no longer what the topics say once events were fixed).
 */
@Component
class RebuildMetrics implements MeterBinder {

	private final ReadModelRebuilds rebuilds;

	RebuildMetrics(ReadModelRebuilds rebuilds) {
		this.rebuilds = rebuilds;
	}

	@Override
	public void bindTo(MeterRegistry meters) {
		gauge(meters, "reporting.rebuild.running", "1 while a rebuild replays the topics",
				(status) -> (status.state() == State.RUNNING) ? 1 : 0);
		gauge(meters, "reporting.rebuild.failed", "1 if the last rebuild failed",
				(status) -> (status.state() == State.FAILED) ? 1 : 0);
		gauge(meters, "reporting.rebuild.events", "Events applied by the running or last rebuild",
				RebuildStatus::eventsApplied);
	}

	private void gauge(MeterRegistry meters, String name, String description, ToDoubleFunction<RebuildStatus> value) {
		Gauge.builder(name, this.rebuilds, (rebuilds) -> value.applyAsDouble(rebuilds.status()))
			.description(description)
			.register(meters);
	}

}
