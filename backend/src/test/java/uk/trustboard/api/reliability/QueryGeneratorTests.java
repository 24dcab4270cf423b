package uk.trustboard.api.reliability;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** The fuzzer's requests: what they carry besides the document, and the same again from the same seed. */
class QueryGeneratorTests {

	private static final Path SCHEMA = Path.of("schema");

	private final List<JsonNode> bodies = bodies(7, 2_000);

	@Test
	void mostRequestsAreADocumentAlone() {
		assertThat(this.bodies).allSatisfy(body -> assertThat(body.path("query").isString()).isTrue());
		assertThat(this.bodies.stream().filter(body -> body.size() == 1)).hasSizeGreaterThan(1_500);
	}

	@Test
	void someCarryVariablesOperationNamesAndExtensionsOfTheWrongShape() {
		assertThat(this.bodies).anySatisfy(body -> assertThat(body.path("variables").isArray()).isTrue())
			.anySatisfy(body -> assertThat(body.path("variables").isString()).isTrue())
			.anySatisfy(body -> assertThat(body.path("variables").isNumber()).isTrue())
			.anySatisfy(body -> assertThat(body.path("operationName").isNumber()).isTrue())
			.anySatisfy(body -> assertThat(body.path("operationName").isObject()).isTrue())
			.anySatisfy(body -> assertThat(body.path("extensions").isString()).isTrue())
			.anySatisfy(body -> assertThat(body.path("extensions").isArray()).isTrue());
	}

	@Test
	void someCarryAMalformedOrForeignPersistedQuery() {
		List<JsonNode> persisted = this.bodies.stream()
			.map(body -> body.path("extensions").path("persistedQuery"))
			.filter(query -> !query.isMissingNode())
			.toList();

		assertThat(persisted).anySatisfy(query -> assertThat(query.isString()).isTrue())
			.anySatisfy(query -> assertThat(query.isObject() && !query.has("sha256Hash")).isTrue())
			.anySatisfy(query -> assertThat(query.path("sha256Hash").isNumber()).isTrue())
			.anySatisfy(query -> assertThat(query.path("version").asInt()).isEqualTo(2))
			// a registered operation's id, sent with a generated text
			.anySatisfy(query -> assertThat(query.path("sha256Hash").asString()).hasSize(64).isNotEqualTo("0".repeat(64)));
	}

	@Test
	void theSameSeedGivesTheSameRequests() {
		assertThat(bodies(7, 200)).isEqualTo(this.bodies.subList(0, 200));
		assertThat(bodies(8, 200)).isNotEqualTo(this.bodies.subList(0, 200));
	}

	private static List<JsonNode> bodies(long seed, int count) {
		QueryGenerator generator = new QueryGenerator(SCHEMA, seed);
		List<JsonNode> bodies = new ArrayList<>();
		IntStream.range(0, count).forEach(n -> bodies.add(JsonMapper.shared().readTree(generator.nextBody())));
		return bodies;
	}

}
