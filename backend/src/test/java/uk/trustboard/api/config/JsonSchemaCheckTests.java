package uk.trustboard.api.config;

import java.util.Date;
import java.util.List;

import org.bson.Document;
import org.junit.jupiter.api.Test;

import uk.trustboard.api.people.AppointmentRole;

import static org.assertj.core.api.Assertions.assertThat;

/** The in-test evaluator refuses what MongoDB would refuse, so a clean result means something. */
class JsonSchemaCheckTests {

	private final Document schema = CollectionSchema.of("appointments")
		.required("_id", "string")
		.required("trustId", "string")
		.required("version", "int", "long")
		.requiredEnum("role", AppointmentRole.class)
		.optional("until", "date")
		.build()
		.jsonSchema();

	private Document valid() {
		return new Document("_id", "a1").append("trustId", "t").append("version", 3L)
			.append("role", AppointmentRole.values()[0].name())
			.append("until", new Date(0));
	}

	@Test
	void acceptsADocumentTheServiceWrites() {
		assertThat(JsonSchemaCheck.problems(this.schema, valid())).isEmpty();
	}

	@Test
	void refusesAMissingRequiredField() {
		Document document = valid();
		document.remove("trustId");
		assertThat(JsonSchemaCheck.problems(this.schema, document)).containsExactly("missing trustId");
	}

	@Test
	void refusesAWrongTypeAndAnUnknownEnumValue() {
		Document document = valid().append("version", "3").append("role", "JANITOR").append("until", "2026-01-01");
		assertThat(JsonSchemaCheck.problems(this.schema, document)).hasSize(3);
	}

	@Test
	void anOptionalFieldMayBeAbsentButNotNull() {
		Document document = valid();
		document.remove("until");
		assertThat(JsonSchemaCheck.problems(this.schema, document)).isEmpty();
		assertThat(JsonSchemaCheck.problems(this.schema, document.append("until", null))).hasSize(1);
	}

	@Test
	void everyDeclaredSchemaNamesItsCollectionOnce() {
		List<String> collections = CollectionSchemas.all().stream().map(CollectionSchema::collection).toList();
		assertThat(collections).doesNotHaveDuplicates().contains("schools", "people", "acknowledgements");
	}

}
