package uk.trustboard.api.seed;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import jakarta.validation.Validation;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.util.FileSystemUtils;

import uk.trustboard.api.support.EmbeddedMongoTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

@EmbeddedMongoTest
class SeedLoaderTests {

	private static final Path SEED = Path.of("seed-data");

	@Autowired
	MongoTemplate mongo;

	SeedLoader loader;

	@BeforeEach
	void emptyDatabase() {
		this.mongo.getDb().drop();
		var validator = Validation.buildDefaultValidatorFactory().getValidator();
		this.loader = new SeedLoader(this.mongo, validator, Clock.fixed(Instant.parse("2026-11-22T09:00:00Z"), ZoneOffset.UTC));
	}

	@Test
	void loadingTwiceGivesTheSameDocuments() {
		var firstCounts = this.loader.load(SEED);
		Map<String, List<Document>> first = snapshot();

		var secondCounts = this.loader.load(SEED);

		assertThat(secondCounts).isEqualTo(firstCounts);
		assertThat(snapshot()).isEqualTo(first);
		assertThat(first.get("schools")).hasSize(4);
		assertThat(first.get("trusts")).hasSize(1);
		assertThat(first.get("variants")).hasSize(4);
		assertThat(this.loader.loaded()).isTrue();
	}

	@Test
	void aSyntaxErrorIsReportedWithFileLineAndReasonAndNothingIsLoaded(@TempDir Path dir) throws IOException {
		Path seed = copyOfSeed(dir);
		Path lunsford = seed.resolve("schools/lunsford-primary.json");
		List<String> lines = Files.readAllLines(lunsford);
		int broken = 3;
		lines.set(broken - 1, lines.get(broken - 1).replace("\",", "\" oops,"));
		Files.write(lunsford, lines);

		assertThatExceptionOfType(SeedException.class).isThrownBy(() -> this.loader.load(seed))
			.satisfies(ex -> assertThat(ex.problems()).singleElement().satisfies(problem -> {
				assertThat(problem.file()).isEqualTo(Path.of("schools", "lunsford-primary.json").toString());
				assertThat(problem.location()).startsWith("line " + broken + ",");
				assertThat(problem.reason()).isNotBlank();
			}));
		assertThat(this.mongo.getCollectionNames()).isEmpty();
	}

	@Test
	void anInvalidValueIsReportedWithItsPath(@TempDir Path dir) throws IOException {
		Path seed = copyOfSeed(dir);
		replace(seed.resolve("schools/cop-lane-ce-primary.json"), "\"platform\": \"FACEBOOK\"", "\"platform\": \"MYSPACE\"");
		replace(seed.resolve("trusts/asset-education.json"), "\"approvedOn\": \"2019-01-28\"", "\"approvedOn\": \"28/01/2019\"");

		assertThatExceptionOfType(SeedException.class).isThrownBy(() -> this.loader.load(seed))
			.satisfies(ex -> {
				assertThat(ex.problems()).hasSize(2);
				assertThat(ex.problems()).anySatisfy(problem -> {
					assertThat(problem.file()).isEqualTo(Path.of("trusts", "asset-education.json").toString());
					assertThat(problem.location()).isEqualTo("policies[0].versions[0].approvedOn");
					assertThat(problem.reason()).contains("28/01/2019");
				});
				assertThat(ex.problems()).anySatisfy(problem -> {
					assertThat(problem.file()).isEqualTo(Path.of("schools", "cop-lane-ce-primary.json").toString());
					assertThat(problem.location()).matches("line \\d+, column \\d+ \\(channels\\[0\\]\\.platform\\)");
					assertThat(problem.reason()).contains("MYSPACE");
				});
			})
			.withMessageContaining("nothing was loaded");
		assertThat(this.mongo.getCollectionNames()).isEmpty();
	}

	@Test
	void aDanglingReferenceOrUnknownFieldIsReported(@TempDir Path dir) throws IOException {
		Path seed = copyOfSeed(dir);
		replace(seed.resolve("schools/lunsford-primary.json"), "\"personId\": \"lunsford-jacky-sharpe\"",
				"\"personId\": \"lunsford-nobody\"");
		replace(seed.resolve("schools/monkhouse-primary.json"), "\"motto\":", "\"mottto\": null, \"motto\":");

		assertThatExceptionOfType(SeedException.class).isThrownBy(() -> this.loader.load(seed))
			.satisfies(ex -> assertThat(ex.problems()).extracting(SeedProblem::reason)
				.anySatisfy(reason -> assertThat(reason).contains("mottto")));
		// the unknown field stops the reference checks, which run only on files that parse
		replace(seed.resolve("schools/monkhouse-primary.json"), "\"mottto\": null, ", "");
		assertThatExceptionOfType(SeedException.class).isThrownBy(() -> this.loader.load(seed))
			.satisfies(ex -> assertThat(ex.problems()).singleElement()
				.satisfies(problem -> assertThat(problem.toString()).contains("lunsford-primary.json")
					.contains("appointments[1].personId")
					.contains("no person with id 'lunsford-nobody'")));
		assertThat(this.mongo.getCollectionNames()).isEmpty();
	}

	@Test
	void demoStaffNotMarkedFictionalAreRefused(@TempDir Path dir) throws IOException {
		Path seed = copyOfSeed(dir);
		replace(seed.resolve("demo/demo-staff.json"), "\"fictional\": true", "\"fictional\": false");

		assertThatExceptionOfType(SeedException.class).isThrownBy(() -> this.loader.load(seed))
			.satisfies(ex -> assertThat(ex.problems()).singleElement().satisfies(problem -> {
				assertThat(problem.file()).isEqualTo(Path.of("demo", "demo-staff.json").toString());
				assertThat(problem.location()).contains("fictional");
				assertThat(problem.reason()).contains("are marked fictional");
			}));
		assertThat(this.mongo.getCollectionNames()).isEmpty();
	}

	private Map<String, List<Document>> snapshot() {
		Map<String, List<Document>> all = new TreeMap<>();
		for (String collection : this.mongo.getCollectionNames()) {
			all.put(collection, this.mongo.find(new Query(), Document.class, collection)
				.stream()
				.sorted(java.util.Comparator.comparing(document -> String.valueOf(document.get("_id"))))
				.toList());
		}
		return all;
	}

	private static Path copyOfSeed(Path dir) throws IOException {
		Path copy = dir.resolve("seed-data");
		FileSystemUtils.copyRecursively(SEED, copy);
		try (Stream<Path> files = Files.list(copy.resolve("schools"))) {
			assertThat(files.count()).isEqualTo(4);
		}
		return copy;
	}

	private static void replace(Path file, String from, String to) throws IOException {
		String text = Files.readString(file);
		assertThat(text).contains(from);
		Files.writeString(file, text.replace(from, to));
	}

}
