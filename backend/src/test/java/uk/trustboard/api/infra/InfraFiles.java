package uk.trustboard.api.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reads the files under infra/ the way a strict linter would: no tabs, no duplicate keys (which
 * YAML tools silently resolve to the last one), every document a mapping. Docker cannot run on the
 * build machines, so these offline checks are what stands between a typo and a broken deployment.
 */
final class InfraFiles {

	static final Path INFRA = Path.of("infra");

	private InfraFiles() {
	}

	static String text(String relative) {
		try {
			return Files.readString(INFRA.resolve(relative));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Every YAML document in the file, linted. */
	@SuppressWarnings("unchecked")
	static List<Map<String, Object>> yamlDocuments(String relative) {
		String text = text(relative);
		assertThat(text).as(relative + " indents with tabs").doesNotContain("\t");
		LoaderOptions options = new LoaderOptions();
		options.setAllowDuplicateKeys(false);
		List<Map<String, Object>> documents = new ArrayList<>();
		for (Object document : new Yaml(new SafeConstructor(options)).loadAll(text)) {
			if (document != null) {
				assertThat(document).as(relative + ": a document that is not a mapping").isInstanceOf(Map.class);
				documents.add((Map<String, Object>) document);
			}
		}
		return documents;
	}

	static Map<String, Object> yaml(String relative) {
		List<Map<String, Object>> documents = yamlDocuments(relative);
		assertThat(documents).as(relative).hasSize(1);
		return documents.get(0);
	}

	/** A nested value by keys, e.g. {@code at(service, "healthcheck", "test")}. */
	@SuppressWarnings("unchecked")
	static <T> T at(Object root, String... keys) {
		Object value = root;
		for (String key : keys) {
			assertThat(value).as("no " + key + " in " + String.join(".", keys)).isInstanceOf(Map.class);
			value = ((Map<String, Object>) value).get(key);
		}
		return (T) value;
	}

}
