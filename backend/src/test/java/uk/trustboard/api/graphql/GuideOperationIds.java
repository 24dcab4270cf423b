package uk.trustboard.api.graphql;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The ids of the guide's registered operations, read from schema/persisted/manifest.json. */
public final class GuideOperationIds {

	private GuideOperationIds() {
	}

	public static String of(String operation) {
		try {
			JsonNode manifest = JsonMapper.builder().build()
				.readTree(Files.readString(Path.of("schema/persisted/manifest.json")));
			for (JsonNode entry : manifest.path("operations")) {
				if (entry.path("name").asString().equals(operation)) {
					return entry.path("id").asString();
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		throw new IllegalStateException("No " + operation + " in schema/persisted/manifest.json");
	}

}
