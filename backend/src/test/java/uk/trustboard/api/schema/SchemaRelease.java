package uk.trustboard.api.schema;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A released version of the schema: {@code schema/snapshot/v<N>.graphqls}, the combined schema
 * as the front end received it. Released snapshots are never edited; a new release adds the next
 * file (see {@link ReleaseSchema}).
 */
record SchemaRelease(int version, String sdl) {

	static final Path SNAPSHOTS = CombinedSchema.SCHEMA.resolve("snapshot");

	private static final Pattern NAME = Pattern.compile("v(\\d+)\\.graphqls");

	String name() {
		return "v" + this.version;
	}

	static Path file(int version) {
		return SNAPSHOTS.resolve("v" + version + ".graphqls");
	}

	/** Every committed release, oldest first. */
	static List<SchemaRelease> all() {
		if (!Files.isDirectory(SNAPSHOTS)) {
			return List.of();
		}
		try (Stream<Path> files = Files.list(SNAPSHOTS)) {
			return files.map(SchemaRelease::read)
				.flatMap(Stream::ofNullable)
				.sorted(Comparator.comparingInt(SchemaRelease::version))
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static SchemaRelease read(Path file) {
		Matcher name = NAME.matcher(file.getFileName().toString());
		if (!name.matches()) {
			return null;
		}
		try {
			return new SchemaRelease(Integer.parseInt(name.group(1)), Files.readString(file));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
