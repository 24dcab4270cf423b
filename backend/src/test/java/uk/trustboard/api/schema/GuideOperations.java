package uk.trustboard.api.schema;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import graphql.language.AstPrinter;
import graphql.language.Definition;
import graphql.language.Document;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.Node;
import graphql.language.OperationDefinition;
import graphql.parser.Parser;

/**
 * The front-end guide's worked operations, {@code schema/examples/*.graphql}, one operation each
 * as the persisted document manifest registers it: the operation and the fragments it uses,
 * printed by graphql-java (comments dropped), under the SHA-256 of that text.
 */
final class GuideOperations {

	static final Path EXAMPLES = CombinedSchema.SCHEMA.resolve("examples");

	static final Path MANIFEST = CombinedSchema.SCHEMA.resolve("persisted").resolve("manifest.json");

	/**
	 * One registered operation.
	 *
	 * @param file the example file it comes from
	 * @param name the operation's name
	 * @param type {@code query} or {@code mutation}
	 * @param body the text a client sends
	 */
	record Operation(String file, String name, String type, String body) {

		String id() {
			return sha256(this.body);
		}

	}

	private GuideOperations() {
	}

	/** The text of one example file, as a front-end developer reads it. */
	static String file(String name) {
		try {
			return Files.readString(EXAMPLES.resolve(name));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static List<Operation> all() {
		List<Operation> operations = new ArrayList<>();
		try (Stream<Path> files = Files.list(EXAMPLES)) {
			for (Path file : files.filter(path -> path.toString().endsWith(".graphql")).sorted().toList()) {
				Document document = Parser.parse(Files.readString(file));
				Map<String, FragmentDefinition> fragments = new LinkedHashMap<>();
				document.getDefinitionsOfType(FragmentDefinition.class).forEach(f -> fragments.put(f.getName(), f));
				for (OperationDefinition operation : document.getDefinitionsOfType(OperationDefinition.class)) {
					List<Definition> definitions = new ArrayList<>();
					definitions.add(operation);
					definitions.addAll(used(operation, fragments));
					String body = AstPrinter.printAst(Document.newDocument().definitions(definitions).build());
					operations.add(new Operation(file.getFileName().toString(), operation.getName(),
							operation.getOperation().name().toLowerCase(), body));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return operations;
	}

	/** The manifest in Apollo's persisted query manifest format. */
	static Map<String, Object> manifest() {
		List<Map<String, Object>> operations = new ArrayList<>();
		for (Operation operation : all()) {
			Map<String, Object> entry = new LinkedHashMap<>();
			entry.put("id", operation.id());
			entry.put("name", operation.name());
			entry.put("type", operation.type());
			entry.put("body", operation.body());
			operations.add(entry);
		}
		Map<String, Object> manifest = new LinkedHashMap<>();
		manifest.put("format", "apollo-persisted-query-manifest");
		manifest.put("version", 1);
		manifest.put("operations", operations);
		return manifest;
	}

	private static Set<FragmentDefinition> used(Node<?> node, Map<String, FragmentDefinition> fragments) {
		Set<FragmentDefinition> used = new LinkedHashSet<>();
		for (Node<?> child : node.getChildren()) {
			if (child instanceof FragmentSpread spread && fragments.containsKey(spread.getName())) {
				FragmentDefinition fragment = fragments.get(spread.getName());
				if (used.add(fragment)) {
					used.addAll(used(fragment, fragments));
				}
			}
			used.addAll(used(child, fragments));
		}
		return used;
	}

	static String sha256(String text) {
		try {
			return java.util.HexFormat.of()
				.formatHex(java.security.MessageDigest.getInstance("SHA-256")
					.digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
		}
		catch (java.security.NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
