package uk.trustboard.api.schema;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import graphql.schema.GraphQLSchema;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.SchemaPrinter;
import graphql.schema.idl.TypeDefinitionRegistry;
import graphql.schema.idl.UnExecutableSchemaGenerator;

/**
 * The schema as one SDL text: every {@code schema/*.graphqls} file merged (type extensions folded
 * into their types) and printed in graphql-java's canonical order, so that two versions compare
 * by meaning and a snapshot's diff in review shows only what changed.
 */
final class CombinedSchema {

	static final Path SCHEMA = Path.of("schema");

	private CombinedSchema() {
	}

	/** The current schema, from the files the service serves. */
	static String current() {
		TypeDefinitionRegistry registry = new TypeDefinitionRegistry();
		try (Stream<Path> files = Files.list(SCHEMA)) {
			for (Path file : files.filter(path -> path.toString().endsWith(".graphqls")).sorted().toList()) {
				registry.merge(new SchemaParser().parse(Files.readString(file)));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return print(registry);
	}

	/** Any SDL text, printed the same canonical way. */
	static String canonical(String sdl) {
		return print(new SchemaParser().parse(sdl));
	}

	private static String print(TypeDefinitionRegistry registry) {
		GraphQLSchema schema = UnExecutableSchemaGenerator.makeUnExecutableSchema(registry);
		SchemaPrinter.Options options = SchemaPrinter.Options.defaultOptions()
			.includeSchemaDefinition(true)
			.includeDirectiveDefinitions(false)
			.includeScalarTypes(true);
		// the printer indents the blank lines inside block descriptions, more on each pass
		return new SchemaPrinter(options).print(schema).replaceAll("(?m)[ \\t]+$", "");
	}

}
