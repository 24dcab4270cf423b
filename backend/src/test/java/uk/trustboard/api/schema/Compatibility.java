package uk.trustboard.api.schema;

import java.util.List;

import graphql.schema.diff.DiffCategory;
import graphql.schema.diff.DiffEvent;
import graphql.schema.diff.SchemaDiff;
import graphql.schema.diff.SchemaDiffSet;
import graphql.schema.diff.reporting.CapturingReporter;

/**
 * What changed between two versions of the schema, as graphql-java's {@link SchemaDiff} sees it
 * from an existing client's side: {@code breaking} would fail a query or mutation that worked
 * before (a removed or renamed field, a changed type, a new required argument, an input made
 * non-null, a removed enum value); {@code dangerous} may change what a client sees without failing
 * it (e.g. a new enum value a client's switch does not know); {@code additions} and
 * {@code deprecations} are safe.
 */
record Compatibility(List<Change> breaking, List<Change> dangerous, List<Change> additions,
		List<Change> deprecations) {

	static Compatibility between(String released, String current) {
		CapturingReporter reporter = new CapturingReporter();
		new SchemaDiff().diffSchema(SchemaDiffSet.diffSetFromSdl(released, current), reporter);
		// graphql-java reports a deprecation as dangerous; it is listed here as what it is
		List<DiffEvent> dangers = reporter.getDangers();
		return new Compatibility(changes(reporter.getBreakages()),
				changes(dangers.stream().filter(event -> event.getCategory() != DiffCategory.DEPRECATION_ADDED).toList()),
				changes(reporter.getInfos().stream().filter(event -> event.getCategory() == DiffCategory.ADDITION).toList()),
				changes(reporter.getEvents().stream()
					.filter(event -> event.getCategory() == DiffCategory.DEPRECATION_ADDED)
					.toList()));
	}

	private static List<Change> changes(List<DiffEvent> events) {
		return events.stream().map(Change::of).distinct().toList();
	}

	/**
	 * One difference.
	 *
	 * @param coordinate {@code Type.field} or {@code Type}, as the CHANGELOG names it
	 * @param reason graphql-java's explanation
	 */
	record Change(String coordinate, String reason) {

		static Change of(DiffEvent event) {
			String coordinate = (event.getFieldName() != null) ? event.getTypeName() + "." + event.getFieldName()
					: event.getTypeName();
			return new Change(coordinate, event.getReasonMsg());
		}

		@Override
		public String toString() {
			return this.coordinate + ": " + this.reason;
		}

	}

}
