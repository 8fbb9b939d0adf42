package no.ks.kulturskole.benchmarks;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The benchmark's figures: each line printed as it is measured, and all of them again at
 * the end under one heading (the format docs/PERFORMANCE.md shows).
 */
final class Summary {

	private final List<String> lines = new ArrayList<>();

	void line(String line) {
		System.out.println(line);
		this.lines.add(line);
	}

	void print() {
		System.out.println();
		System.out.println("=== Registration rush benchmark, " + Instant.now() + " ===");
		this.lines.forEach(System.out::println);
	}

}
