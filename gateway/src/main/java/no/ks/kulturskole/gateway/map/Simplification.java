package no.ks.kulturskole.gateway.map;

import java.util.ArrayList;
import java.util.List;

/**
 * Douglas–Peucker: drops the points of a line that lie closer than the tolerance to the
 * line through their neighbours. The ends always stay, so arcs that meet still meet.
 */
final class Simplification {

	private Simplification() {
	}

	static double[][] of(double[][] points, double tolerance) {
		if (points.length <= 2) {
			return points;
		}
		boolean[] keep = new boolean[points.length];
		keep[0] = true;
		keep[points.length - 1] = true;
		// an explicit stack: coastlines are long enough to overflow a recursion
		List<int[]> stack = new ArrayList<>();
		stack.add(new int[] { 0, points.length - 1 });
		while (!stack.isEmpty()) {
			int[] span = stack.remove(stack.size() - 1);
			int farthest = -1;
			double distance = tolerance;
			for (int i = span[0] + 1; i < span[1]; i++) {
				double d = distance(points[i], points[span[0]], points[span[1]]);
				if (d > distance) {
					distance = d;
					farthest = i;
				}
			}
			if (farthest >= 0) {
				keep[farthest] = true;
				stack.add(new int[] { span[0], farthest });
				stack.add(new int[] { farthest, span[1] });
			}
		}
		List<double[]> kept = new ArrayList<>();
		for (int i = 0; i < points.length; i++) {
			if (keep[i]) {
				kept.add(points[i]);
			}
		}
		return kept.toArray(double[][]::new);
	}

	private static double distance(double[] point, double[] start, double[] end) {
		double dx = end[0] - start[0];
		double dy = end[1] - start[1];
		double length = Math.hypot(dx, dy);
		if (length == 0) {
			return Math.hypot(point[0] - start[0], point[1] - start[1]);
		}
		return Math.abs(dy * point[0] - dx * point[1] + end[0] * start[1] - end[1] * start[0]) / length;
	}

}
