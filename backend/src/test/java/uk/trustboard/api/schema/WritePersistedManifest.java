package uk.trustboard.api.schema;

import java.io.IOException;
import java.nio.file.Files;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes schema/persisted/manifest.json from schema/examples/*.graphql. Run it with
 * {@code scripts/schema.sh manifest} after changing an example (schema/README.md);
 * {@link PersistedManifestTests} fails while the committed manifest differs.
 */
public final class WritePersistedManifest {

	private WritePersistedManifest() {
	}

	public static void main(String[] args) throws IOException {
		JsonMapper json = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
		Files.createDirectories(GuideOperations.MANIFEST.getParent());
		Files.writeString(GuideOperations.MANIFEST, json.writeValueAsString(GuideOperations.manifest()) + "\n");
		System.out.println("Wrote " + GuideOperations.MANIFEST + " with " + GuideOperations.all().size() + " operations");
	}

}
