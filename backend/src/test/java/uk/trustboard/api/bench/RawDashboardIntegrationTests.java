package uk.trustboard.api.bench;

import java.io.OutputStream;
import java.io.PrintStream;
import java.util.List;
import java.util.Set;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

import uk.trustboard.api.bench.SyntheticTrust.Shape;
import uk.trustboard.api.support.IntegrationTest;
import uk.trustboard.api.support.TestIssuer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The benchmark compares the dashboard with {@link RawDashboard} only after checking that both
 * give the same totals; this keeps the mirror in step with the service without running the
 * benchmark, on synthetic data with every kind of school and a channel whose managers have left.
 */
class RawDashboardIntegrationTests extends IntegrationTest {

	@Autowired
	MongoTemplate mongo;

	@Test
	void theDriverMirrorReadsWhatTheDashboardReadsAndAddsUpTheSame() {
		Shape shape = Shape.of("trust=bench-mirror-trust", "schools=20", "staff=12");
		var generator = new SyntheticTrust(this.mongo, new PrintStream(OutputStream.nullOutputStream()));
		generator.remove(shape.trustId());
		generator.generate(shape);
		Document managed = this.mongo.getCollection("channels")
			.find(Filters.and(Filters.eq("trustId", shape.trustId()), Filters.eq("status", "ACTIVE"),
					Filters.exists("managerPersonIds.0")))
			.first();
		assertThat(managed).isNotNull();
		this.mongo.getCollection("people")
			.updateMany(Filters.in("_id", managed.getList("managerPersonIds", String.class)), Updates.set("status", "LEFT"));
		var raw = new RawDashboard(this.mongo.getDb());

		this.mongoCommands.reset();
		RawDashboard.Totals mirror = raw.run(shape.trustId(), shape.asOf());
		Set<String> mirrorReads = this.mongoCommands.collectionsRead();
		int mirrorCommands = this.mongoCommands.reads();
		this.mongoCommands.reset();
		JsonNode dashboard = withToken(TestIssuer.sign(TestIssuer
			.claims("executive-of-" + shape.trustId(), "TRUST_EXECUTIVE", shape.trustId(), List.of())
			.build())).documentName("complianceDashboard")
			.variable("trustId", shape.trustId())
			.variable("asOf", shape.asOf().toString())
			.execute()
			.path("complianceDashboard")
			.entity(JsonNode.class)
			.get();

		assertThat(this.mongoCommands.collectionsRead()).isEqualTo(mirrorReads);
		assertThat(this.mongoCommands.reads()).isEqualTo(mirrorCommands);
		assertThat(DashboardBenchmark.totalsOf(dashboard)).isEqualTo(mirror);
		assertThat(mirror.unmanagedChannels()).as("the channel whose managers left, at least").isPositive();
		generator.remove(shape.trustId());
	}

}
