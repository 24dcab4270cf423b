package uk.trustboard.api.graphql;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.io.ClassPathResource;

/**
 * The hostile corpus, for the integration tests and the benchmark: static documents from
 * {@code hostile/}, and the huge ones made here.
 */
public final class HostileDocuments {

	private HostileDocuments() {
	}

	/** A document from {@code src/test/resources/hostile/}, e.g. {@code deepNesting}. */
	public static String file(String name) {
		try {
			return new ClassPathResource("hostile/" + name + ".graphql").getContentAsString(StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public static String aliases(int count) {
		return IntStream.range(0, count).mapToObj(n -> "a" + n + ": __typename").collect(Collectors.joining(" ", "{ ", " }"));
	}

	public static String directives(int count) {
		return "{ trusts { name" + " @include(if: true)".repeat(count) + " } }";
	}

	public static String tokens(int count) {
		return "{" + " a".repeat(count) + " }";
	}

	/** Nesting too deep for the parser itself. */
	public static String parserDepth(int levels) {
		return "{ trusts ".repeat(levels) + "}".repeat(levels);
	}

	public static String characters(int count) {
		return "# " + "x".repeat(count) + "\n{ trusts { name } }";
	}

	public static String operations(int count) {
		return IntStream.range(0, count).mapToObj(n -> "query q" + n + " { __typename }").collect(Collectors.joining("\n"));
	}

	/** A JSON request body for the document. */
	public static String body(String document) {
		return json(Map.of("query", document));
	}

	public static String json(Map<String, Object> body) {
		return JsonMapper.shared().writeValueAsString(body);
	}

}
