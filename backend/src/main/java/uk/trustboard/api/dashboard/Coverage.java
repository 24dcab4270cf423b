package uk.trustboard.api.dashboard;

final class Coverage {

	private Coverage() {
	}

	/** Acknowledged over required as a percentage to one decimal; 100 when nobody is required. */
	static double percent(long acknowledged, long required) {
		if (required == 0) {
			return 100.0;
		}
		return Math.round(1000.0 * Math.min(acknowledged, required) / required) / 10.0;
	}

}
