package uk.trustboard.api.config;

import java.util.ArrayList;
import java.util.List;

import org.bson.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.IndexDefinition;

import uk.trustboard.api.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every index a repository declares is on the server once the service has started, with the
 * same keys and uniqueness: the unique ones carry invariants that no transaction backs.
 */
class IndexSetupIntegrationTests extends IntegrationTest {

	@Autowired
	MongoTemplate mongo;

	@Autowired
	List<MongoIndexes> declarations;

	@Test
	void everyDeclaredIndexIsOnTheServer() {
		List<String> missing = new ArrayList<>();
		int unique = 0;
		for (MongoIndexes declaration : this.declarations) {
			List<Document> onServer = this.mongo.getCollection(declaration.collection())
				.listIndexes()
				.into(new ArrayList<>());
			for (IndexDefinition index : declaration.indexes()) {
				boolean wantsUnique = Boolean.TRUE.equals(index.getIndexOptions().get("unique"));
				unique += wantsUnique ? 1 : 0;
				boolean present = onServer.stream()
					.anyMatch(existing -> existing.get("key", Document.class).equals(index.getIndexKeys())
							&& existing.getBoolean("unique", false) == wantsUnique);
				if (!present) {
					missing.add(declaration.collection() + " " + index.getIndexKeys().toJson()
							+ (wantsUnique ? " unique" : ""));
				}
			}
		}
		assertThat(missing).isEmpty();
		assertThat(this.declarations).hasSizeGreaterThanOrEqualTo(15);
		assertThat(unique).isPositive();
	}

}
