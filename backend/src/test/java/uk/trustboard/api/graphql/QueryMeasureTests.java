package uk.trustboard.api.graphql;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import graphql.introspection.IntrospectionQuery;
import graphql.parser.Parser;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import graphql.schema.idl.UnExecutableSchemaGenerator;
import org.junit.jupiter.api.Test;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import static org.assertj.core.api.Assertions.assertThat;

class QueryMeasureTests {

	private static final GraphQLSchema SCHEMA = schema();

	@Test
	void scalarsAreFreeAndAnObjectCostsOne() {
		QueryShape shape = measure("{ trust(id: \"t\") { name schools(first: 1) { pageInfo { hasNextPage } } } }");
		// trust 1 + schools (1 + pageInfo 1)
		assertThat(shape.cost()).isEqualTo(3);
		assertThat(shape.depth()).isEqualTo(4);
		assertThat(shape.fields()).isEqualTo(5);
	}

	@Test
	void aListWithoutFirstCountsAsTenItems() {
		// trusts 1 + 10 x (policies 1 + 10 x (versions 1 + 10 x (sections 1 + 10 x (rules 1 + 10 x 0))))
		assertThat(measure("{ trusts { policies { versions { sections { rules { key } } } } } }").cost())
			.isEqualTo(11_111);
	}

	@Test
	void aConnectionsFirstSizesItsEdges() {
		QueryShape shape = measure("""
				{ schools(trustId: "t", first: 50) {
				    edges { cursor node { name trust { name } } }
				    pageInfo { hasNextPage } } }""");
		// schools 1 + edges (1 + 50 x (node 1 + trust 1)) + pageInfo 1
		assertThat(shape.cost()).isEqualTo(103);
		assertThat(shape.largestPage()).isEqualTo(50);
	}

	@Test
	void firstFromAVariableItsDefaultOrTheLargestPage() {
		String query = "query($n: Int%s) { schools(trustId: \"t\", first: $n) { edges { node { name } } } }";
		assertThat(measure(query.formatted("!"), Map.of("n", 20)).cost()).isEqualTo(1 + 1 + 20);
		assertThat(measure(query.formatted(" = 5"), Map.of()).cost()).isEqualTo(1 + 1 + 5);
		assertThat(measure(query.formatted(""), Map.of()).cost()).isEqualTo(1 + 1 + Paging.MAX_PAGE_SIZE);
		QueryShape huge = measure(query.formatted("!"), Map.of("n", BigInteger.TEN.pow(30)));
		assertThat(huge.cost()).isEqualTo(Long.MAX_VALUE);
		assertThat(huge.largestPage()).isEqualTo(Long.MAX_VALUE);
	}

	@Test
	void eachAliasIsPricedAndCounted() {
		QueryShape shape = measure("{ a: trusts { name } b: trusts { name } c: trusts { n: name } }");
		assertThat(shape.cost()).isEqualTo(3);
		assertThat(shape.aliases()).isEqualTo(4);
	}

	@Test
	void fragmentsCountAtEveryUseAndAddTheirDepth() {
		QueryShape shape = measure("""
				{ trusts { ...Named } a: trusts { ...Named } }
				fragment Named on Trust { name policies { title } }""");
		// each trusts 1 + 10 x (policies 1)
		assertThat(shape.cost()).isEqualTo(2 * 11);
		assertThat(shape.fields()).isEqualTo(2 * 4);
		assertThat(shape.depth()).isEqualTo(3);
	}

	@Test
	void exponentialFragmentsAreMeasuredWithoutExpandingThemAndSaturate() {
		String fragments = IntStream.range(1, 80)
			.mapToObj(i -> "fragment F%d on Query { ...F%d ...F%d }".formatted(i, i - 1, i - 1))
			.collect(Collectors.joining("\n"));
		// 2^79 copies of the field could never be expanded: an answer at all means it was counted
		// from the fragments' shapes.
		QueryShape shape = measure("{ ...F79 }\nfragment F0 on Query { trusts { name } }\n" + fragments);
		assertThat(shape.fields()).isEqualTo(Long.MAX_VALUE);
		assertThat(shape.cost()).isEqualTo(Long.MAX_VALUE);
	}

	@Test
	void aFragmentCycleIsNamed() {
		QueryShape shape = measure("""
				{ ...A }
				fragment A on Query { trusts { name } ...B }
				fragment B on Query { ...A }""");
		assertThat(shape.cycle()).isIn("A", "B");
	}

	@Test
	void directivesAreCountedAsWritten() {
		QueryShape shape = measure("""
				query($yes: Boolean = true) @skip(if: false) { trusts @include(if: $yes) @skip(if: false) { ...N } }
				fragment N on Trust { name @include(if: true) }""");
		assertThat(shape.directives()).isEqualTo(4);
	}

	@Test
	void onlyTheOperationThatRunsIsPricedButEveryOperationIsCounted() {
		String document = "query cheap { trusts { name } } query costly { trusts { policies { versions { id } } } }";
		QueryShape cheap = QueryMeasure.measure(SCHEMA, Parser.parse(document), "cheap", Map.of(), 10);
		assertThat(cheap.cost()).isEqualTo(1);
		assertThat(cheap.fields()).isEqualTo(2 + 4);
		assertThat(cheap.depth()).isEqualTo(4);
	}

	@Test
	void unknownFieldsAreMeasuredForValidationToRefuse() {
		QueryShape shape = measure("{ nope { deeper { deepest } } }");
		assertThat(shape.depth()).isEqualTo(3);
		assertThat(shape.cost()).isEqualTo(2);
	}

	@Test
	void theIntrospectionQueryGraphiqlSendsFitsTheDefaultLimits() {
		QueryShape shape = measure(IntrospectionQuery.INTROSPECTION_QUERY);
		assertThat(shape.depth()).isLessThanOrEqualTo(12);
		assertThat(shape.cost()).isLessThanOrEqualTo(10_000);
		assertThat(shape.fields()).isLessThanOrEqualTo(500);
		assertThat(shape.aliases()).isLessThanOrEqualTo(100);
	}

	private static QueryShape measure(String document) {
		return measure(document, Map.of());
	}

	private static QueryShape measure(String document, Map<String, Object> variables) {
		return QueryMeasure.measure(SCHEMA, Parser.parse(document), null, variables, 10);
	}

	/** Every schema file the build copies to graphql/, as the application loads them. */
	private static GraphQLSchema schema() {
		try {
			TypeDefinitionRegistry types = new TypeDefinitionRegistry();
			for (Resource file : new PathMatchingResourcePatternResolver().getResources("classpath*:graphql/*.graphqls")) {
				types.merge(new SchemaParser().parse(file.getContentAsString(StandardCharsets.UTF_8)));
			}
			return UnExecutableSchemaGenerator.makeUnExecutableSchema(types);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
