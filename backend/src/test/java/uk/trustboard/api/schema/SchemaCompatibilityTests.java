package uk.trustboard.api.schema;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import graphql.language.AstPrinter;
import graphql.language.Definition;
import graphql.language.Description;
import graphql.language.Directive;
import graphql.language.Document;
import graphql.language.EnumTypeDefinition;
import graphql.language.FieldDefinition;
import graphql.language.InputObjectTypeDefinition;
import graphql.language.InputValueDefinition;
import graphql.language.NonNullType;
import graphql.language.ObjectTypeDefinition;
import graphql.language.StringValue;
import graphql.language.Type;
import graphql.language.TypeName;
import graphql.parser.Parser;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The front end's contract cannot break silently: the current schema is compared with the
 * latest released snapshot in schema/snapshot/ by graphql-java's schema diff. The rule itself
 * ({@link SchemaGate}) is shown failing on each kind of breaking change and passing on additions,
 * deprecations, and on a breaking change that comes with its release; and a release that
 * removes what the release before it did not deprecate with a reason is shown failing.
 */
class SchemaCompatibilityTests {

	private static final String RELEASED = CombinedSchema.current();

	private static final String CHANGELOG_V1 = "# Changelog\n\n## v1 (2026-11-22)\n\nFirst release.\n";

	@Test
	void theCurrentSchemaDoesNotBreakTheLatestRelease() throws IOException {
		String changelog = Files.readString(CombinedSchema.SCHEMA.resolve("CHANGELOG.md"));
		List<SchemaRelease> releases = SchemaRelease.all();

		SchemaGate.Verdict verdict = SchemaGate.check(CombinedSchema.current(), releases, changelog);

		assertThat(releases).isNotEmpty();
		assertThat(verdict.problems()).isEmpty();
		// listed for the next CHANGELOG section
		System.out.println("Unreleased schema changes against " + releases.getLast().name() + ": "
				+ (verdict.unreleased().isEmpty() ? "none" : verdict.unreleased()));
	}

	@TestFactory
	Stream<DynamicTest> eachKindOfBreakingChangeFailsTheCheck() {
		return Stream.of(
				breaking("a removed field", "School.name", edit(objectType("School", type -> withFields(type,
						type.getFieldDefinitions().stream().filter(field -> !field.getName().equals("name")).toList())))),
				breaking("a renamed field", "School.name", edit(objectType("School", type -> withFields(type,
						type.getFieldDefinitions().stream()
							.map(field -> field.getName().equals("name") ? field.transform(f -> f.name("title")) : field)
							.toList())))),
				breaking("a changed type", "School.name", edit(objectType("School", type -> withFields(type,
						type.getFieldDefinitions().stream()
							.map(field -> field.getName().equals("name")
									? field.transform(f -> f.type(nonNull("Int"))) : field)
							.toList())))),
				breaking("a new required argument", "Query.school", edit(objectType("Query", type -> withFields(type,
						type.getFieldDefinitions().stream()
							.map(field -> field.getName().equals("school") ? field.transform(f -> f.inputValueDefinitions(
									append(field.getInputValueDefinitions(), argument("year", nonNull("Int")))))
									: field)
							.toList())))),
				breaking("an input field made non-null", "UpdateSchoolDetailsInput",
						edit(inputType("UpdateSchoolDetailsInput", input -> input.transform(b -> b.inputValueDefinitions(
								input.getInputValueDefinitions().stream()
									.map(value -> value.getName().equals("motto")
											? value.transform(v -> v.type(nonNull("String"))) : value)
									.toList()))))),
				breaking("a removed enum value", "SchoolPhase", edit(enumType("SchoolPhase", type -> type.transform(
						b -> b.enumValueDefinitions(type.getEnumValueDefinitions().stream()
							.filter(value -> !value.getName().equals("SPECIAL"))
							.toList()))))));
	}

	private static DynamicTest breaking(String what, String coordinate, String changed) {
		return DynamicTest.dynamicTest(what, () -> {
			assertThat(changed).isNotEqualTo(RELEASED);

			SchemaGate.Verdict verdict = SchemaGate.check(changed, List.of(new SchemaRelease(1, RELEASED)), CHANGELOG_V1);

			assertThat(verdict.problems()).isNotEmpty()
				.allSatisfy(problem -> assertThat(problem).startsWith("Breaking change against released v1"))
				.anySatisfy(problem -> assertThat(problem).contains(coordinate));
		});
	}

	@Test
	void additionsPassAndAreListed() {
		String added = edit(objectType("School", type -> withFields(type,
				append(type.getFieldDefinitions(), field("nickname", new TypeName("String"))))))
			.replace("type Query {", "type Query {\n  \"The school of the day.\"\n  schoolOfTheDay: School\n");

		SchemaGate.Verdict verdict = SchemaGate.check(added, List.of(new SchemaRelease(1, RELEASED)), CHANGELOG_V1);

		assertThat(verdict.problems()).isEmpty();
		assertThat(verdict.unreleased()).extracting(Compatibility.Change::coordinate)
			.contains("School.nickname", "Query.schoolOfTheDay");
	}

	@Test
	void aDeprecationPassesAndIsListed() {
		String deprecated = edit(objectType("School", type -> withFields(type, type.getFieldDefinitions().stream()
			.map(field -> field.getName().equals("name") ? field.transform(f -> f.directive(deprecated("Use title.")))
					: field)
			.toList())));

		SchemaGate.Verdict verdict = SchemaGate.check(deprecated, List.of(new SchemaRelease(1, RELEASED)), CHANGELOG_V1);

		assertThat(verdict.problems()).isEmpty();
		assertThat(verdict.unreleased()).extracting(Compatibility.Change::coordinate).contains("School.name");
		assertThat(Compatibility.between(RELEASED, deprecated).deprecations()).extracting(Compatibility.Change::coordinate)
			.containsExactly("School.name");
	}

	@Test
	void aBreakingChangePassesOnlyAsANewReleaseThatNamesIt() {
		String deprecated = edit(objectType("School", type -> withFields(type, type.getFieldDefinitions().stream()
			.map(field -> field.getName().equals("motto") ? field.transform(f -> f.directive(deprecated("Gone in v2.")))
					: field)
			.toList())));
		String removed = edit(objectType("School", type -> withFields(type,
				type.getFieldDefinitions().stream().filter(field -> !field.getName().equals("motto")).toList())));
		List<SchemaRelease> released = List.of(new SchemaRelease(1, deprecated), new SchemaRelease(2, removed));

		assertThat(SchemaGate.check(removed, released, CHANGELOG_V1).problems())
			.singleElement().asString().contains("no '## v2' section");
		assertThat(SchemaGate.check(removed, released, CHANGELOG_V1 + "\n## v2\n\nTidied up.\n").problems())
			.singleElement().asString().contains("does not name the breaking change School.motto");
		assertThat(SchemaGate.check(removed, released,
				CHANGELOG_V1 + "\n## v2\n\nBreaking: `School.motto` removed; read it from the school's website.\n")
			.problems()).isEmpty();
	}

	@TestFactory
	Stream<DynamicTest> aReleaseRemovesOnlyWhatTheReleaseBeforeDeprecatedWithAReason() {
		return Stream.of(
				removal("a field", "School.motto", reason -> objectType("School", type -> withFields(type,
						type.getFieldDefinitions().stream()
							.filter(field -> reason != null || !field.getName().equals("motto"))
							.map(field -> field.getName().equals("motto") ? field.transform(f -> f.directive(deprecated(reason)))
									: field)
							.toList()))),
				removal("an argument", "Query.overdueReviews(updatedSince:)", reason -> objectType("Query",
						type -> withFields(type, type.getFieldDefinitions().stream()
							.map(field -> !field.getName().equals("overdueReviews") ? field
									: field.transform(f -> f.inputValueDefinitions(field.getInputValueDefinitions()
										.stream()
										.filter(argument -> reason != null || !argument.getName().equals("updatedSince"))
										.map(argument -> argument.getName().equals("updatedSince")
												? argument.transform(a -> a.directive(deprecated(reason))) : argument)
										.toList())))
							.toList()))),
				removal("an input field", "UpdateSchoolDetailsInput.motto", reason -> inputType("UpdateSchoolDetailsInput",
						input -> input.transform(b -> b.inputValueDefinitions(input.getInputValueDefinitions()
							.stream()
							.filter(value -> reason != null || !value.getName().equals("motto"))
							.map(value -> value.getName().equals("motto") ? value.transform(v -> v.directive(deprecated(reason)))
									: value)
							.toList())))),
				removal("an enum value", "SchoolPhase.SPECIAL", reason -> enumType("SchoolPhase", type -> type.transform(
						b -> b.enumValueDefinitions(type.getEnumValueDefinitions()
							.stream()
							.filter(value -> reason != null || !value.getName().equals("SPECIAL"))
							.map(value -> value.getName().equals("SPECIAL") ? value.transform(v -> v.directive(deprecated(reason)))
									: value)
							.toList())))));
	}

	/**
	 * @param change with a reason, the member deprecated with it ("" for a bare {@code @deprecated});
	 * with null, the member removed
	 */
	private static DynamicTest removal(String what, String coordinate,
			Function<String, UnaryOperator<Definition<?>>> change) {
		return DynamicTest.dynamicTest(what, () -> {
			String removed = edit(change.apply(null));
			String deprecated = edit(change.apply("Use something else."));
			String bare = edit(change.apply(""));
			assertThat(Deprecations.removedBetween(RELEASED, removed)).extracting(Deprecations.Removal::coordinate)
				.containsExactly(coordinate);

			// every breaking change named, so that only the deprecation rule can fail
			String changelog = CHANGELOG_V1 + "\n## v2\n\nRemoved: " + Compatibility.between(RELEASED, removed)
				.breaking()
				.stream()
				.map(Compatibility.Change::coordinate)
				.toList() + "\n";
			assertThat(SchemaGate.check(removed, List.of(new SchemaRelease(1, RELEASED), new SchemaRelease(2, removed)),
					changelog).problems())
				.singleElement().asString()
				.isEqualTo("v2 removes " + coordinate + ", which v1 did not deprecate with @deprecated(reason:): "
						+ "deprecate it in one release, remove it in a later one");
			assertThat(SchemaGate.check(removed, List.of(new SchemaRelease(1, bare), new SchemaRelease(2, removed)),
					changelog).problems())
				.singleElement().asString().startsWith("v2 removes " + coordinate + ", which v1 did not deprecate");
			assertThat(SchemaGate.check(removed, List.of(new SchemaRelease(1, deprecated), new SchemaRelease(2, removed)),
					changelog).problems())
				.isEmpty();
		});
	}

	@Test
	void aDeprecationWithoutAReasonFailsTheCheck() {
		String bare = edit(objectType("School", type -> withFields(type, type.getFieldDefinitions().stream()
			.map(field -> field.getName().equals("name") ? field.transform(f -> f.directive(deprecated(""))) : field)
			.toList())));

		assertThat(SchemaGate.check(bare, List.of(new SchemaRelease(1, RELEASED)), CHANGELOG_V1).problems())
			.singleElement().asString().startsWith("School.name is @deprecated without a reason");
		// graphql-java prints a bare @deprecated with its default reason, which is no reason either
		assertThat(SchemaGate.check(CombinedSchema.canonical(bare), List.of(new SchemaRelease(1, RELEASED)), CHANGELOG_V1)
			.problems()).singleElement().asString().startsWith("School.name is @deprecated without a reason");
	}

	@Test
	void theReleasedSnapshotIsTheCanonicalPrintOfItself() {
		// a hand-edited snapshot would compare against something no build ever served
		for (SchemaRelease release : SchemaRelease.all()) {
			assertThat(release.sdl()).as(release.name()).isEqualTo(CombinedSchema.canonical(release.sdl()));
		}
	}

	private static String edit(UnaryOperator<Definition<?>> change) {
		Document document = Parser.parse(RELEASED);
		List<Definition> definitions = document.getDefinitions().stream().map(d -> (Definition) change.apply(d)).toList();
		return AstPrinter.printAst(document.transform(builder -> builder.definitions(definitions)));
	}

	private static UnaryOperator<Definition<?>> objectType(String name, UnaryOperator<ObjectTypeDefinition> change) {
		return definition -> (definition instanceof ObjectTypeDefinition type && type.getName().equals(name))
				? change.apply(type) : definition;
	}

	private static UnaryOperator<Definition<?>> inputType(String name, UnaryOperator<InputObjectTypeDefinition> change) {
		return definition -> (definition instanceof InputObjectTypeDefinition type && type.getName().equals(name))
				? change.apply(type) : definition;
	}

	private static UnaryOperator<Definition<?>> enumType(String name, UnaryOperator<EnumTypeDefinition> change) {
		return definition -> (definition instanceof EnumTypeDefinition type && type.getName().equals(name))
				? change.apply(type) : definition;
	}

	/** {@code @deprecated(reason: ...)}, or a bare {@code @deprecated} for an empty reason. */
	private static Directive deprecated(String reason) {
		Directive.Builder directive = Directive.newDirective().name("deprecated");
		if (!reason.isEmpty()) {
			directive.argument(graphql.language.Argument.newArgument("reason", new StringValue(reason)).build());
		}
		return directive.build();
	}

	private static ObjectTypeDefinition withFields(ObjectTypeDefinition type, List<FieldDefinition> fields) {
		return type.transform(builder -> builder.fieldDefinitions(fields));
	}

	private static FieldDefinition field(String name, Type<?> type) {
		return FieldDefinition.newFieldDefinition().name(name).type(type).description(described(name)).build();
	}

	private static InputValueDefinition argument(String name, Type<?> type) {
		return InputValueDefinition.newInputValueDefinition().name(name).type(type).description(described(name)).build();
	}

	private static Description described(String name) {
		return new Description("The " + name + ".", null, false);
	}

	private static NonNullType nonNull(String type) {
		return new NonNullType(new TypeName(type));
	}

	private static <T> List<T> append(List<T> list, T item) {
		return Stream.concat(list.stream(), Stream.of(item)).toList();
	}

}
