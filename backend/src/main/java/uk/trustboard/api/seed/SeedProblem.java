package uk.trustboard.api.seed;

/** Something wrong in one seed file: which file, where in it, and why. */
record SeedProblem(String file, String location, String reason) {

	@Override
	public String toString() {
		return this.file + " at " + this.location + ": " + this.reason;
	}

}
