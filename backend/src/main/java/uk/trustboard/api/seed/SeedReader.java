package uk.trustboard.api.seed;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

import jakarta.validation.Validator;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import uk.trustboard.api.seed.SeedFiles.DemoStaffFile;
import uk.trustboard.api.seed.SeedFiles.SchoolFile;
import uk.trustboard.api.seed.SeedFiles.TrustFile;

/**
 * Reads and checks every file under the seed directory before anything is written, so that a
 * broken file is reported with its location and never half-loaded. Unknown fields are errors:
 * a misspelt field name would otherwise silently drop a fact from the documents.
 */
class SeedReader {

	private final JsonMapper json = JsonMapper.builder()
		.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
		.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
		.build();

	private final Validator validator;

	SeedReader(Validator validator) {
		this.validator = validator;
	}

	SeedSet read(Path directory) {
		if (!Files.isDirectory(directory)) {
			throw new SeedException(List.of(new SeedProblem(directory.toString(), "-",
					"seed directory not found (set trustboard.seed.dir)")));
		}
		List<SeedProblem> problems = new ArrayList<>();
		MessageDigest digest = sha256();
		List<Parsed<TrustFile>> trusts = readAll(directory, "trusts", TrustFile.class, problems, digest);
		List<Parsed<SchoolFile>> schools = readAll(directory, "schools", SchoolFile.class, problems, digest);
		List<Parsed<DemoStaffFile>> demo = readAll(directory, "demo", DemoStaffFile.class, problems, digest);
		if (problems.isEmpty()) {
			problems.addAll(new SeedReferences(trusts, schools, demo).check());
		}
		if (!problems.isEmpty()) {
			throw new SeedException(problems);
		}
		return new SeedSet(trusts, schools, demo, HexFormat.of().formatHex(digest.digest()));
	}

	private <T> List<Parsed<T>> readAll(Path directory, String folder, Class<T> type, List<SeedProblem> problems,
			MessageDigest digest) {
		Path dir = directory.resolve(folder);
		if (!Files.isDirectory(dir)) {
			return List.of();
		}
		List<Parsed<T>> files = new ArrayList<>();
		for (Path file : jsonFiles(dir)) {
			String name = directory.relativize(file).toString();
			try {
				byte[] bytes = Files.readAllBytes(file);
				digest.update(name.getBytes(java.nio.charset.StandardCharsets.UTF_8));
				digest.update(bytes);
				T parsed = this.json.readValue(bytes, type);
				int before = problems.size();
				this.validator.validate(parsed)
					.forEach(violation -> problems.add(new SeedProblem(name, violation.getPropertyPath().toString(),
							violation.getMessage() + " (was " + violation.getInvalidValue() + ")")));
				if (problems.size() == before) {
					files.add(new Parsed<>(name, parsed));
				}
			}
			catch (JacksonException ex) {
				problems.add(new SeedProblem(name, location(ex), ex.getOriginalMessage()));
			}
			catch (IOException ex) {
				problems.add(new SeedProblem(name, "-", "cannot read: " + ex.getMessage()));
			}
		}
		return files;
	}

	private static String location(JacksonException ex) {
		String path = ex.getPath()
			.stream()
			.map(ref -> ref.getPropertyName() != null ? "." + ref.getPropertyName() : "[" + ref.getIndex() + "]")
			.reduce("", String::concat);
		String line = (ex.getLocation() != null)
				? "line " + ex.getLocation().getLineNr() + ", column " + ex.getLocation().getColumnNr() : "";
		return path.isEmpty() ? line : line + " (" + path.substring(path.startsWith(".") ? 1 : 0) + ")";
	}

	private static List<Path> jsonFiles(Path dir) {
		try (Stream<Path> files = Files.list(dir)) {
			return files.filter(file -> file.toString().endsWith(".json")).sorted().toList();
		}
		catch (IOException ex) {
			throw new SeedException(List.of(new SeedProblem(dir.toString(), "-", "cannot list: " + ex.getMessage())));
		}
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
