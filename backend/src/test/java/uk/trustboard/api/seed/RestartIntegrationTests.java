package uk.trustboard.api.seed;

import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

import uk.trustboard.api.Trustboard;

import static org.assertj.core.api.Assertions.assertThat;

/** The default embedded store keeps its data in a file: a restart finds it and does not reload. */
class RestartIntegrationTests {

	@Test
	void dataSurvivesARestartOnTheSameFile(@TempDir Path dataDir) {
		Map<String, Long> before;
		Document markerBefore;
		try (var first = start(dataDir)) {
			before = counts(first);
			markerBefore = marker(first);
		}
		assertThat(before).containsEntry("schools", 4L).containsEntry("trusts", 1L);
		assertThat(dataDir.resolve("trustboard.mv")).isRegularFile();

		try (var second = start(dataDir)) {
			assertThat(counts(second)).isEqualTo(before);
			assertThat(marker(second)).as("seed data is not loaded again").isEqualTo(markerBefore);
			var lunsford = mongo(second).findById("lunsford-primary", Document.class, "schools");
			assertThat(lunsford).isNotNull();
			assertThat(lunsford.getString("name")).isEqualTo("Lunsford Primary School");
		}
	}

	private static ConfigurableApplicationContext start(Path dataDir) {
		// arguments, which outrank application.yml (default properties would not)
		return new SpringApplicationBuilder(Trustboard.class).web(WebApplicationType.NONE)
			.run("--trustboard.mongo.embedded.backend=file", "--trustboard.mongo.embedded.data-dir=" + dataDir,
					"--trustboard.seed.on-start=if-not-loaded", "--spring.main.banner-mode=off");
	}

	private static Map<String, Long> counts(ConfigurableApplicationContext context) {
		MongoTemplate mongo = mongo(context);
		Map<String, Long> counts = new TreeMap<>();
		mongo.getCollectionNames().forEach(name -> counts.put(name, mongo.count(new Query(), name)));
		return counts;
	}

	private static Document marker(ConfigurableApplicationContext context) {
		return mongo(context).findById(SeedLoader.MARKER_ID, Document.class, SeedLoader.MARKER_COLLECTION);
	}

	private static MongoTemplate mongo(ConfigurableApplicationContext context) {
		return context.getBean(MongoTemplate.class);
	}

}
