package uk.trustboard.api.schema;

import java.io.IOException;
import java.nio.file.Files;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** The registered operations the service ships are exactly the guide's examples, under their hashes. */
class PersistedManifestTests {

	private final JsonMapper json = JsonMapper.builder().build();

	@Test
	void theCommittedManifestIsGeneratedFromTheExamples() throws IOException {
		JsonNode committed = this.json.readTree(Files.readString(GuideOperations.MANIFEST));

		assertThat(committed).as("schema/persisted/manifest.json is stale: run scripts/schema.sh manifest (schema/README.md)")
			.isEqualTo(this.json.valueToTree(GuideOperations.manifest()));
	}

	@Test
	void everyStoryOfTheGuideIsRegistered() {
		assertThat(GuideOperations.all()).extracting(GuideOperations.Operation::name)
			.containsExactlyInAnyOrder("AcknowledgePolicy", "EditVariantDraft", "ExecutiveDashboard",
					"MyOutstandingPolicies", "OverdueReviews", "PublishVariant", "SchoolPolicies");
		assertThat(GuideOperations.all()).allSatisfy(operation -> assertThat(operation.id())
			.isEqualTo(GuideOperations.sha256(operation.body())).hasSize(64));
	}

}
