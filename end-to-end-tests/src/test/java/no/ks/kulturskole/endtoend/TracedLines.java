package no.ks.kulturskole.endtoend;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The platform's console, as the launcher prints it (every service's lines behind its
 * name), passed on unchanged and also kept by trace id, so that a test can follow one
 * request through the services' logs. Only lines that carry a trace id are kept, and only
 * for the traces a test asked to follow: the console of a whole test run is large.
 */
final class TracedLines extends PrintStream {

	/**
	 * {@code [registration] 2026-… INFO … [correlation] [traceId] …}: the launcher's
	 * prefix (the second instance's {@code [registration-2]}: the same service), then the
	 * services' log pattern ({@code logging.pattern.correlation}).
	 */
	private static final Pattern LINE = Pattern
		.compile("^\\[(\\w+)(?:-\\d+)?\\s*\\] .*?\\[([^\\]]*)\\] \\[([0-9a-f]{32})\\] ");

	private final Map<String, Queue<TracedLine>> byTrace = new ConcurrentHashMap<>();

	private final Map<String, Queue<TracedLine>> byCorrelation = new ConcurrentHashMap<>();

	/**
	 * Markers a test looks for in the services' lines, with the lines that carried one.
	 */
	private final Map<String, Queue<String>> marked = new ConcurrentHashMap<>();

	/** The launcher's prefix of an application's line, e.g. {@code [registration] }. */
	private static final Pattern APPLICATION_LINE = Pattern
		.compile("^\\[(gateway|workshop|registration|notification|reporting)[\\w-]*\\s*\\] ");

	TracedLines(PrintStream console) {
		super(console, true, StandardCharsets.UTF_8);
	}

	/**
	 * From now on, keeps the lines of this correlation id and of the traces they name.
	 */
	void follow(String correlationId) {
		this.byCorrelation.putIfAbsent(correlationId, new ConcurrentLinkedQueue<>());
	}

	List<TracedLine> ofCorrelation(String correlationId) {
		return List.copyOf(this.byCorrelation.getOrDefault(correlationId, new ConcurrentLinkedQueue<>()));
	}

	/**
	 * From now on, keeps every line an application prints that contains {@code marker} (a
	 * string made up for one test, put where personal data goes).
	 */
	void watch(String marker) {
		this.marked.putIfAbsent(marker, new ConcurrentLinkedQueue<>());
	}

	/** The applications' lines that contained {@code marker} since {@link #watch}. */
	List<String> linesWith(String marker) {
		return List.copyOf(this.marked.getOrDefault(marker, new ConcurrentLinkedQueue<>()));
	}

	List<TracedLine> ofTrace(String traceId) {
		return List.copyOf(this.byTrace.getOrDefault(traceId, new ConcurrentLinkedQueue<>()));
	}

	@Override
	public void println(String line) {
		super.println(line);
		if (line == null) {
			return;
		}
		if (!this.marked.isEmpty() && APPLICATION_LINE.matcher(line).find()) {
			this.marked.forEach((marker, lines) -> {
				if (line.contains(marker)) {
					lines.add(line);
				}
			});
		}
		Matcher matcher = LINE.matcher(line);
		if (!matcher.find()) {
			return;
		}
		TracedLine traced = new TracedLine(matcher.group(1), matcher.group(2), matcher.group(3), line);
		Queue<TracedLine> ofCorrelation = this.byCorrelation.get(traced.correlationId());
		if (ofCorrelation != null) {
			ofCorrelation.add(traced);
			this.byTrace.putIfAbsent(traced.traceId(), new ConcurrentLinkedQueue<>());
		}
		Queue<TracedLine> ofTrace = this.byTrace.get(traced.traceId());
		if (ofTrace != null) {
			ofTrace.add(traced);
		}
	}

	/** One service's log line: its launcher name, correlation and trace id. */
	record TracedLine(String service, String correlationId, String traceId, String text) {

	}

}
