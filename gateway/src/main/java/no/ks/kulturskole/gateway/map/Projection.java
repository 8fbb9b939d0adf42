package no.ks.kulturskole.gateway.map;

/**
 * Longitude and latitude to the map's pixels: a transverse Mercator on the sphere around
 * 15° east, the meridian Kartverket's own maps of the whole country (UTM zone 33) use, so
 * that Norway has the shape Norwegians know rather than the wide, flattened one of
 * longitude and latitude drawn as they are.
 */
final class Projection {

	private static final double CENTRAL_MERIDIAN = Math.toRadians(15);

	private final double minX;

	private final double maxY;

	private final double scale;

	private final int width;

	private final int height;

	/**
	 * @param bounds west, south, east, north in degrees: the area to fit in
	 * @param width the map's width in pixels; the height follows from the shape
	 */
	Projection(double[] bounds, int width) {
		double minX = Double.MAX_VALUE;
		double maxX = -Double.MAX_VALUE;
		double minY = Double.MAX_VALUE;
		double maxY = -Double.MAX_VALUE;
		// the corners and the middle of the edges: a transverse Mercator bends the
		// parallels, so the extremes are not all at the corners
		for (double lon : new double[] { bounds[0], (bounds[0] + bounds[2]) / 2, bounds[2] }) {
			for (double lat : new double[] { bounds[1], bounds[3] }) {
				double[] xy = project(lon, lat);
				minX = Math.min(minX, xy[0]);
				maxX = Math.max(maxX, xy[0]);
				minY = Math.min(minY, xy[1]);
				maxY = Math.max(maxY, xy[1]);
			}
		}
		this.minX = minX;
		this.maxY = maxY;
		this.scale = width / (maxX - minX);
		this.width = width;
		this.height = (int) Math.ceil((maxY - minY) * this.scale);
	}

	static double[] project(double lon, double lat) {
		double lambda = Math.toRadians(lon) - CENTRAL_MERIDIAN;
		double phi = Math.toRadians(lat);
		double b = Math.cos(phi) * Math.sin(lambda);
		double x = 0.5 * Math.log((1 + b) / (1 - b));
		double y = Math.atan2(Math.tan(phi), Math.cos(lambda));
		return new double[] { x, y };
	}

	double[] pixel(double lon, double lat) {
		double[] xy = project(lon, lat);
		return new double[] { (xy[0] - this.minX) * this.scale, (this.maxY - xy[1]) * this.scale };
	}

	int width() {
		return this.width;
	}

	int height() {
		return this.height;
	}

}
