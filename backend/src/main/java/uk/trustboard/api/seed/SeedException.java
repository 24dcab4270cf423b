package uk.trustboard.api.seed;

import java.util.List;
import java.util.stream.Collectors;

/** The seed data cannot be loaded; nothing was written. */
public class SeedException extends RuntimeException {

	private final List<SeedProblem> problems;

	SeedException(List<SeedProblem> problems) {
		super("Seed data has " + problems.size() + " problem(s); nothing was loaded:\n  "
				+ problems.stream().map(SeedProblem::toString).collect(Collectors.joining("\n  ")));
		this.problems = List.copyOf(problems);
	}

	List<SeedProblem> problems() {
		return this.problems;
	}

}
