package uk.trustboard.api.reliability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Stream;

import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLInputObjectField;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLInputType;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLOutputType;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import graphql.schema.GraphQLUnionType;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import graphql.schema.idl.UnExecutableSchemaGenerator;
import tools.jackson.databind.json.JsonMapper;

/**
 * Random GraphQL documents from the schema in {@code schema/}: a root field of Query or Mutation,
 * arguments that are mostly plausible (real ids, dates, enum values) and sometimes wrong (a
 * bogus enum, an impossible date, the wrong type, an operator object, odd unicode), a random
 * selection a few levels deep, and now and then a document broken by a dropped or added character.
 * The request around it ({@link #nextBody}) now and then carries {@code variables},
 * {@code operationName} or {@code extensions} of the wrong shape, or a persisted query that is
 * malformed, unknown or sent with another text than its own.
 */
final class QueryGenerator {

	private static final List<String> IDS = List.of("asset-education", "lunsford-primary", "cop-lane-ce-primary",
			"lunsford-primary--child-protection", "demo-lunsford-teacher-1", "no-such-id", "", "{\"$gt\": \"\"}",
			"'; return true; var x='", "lunsford-primary\u0000", "\u202Eevil", "\uD83D\uDE00", "x".repeat(300));

	private static final List<String> DATES = List.of("2026-11-22", "2026-09-01", "2027-01-31", "2026-02-30", "22/11/2026",
			"", "9999-12-31");

	private static final List<String> INSTANTS = List.of("2026-11-22T09:00:00Z", "2026-11-22", "not a time");

	private static final List<String> TEXTS = List.of("Fuzz text", "", " ", "{\"$where\": \"1 == 1\"}", "\u0000",
			"\uD83D\uDE00 emoji", "<script>alert(1)</script>", "x".repeat(5_000), "Line\nbreak");

	private static final List<Integer> INTS = List.of(0, 1, 5, 20, 100, 101, -1, Integer.MAX_VALUE, Integer.MIN_VALUE);

	private static final List<Object> ODD_VARIABLES = Arrays.asList(List.of(1), "x", "", 3, true, null,
			Map.of("first", "ten"), Map.of("$where", "1 == 1"));

	private static final List<Object> ODD_OPERATION_NAMES = Arrays.asList(3, Map.of(), List.of("a"), true, null, "",
			"NoSuchOperation", "query");

	private final GraphQLSchema schema;

	private final List<Object> oddExtensions;

	private final SplittableRandom random;

	QueryGenerator(Path schemaDir, long seed) {
		this.schema = parse(schemaDir);
		this.oddExtensions = oddExtensions(registeredIds(schemaDir.resolve("persisted").resolve("manifest.json")));
		this.random = new SplittableRandom(seed);
	}

	private static List<Object> oddExtensions(List<String> registered) {
		List<Object> odd = new ArrayList<>(Arrays.asList("x", List.of(1), 3, null, Map.of("persistedQuery", "x"),
				Map.of("persistedQuery", List.of()), Map.of("persistedQuery", Map.of("version", 1)),
				Map.of("persistedQuery", Map.of("version", 1, "sha256Hash", 12)),
				Map.of("persistedQuery", Map.of("version", 2, "sha256Hash", "0".repeat(64))),
				Map.of("persistedQuery", Map.of("version", 1, "sha256Hash", "0".repeat(64)))));
		// a registered id sent with the generated text, which is not its own
		registered.forEach(id -> odd.add(Map.of("persistedQuery", Map.of("version", 1, "sha256Hash", id))));
		return odd;
	}

	private static List<String> registeredIds(Path manifest) {
		try {
			List<String> ids = new ArrayList<>();
			JsonMapper.shared().readTree(Files.readString(manifest)).path("operations")
				.forEach(operation -> ids.add(operation.path("id").asString()));
			return ids;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The JSON body of the next request: the next document as its {@code query}, and one time in
	 * eight an odd {@code variables}, {@code operationName} or {@code extensions} beside it.
	 */
	String nextBody() {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("query", next());
		if (this.random.nextInt(8) == 0) {
			switch (this.random.nextInt(3)) {
				case 0 -> body.put("variables", pick(ODD_VARIABLES));
				case 1 -> body.put("operationName", pick(ODD_OPERATION_NAMES));
				default -> body.put("extensions", pick(this.oddExtensions));
			}
		}
		return JsonMapper.shared().writeValueAsString(body);
	}

	private static GraphQLSchema parse(Path dir) {
		var registry = new TypeDefinitionRegistry();
		try (Stream<Path> files = Files.list(dir)) {
			for (Path file : files.filter(path -> path.toString().endsWith(".graphqls")).sorted().toList()) {
				registry.merge(new SchemaParser().parse(file.toFile()));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return UnExecutableSchemaGenerator.makeUnExecutableSchema(registry);
	}

	String next() {
		boolean mutation = this.schema.getMutationType() != null && this.random.nextInt(10) < 3;
		GraphQLObjectType root = mutation ? this.schema.getMutationType() : this.schema.getQueryType();
		List<GraphQLFieldDefinition> fields = root.getFieldDefinitions();
		GraphQLFieldDefinition field = fields.get(this.random.nextInt(fields.size()));
		var document = new StringBuilder(mutation ? "mutation " : "query ").append("{ ");
		field(document, field, 0);
		document.append(" }");
		return (this.random.nextInt(20) == 0) ? broken(document.toString()) : document.toString();
	}

	private void field(StringBuilder out, GraphQLFieldDefinition field, int depth) {
		out.append(field.getName());
		List<String> arguments = new ArrayList<>();
		for (GraphQLArgument argument : field.getArguments()) {
			boolean required = GraphQLTypeUtil.isNonNull(argument.getType());
			if ((required && this.random.nextInt(30) != 0) || (!required && this.random.nextBoolean())) {
				arguments.add(argument.getName() + ": " + value(argument.getType(), 0));
			}
		}
		if (!arguments.isEmpty()) {
			out.append('(').append(String.join(", ", arguments)).append(')');
		}
		selection(out, field.getType(), depth);
	}

	private void selection(StringBuilder out, GraphQLOutputType type, int depth) {
		GraphQLType named = GraphQLTypeUtil.unwrapAll(type);
		if (named instanceof GraphQLUnionType union) {
			out.append(" { __typename");
			for (GraphQLType member : union.getTypes()) {
				if (this.random.nextBoolean()) {
					out.append(" ... on ").append(((GraphQLObjectType) member).getName());
					selection(out, (GraphQLObjectType) member, depth);
				}
			}
			out.append(" }");
		}
		else if (named instanceof GraphQLFieldsContainer container) {
			List<GraphQLFieldDefinition> fields = new ArrayList<>(container.getFieldDefinitions());
			out.append(" { ");
			int picks = 1 + this.random.nextInt(Math.min(4, fields.size()));
			boolean any = false;
			for (int n = 0; n < picks && !fields.isEmpty(); n++) {
				GraphQLFieldDefinition field = fields.remove(this.random.nextInt(fields.size()));
				boolean leaf = !(GraphQLTypeUtil.unwrapAll(field.getType()) instanceof GraphQLFieldsContainer)
						&& !(GraphQLTypeUtil.unwrapAll(field.getType()) instanceof GraphQLUnionType);
				if (leaf || depth < 4) {
					field(out, field, depth + 1);
					out.append(' ');
					any = true;
				}
			}
			out.append(any ? "}" : "__typename }");
		}
	}

	private String value(GraphQLInputType type, int depth) {
		if (this.random.nextInt(25) == 0) {
			return wrongValue();
		}
		if (type instanceof GraphQLNonNull nonNull) {
			return value((GraphQLInputType) nonNull.getWrappedType(), depth);
		}
		if (this.random.nextInt(30) == 0) {
			return "null";
		}
		if (type instanceof GraphQLList list) {
			List<String> items = new ArrayList<>();
			int size = this.random.nextInt(4);
			for (int n = 0; n < size; n++) {
				items.add(value((GraphQLInputType) list.getWrappedType(), depth + 1));
			}
			return "[" + String.join(", ", items) + "]";
		}
		if (type instanceof GraphQLEnumType enumType) {
			var values = enumType.getValues();
			return (this.random.nextInt(10) == 0) ? "NOT_A_VALUE" : values.get(this.random.nextInt(values.size())).getName();
		}
		if (type instanceof GraphQLInputObjectType object) {
			List<String> fields = new ArrayList<>();
			for (GraphQLInputObjectField field : object.getFieldDefinitions()) {
				boolean required = GraphQLTypeUtil.isNonNull(field.getType());
				if (depth < 3 && (required || this.random.nextInt(3) == 0)) {
					fields.add(field.getName() + ": " + value(field.getType(), depth + 1));
				}
			}
			if (this.random.nextInt(20) == 0) {
				fields.add("notAField: 1");
			}
			return "{" + String.join(", ", fields) + "}";
		}
		return scalar(((GraphQLScalarType) type).getName());
	}

	private String scalar(String name) {
		return switch (name) {
			case "Int" -> String.valueOf(pick(INTS));
			case "Float" -> String.valueOf(this.random.nextDouble() * 100);
			case "Boolean" -> String.valueOf(this.random.nextBoolean());
			case "ID" -> string(pick(IDS));
			case "Date" -> string(pick(DATES));
			case "DateTime" -> string(pick(INSTANTS));
			default -> string(pick(TEXTS));
		};
	}

	private String wrongValue() {
		return switch (this.random.nextInt(5)) {
			case 0 -> "{$gt: \"\"}";
			case 1 -> "12345678901234567890";
			case 2 -> "[[[\"deep\"]]]";
			case 3 -> "true";
			default -> string("\uD800");
		};
	}

	/** A document with one character dropped, doubled or replaced by a brace. */
	private String broken(String document) {
		int at = this.random.nextInt(document.length());
		return switch (this.random.nextInt(3)) {
			case 0 -> document.substring(0, at) + document.substring(at + 1);
			case 1 -> document.substring(0, at + 1) + document.substring(at);
			default -> document.substring(0, at) + "{" + document.substring(at + 1);
		};
	}

	private <T> T pick(List<T> values) {
		return values.get(this.random.nextInt(values.size()));
	}

	/** A GraphQL string literal: JSON's escaping is valid GraphQL. */
	private static String string(String text) {
		return JsonMapper.shared().writeValueAsString(text);
	}

}
