package no.ks.kulturskole.reporting.workshopreport.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import static org.assertj.core.api.Assertions.assertThat;

/** What the staff dashboard's stream sends, and to whom. */
class ReportStreamTests {

	@Test
	void aQuietStreamGetsACommentNowAndThenSoThatNoProxyCutsIt() throws IOException {
		ReportStream stream = new ReportStream();
		RecordingEmitter dashboard = new RecordingEmitter(false);
		stream.subscribe(dashboard);

		stream.heartbeat();

		assertThat(dashboard.sent).hasSize(2);
		assertThat(dashboard.sent.get(0)).contains("event:subscribed");
		assertThat(dashboard.sent.get(1)).startsWith(":keep-alive").doesNotContain("event:");
	}

	@Test
	void aDashboardThatWentAwayIsDroppedAndTheOthersStillHear() throws IOException {
		ReportStream stream = new ReportStream();
		RecordingEmitter gone = new RecordingEmitter(false);
		RecordingEmitter open = new RecordingEmitter(false);
		stream.subscribe(gone);
		stream.subscribe(open);
		gone.broken = true;

		stream.heartbeat();
		stream.workshopChanged("w-1");
		stream.heartbeat();

		assertThat(gone.sent).hasSize(1);
		assertThat(open.sent).hasSize(4);
		assertThat(open.sent.get(2)).contains("event:workshop-changed").contains("w-1");
	}

	@Test
	void whenTheServiceShutsDownEveryOpenStreamIsEndedSoThatTheShutdownNeedNotWaitForIt() throws IOException {
		ReportStream stream = new ReportStream();
		RecordingEmitter dashboard = new RecordingEmitter(false);
		stream.subscribe(dashboard);

		stream.closeStreams();
		stream.workshopChanged("w-1");

		assertThat(dashboard.completed).isTrue();
		assertThat(dashboard.sent).hasSize(1);
	}

	/** Records each event as the text it would put on the wire. */
	private static final class RecordingEmitter extends SseEmitter {

		private final List<String> sent = new ArrayList<>();

		private boolean broken;

		private boolean completed;

		RecordingEmitter(boolean broken) {
			this.broken = broken;
		}

		@Override
		public void send(SseEventBuilder builder) throws IOException {
			if (this.broken) {
				throw new IOException("closed");
			}
			StringBuilder text = new StringBuilder();
			Set<DataWithMediaType> parts = builder.build();
			for (DataWithMediaType part : parts) {
				text.append(part.getData());
			}
			this.sent.add(text.toString());
		}

		@Override
		public void complete() {
			this.completed = true;
		}

	}

}
