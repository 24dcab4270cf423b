package uk.trustboard.api.graphql;

/**
 * What a selection adds up to, for {@link QueryMeasure}. Counts are never negative and saturate at
 * {@link Long#MAX_VALUE}: an exponential document must read as huge, not wrap around to small.
 */
record Tally(int depth, long cost, long fields, long aliases, long largestPage) {

	static final Tally NONE = new Tally(0, 0, 0, 0, 0);

	/** Side by side: the deeper of the two, the sum of the counts. */
	Tally plus(Tally other) {
		return new Tally(Math.max(this.depth, other.depth), add(this.cost, other.cost), add(this.fields, other.fields),
				add(this.aliases, other.aliases), Math.max(this.largestPage, other.largestPage));
	}

	/** This field holding its selection n times over: one level deeper, costing 1 + n x the selection. */
	Tally holding(Tally selection, long n) {
		return new Tally(selection.depth + 1, add(1, multiply(n, selection.cost)), add(this.fields, selection.fields),
				add(this.aliases, selection.aliases), Math.max(this.largestPage, selection.largestPage));
	}

	private static long add(long a, long b) {
		long sum = a + b;
		return (sum < 0) ? Long.MAX_VALUE : sum;
	}

	private static long multiply(long a, long b) {
		long high = Math.multiplyHigh(a, b);
		long low = a * b;
		return (high != 0 || low < 0) ? Long.MAX_VALUE : low;
	}

}
