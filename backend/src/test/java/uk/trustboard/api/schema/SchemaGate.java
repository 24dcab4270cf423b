package uk.trustboard.api.schema;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rule that keeps the front end's contract from breaking silently: the current schema may
 * add to the latest release but not break it; a breaking change passes only as a new release,
 * i.e. a new snapshot plus a CHANGELOG section for it that names every broken field. What a
 * release removes (a field, argument, input field or enum value) the release before it must have
 * deprecated, with {@code @deprecated(reason:)} ({@link Deprecations}); and a deprecation in the
 * current schema says why.
 */
final class SchemaGate {

	private SchemaGate() {
	}

	/**
	 * @param problems why the build must fail (empty: it may pass)
	 * @param unreleased what the current schema adds to (or deprecates in) the latest release
	 */
	record Verdict(List<String> problems, List<Compatibility.Change> unreleased) {
	}

	static Verdict check(String current, List<SchemaRelease> releases, String changelog) {
		if (releases.isEmpty()) {
			return new Verdict(List.of("No released schema: run scripts/schema.sh release to write schema/snapshot/v1.graphqls"),
					List.of());
		}
		List<String> problems = new ArrayList<>();
		for (int i = 0; i < releases.size(); i++) {
			SchemaRelease release = releases.get(i);
			String section = section(changelog, release.name());
			if (section == null) {
				problems.add("schema/CHANGELOG.md has no '## " + release.name() + "' section for snapshot "
						+ SchemaRelease.file(release.version()));
				continue;
			}
			if (i > 0) {
				SchemaRelease previous = releases.get(i - 1);
				for (Compatibility.Change change : Compatibility.between(previous.sdl(), release.sdl()).breaking()) {
					if (!section.contains(change.coordinate())) {
						problems.add("schema/CHANGELOG.md '## " + release.name() + "' does not name the breaking change "
								+ change);
					}
				}
				for (Deprecations.Removal removal : Deprecations.removedBetween(previous.sdl(), release.sdl())) {
					if (!removal.deprecated()) {
						problems.add(release.name() + " removes " + removal.coordinate() + ", which " + previous.name()
								+ " did not deprecate with @deprecated(reason:): deprecate it in one release, remove it in a later one");
					}
				}
			}
		}
		SchemaRelease latest = releases.getLast();
		Compatibility compatibility = Compatibility.between(latest.sdl(), current);
		for (Compatibility.Change change : compatibility.breaking()) {
			problems.add("Breaking change against released " + latest.name() + ": " + change
					+ ". Keep it (deprecate it with @deprecated(reason:), and remove it in a release after the one that "
					+ "deprecates it) or release v" + (latest.version() + 1)
					+ ": a new snapshot (scripts/schema.sh release) and a schema/CHANGELOG.md section naming the change.");
		}
		for (String coordinate : Deprecations.withoutReason(current)) {
			problems.add(coordinate + " is @deprecated without a reason: say what to use instead, "
					+ "e.g. @deprecated(reason: \"Use Type.other.\")");
		}
		List<Compatibility.Change> unreleased = new ArrayList<>(compatibility.additions());
		unreleased.addAll(compatibility.deprecations());
		unreleased.addAll(compatibility.dangerous());
		return new Verdict(problems, unreleased);
	}

	/** The text under {@code ## <version>} up to the next second-level heading, or null. */
	static String section(String changelog, String version) {
		Matcher heading = Pattern.compile("(?m)^## " + Pattern.quote(version) + "\\b.*$").matcher(changelog);
		if (!heading.find()) {
			return null;
		}
		Matcher next = Pattern.compile("(?m)^## ").matcher(changelog);
		int end = next.find(heading.end()) ? next.start() : changelog.length();
		return changelog.substring(heading.end(), end);
	}

}
