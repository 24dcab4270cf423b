package uk.trustboard.api.bench;

import java.util.Arrays;

/** Percentiles of a sample of durations, in milliseconds (nearest rank). */
record Latencies(int count, double p50, double p95, double p99, double max, double mean) {

	static Latencies of(long[] nanos) {
		if (nanos.length == 0) {
			return new Latencies(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
		}
		long[] sorted = nanos.clone();
		Arrays.sort(sorted);
		return new Latencies(sorted.length, ms(rank(sorted, 0.50)), ms(rank(sorted, 0.95)), ms(rank(sorted, 0.99)),
				ms(sorted[sorted.length - 1]), Arrays.stream(sorted).average().orElse(0) / 1e6);
	}

	private static long rank(long[] sorted, double quantile) {
		return sorted[Math.max(0, (int) Math.ceil(quantile * sorted.length) - 1)];
	}

	private static double ms(long nanos) {
		return nanos / 1e6;
	}

	String p50p95() {
		return "p50 %.1f ms, p95 %.1f ms (n=%d)".formatted(this.p50, this.p95, this.count);
	}

}
