package uk.trustboard.api.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import com.mongodb.MongoWriteException;
import org.bson.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

import uk.trustboard.api.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The collection validators against what the service really stores: the seed data and whatever
 * the other tests have written by now must all pass them, or a real MongoDB would refuse writes
 * the embedded server accepts. Whether the server enforces them is checked for what it is.
 */
class CollectionValidatorsIntegrationTests extends IntegrationTest {

	@Autowired
	MongoTemplate mongo;

	@Autowired
	ValidatorSetup validators;

	@Test
	void everyStoredDocumentPassesItsCollectionsValidator() {
		List<String> problems = new ArrayList<>();
		Set<String> checked = new TreeSet<>();
		for (CollectionSchema schema : CollectionSchemas.all()) {
			for (Document document : this.mongo.getCollection(schema.collection()).find()) {
				checked.add(schema.collection());
				JsonSchemaCheck.problems(schema.jsonSchema(), document)
					.forEach(problem -> problems.add(schema.collection() + " " + document.get("_id") + ": " + problem));
			}
		}
		assertThat(problems).isEmpty();
		// the seed data alone fills these
		assertThat(checked).contains("trusts", "schools", "people", "appointments", "channels", "policies", "variants",
				"variant_versions", "review_schedules");
	}

	@Test
	void theServerEnforcesTheValidatorsOrVisiblyKeepsNone() {
		if (this.validators.enforced()) {
			assertThatExceptionOfType(MongoWriteException.class)
				.isThrownBy(() -> this.mongo.getCollection("schools").insertOne(new Document("_id", "no-trust-school")))
				.satisfies(ex -> assertThat(ex.getError().getCode()).isEqualTo(121));
		}
		else {
			// the embedded server: it drops validators, so none may be reported as kept
			for (CollectionSchema schema : CollectionSchemas.all()) {
				Document reply = this.mongo.executeCommand(
						new Document("listCollections", 1).append("filter", new Document("name", schema.collection())));
				reply.get("cursor", Document.class)
					.getList("firstBatch", Document.class)
					.forEach(collection -> assertThat(collection.get("options", new Document())).doesNotContainKey("validator"));
			}
		}
	}

}
