package uk.trustboard.api.graphql;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The guide's registered operations (id and text), read from schema/persisted/manifest.json. */
final class GuideOperationIds {

	private GuideOperationIds() {
	}

	static String of(String operation) {
		return entry(operation).path("id").asString();
	}

	static String body(String operation) {
		return entry(operation).path("body").asString();
	}

	private static JsonNode entry(String operation) {
		try {
			JsonNode manifest = JsonMapper.builder().build()
				.readTree(Files.readString(Path.of("schema/persisted/manifest.json")));
			for (JsonNode entry : manifest.path("operations")) {
				if (entry.path("name").asString().equals(operation)) {
					return entry;
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		throw new IllegalStateException("No " + operation + " in schema/persisted/manifest.json");
	}

}
