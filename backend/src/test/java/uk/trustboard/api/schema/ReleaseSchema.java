package uk.trustboard.api.schema;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Releases the current schema: writes it as the next {@code schema/snapshot/v<N>.graphqls}. Run
 * it with {@code scripts/schema.sh release} (schema/README.md), then add the matching
 * {@code ## v<N>} section to schema/CHANGELOG.md; {@link SchemaCompatibilityTests} fails until
 * both are there.
 */
public final class ReleaseSchema {

	private ReleaseSchema() {
	}

	public static void main(String[] args) throws IOException {
		List<SchemaRelease> releases = SchemaRelease.all();
		int next = releases.isEmpty() ? 1 : releases.getLast().version() + 1;
		Path file = SchemaRelease.file(next);
		Files.createDirectories(file.getParent());
		Files.writeString(file, CombinedSchema.current());
		System.out.println("Wrote " + file + ". Now add a '## v" + next
				+ "' section to schema/CHANGELOG.md naming each change (Type.field) for the front end.");
	}

}
