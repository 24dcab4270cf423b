package uk.trustboard.api.seed;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Seed data carries the documents faithfully: every line of every section body, every rule and
 * every channel list item is text of the source document in seed-data/sources/ (formatting
 * aside), and nothing is made up.
 */
class SeedFidelityTests {

	private static final Path SEED = Path.of("seed-data");

	@Test
	void everySeedFileNamesAnExistingSourceDocument() throws IOException {
		assertThat(seedFiles()).hasSize(5).allSatisfy(file -> {
			for (String source : sourceDocuments(read(file))) {
				assertThat(SEED.resolve("sources").resolve(source)).isRegularFile();
			}
		});
	}

	@Test
	void everyTextInTheSeedDataIsTextOfItsSourceDocument() throws IOException {
		List<String> missing = new ArrayList<>();
		for (Path file : seedFiles()) {
			JsonNode root = read(file);
			for (String source : sourceDocuments(root)) {
				String document = normalise(Files.readString(SEED.resolve("sources").resolve(source)));
				List<String> lines = bodyLines(root);
				for (String text : texts(root)) {
					if (!document.contains(normalise(text)) && !isLeadInAndItem(text, lines, document)) {
						missing.add(file.getFileName() + ": " + text);
					}
				}
			}
		}
		assertThat(missing).isEmpty();
	}

	/**
	 * A rule may join a list's lead-in line to one of its items ("Social media must not be used
	 * for: Publishing confidential ..."): both halves must then be the document's own text.
	 */
	private static boolean isLeadInAndItem(String text, List<String> lines, String document) {
		for (int colon = text.indexOf(": "); colon > 0; colon = text.indexOf(": ", colon + 1)) {
			if (document.contains(normalise(text.substring(0, colon + 1)))
					&& document.contains(normalise(text.substring(colon + 2)))) {
				return true;
			}
		}
		return lines.stream().filter(line -> text.startsWith(line + " ")).anyMatch(leadIn -> {
			String item = text.substring(leadIn.length() + 1);
			return document.contains(normalise(item));
		});
	}

	private static List<String> bodyLines(JsonNode root) {
		List<String> lines = new ArrayList<>();
		root.findValues("sections")
			.forEach(sections -> sections.forEach(section -> section.get("body")
				.asString()
				.lines()
				.map(line -> line.strip().replaceFirst("^- ", ""))
				.filter(line -> !line.isEmpty())
				.forEach(lines::add)));
		return lines;
	}

	private static List<String> texts(JsonNode root) {
		List<String> texts = new ArrayList<>(bodyLines(root));
		root.findValues("sections")
			.forEach(sections -> sections
				.forEach(section -> section.get("rules").forEach(rule -> texts.add(rule.get("text").asString()))));
		root.path("channels").forEach(channel -> List.of("willPost", "willNotPost", "moderationRules")
			.forEach(list -> channel.get(list).forEach(item -> texts.add(item.asString()))));
		return texts;
	}

	private static List<String> sourceDocuments(JsonNode root) {
		return root.findValues("sourceDocument").stream().map(JsonNode::asString).distinct().toList();
	}

	/** Markdown emphasis, heading marks, list marks and line breaks are formatting, not text. */
	private static String normalise(String text) {
		return text.replaceAll("[*#]", "").replaceAll("(?m)^\\s*[-•]\\s+", " ").replaceAll("\\s+", " ").strip();
	}

	private static List<Path> seedFiles() throws IOException {
		try (Stream<Path> files = Stream.concat(Files.list(SEED.resolve("trusts")), Files.list(SEED.resolve("schools")))) {
			return files.filter(file -> file.toString().endsWith(".json")).sorted().toList();
		}
	}

	private static JsonNode read(Path file) throws IOException {
		return JsonMapper.shared().readTree(Files.readString(file));
	}

}
