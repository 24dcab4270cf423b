package uk.trustboard.api.reliability;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import uk.trustboard.api.support.ChildJvm;
import uk.trustboard.api.support.TestIssuer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Kills the real application with SIGKILL in the middle of a 10,000-person staff import and in
 * the middle of publishes (with acknowledgements arriving), restarts it on the same file store,
 * and checks what a school would notice: nothing half-published, nothing answered as stored then
 * lost, the import completes when run again, and the counters agree with the ledger.
 */
class CrashRecoveryTests {

	private static final String SCHOOL = "lunsford-primary";

	private static final int PEOPLE = 10_000;

	/** The API takes at most 5,000 rows per call: a 10,000-row file is two calls. */
	private static final int ROWS_PER_CALL = 5_000;

	private static final int KILLS = 2;

	private static final String IMPORT = """
			mutation($input: ImportStaffInput!) { importStaff(input: $input) {
			  created updated unchanged rejected userErrors { code message } } }""";

	private static final String EDIT = """
			mutation($input: EditVariantDraftInput!) { editVariantDraft(input: $input) {
			  variant { revision } userErrors { code message } } }""";

	private static final String PUBLISH = """
			mutation($input: PublishPolicyVariantInput!) { publishPolicyVariant(input: $input) {
			  variant { revision live { number } } userErrors { code message } } }""";

	private static final String ACKNOWLEDGE = """
			mutation($input: AcknowledgePolicyInput!) { acknowledgePolicy(input: $input) {
			  acknowledgement { id line person { id } } userErrors { code message } } }""";

	private static final String VERSIONS = """
			query($id: ID!) { school(id: $id) { variants { id live { number } versions { number } } } }""";

	@TempDir
	Path dir;

	@Test
	void aStaffImportKilledHalfWayKeepsWhatItAnsweredAndCompletesWhenRunAgain() throws Exception {
		Path data = this.dir.resolve("import");
		String head = TestIssuer.token("lunsford-head");
		var callsAnswered = new AtomicInteger();
		long seen;
		try (ChildJvm app = ChildJvm.start(data)) {
			MongoCollection<Document> people = app.database().getCollection("people");
			CompletableFuture<Void> running = CompletableFuture.runAsync(() -> importAll(app, head, callsAnswered));
			// kill once the first call has answered and the second call's first bulk batch is in
			seen = awaitCount(people, count -> callsAnswered.get() == 1 && count >= ROWS_PER_CALL + 1_000, running);
			app.kill();
			assertThat(running).as("the import was still running when killed").failsWithin(Duration.ofSeconds(30));
		}
		assertThat(callsAnswered).as("calls answered before the kill").hasValue(1);
		assertThat(seen).as("killed mid-way").isLessThan(PEOPLE);

		try (ChildJvm app = ChildJvm.start(data)) {
			long survived = app.database().getCollection("people").countDocuments(imported());
			assertThat(survived).as("the rows of the call answered before the kill are all there")
				.isGreaterThanOrEqualTo(ROWS_PER_CALL)
				.isLessThan(PEOPLE);

			int[] again = importAll(app, head, new AtomicInteger());
			assertThat(again).as("created, updated, unchanged, rejected")
				.containsExactly(PEOPLE - (int) survived, 0, (int) survived, 0);
			assertThat(app.database().getCollection("people").countDocuments(imported())).isEqualTo(PEOPLE);
			assertThat(app.database().getCollection("people").distinct("externalId", imported(), String.class))
				.hasSize(PEOPLE);
			assertThat(importAll(app, head, new AtomicInteger())).as("a third run changes nothing")
				.containsExactly(0, 0, PEOPLE, 0);
		}
		assertThat(repairedCounters(data)).as("counters that disagreed with the ledger").isZero();
	}

	@Test
	void publishesKilledAtRandomMomentsLeaveOneCompleteLiveVersionAndLoseNoAcknowledgement() throws Exception {
		Path data = this.dir.resolve("publish");
		String head = TestIssuer.token("lunsford-head");
		String variantId;
		List<String> staff;
		try (ChildJvm app = ChildJvm.start(data)) {
			variantId = app.database()
				.getCollection("variants")
				.find(Filters.and(Filters.eq("schoolId", SCHOOL), Filters.ne("live", null)))
				.first()
				.getString("_id");
			staff = app.database()
				.getCollection("people")
				.find(Filters.and(Filters.eq("schoolIds", SCHOOL), Filters.eq("status", "ACTIVE")))
				.map(person -> person.getString("_id"))
				.into(new ArrayList<>());
			app.stop();
		}
		assertThat(staff).hasSizeGreaterThan(3);
		ChildJvm app = ChildJvm.start(data);
		try {
			for (int kill = 0; kill < KILLS; kill++) {
				var stored = new ConcurrentLinkedQueue<JsonNode>();
				var published = new AtomicInteger();
				var stop = new AtomicBoolean();
				ChildJvm running = app;
				CompletableFuture<Void> publishing = CompletableFuture.runAsync(() -> {
					while (!stop.get()) {
						publishOnce(running, head, variantId, "Round " + published.get());
						published.incrementAndGet();
					}
				});
				CompletableFuture<Void> acknowledging = CompletableFuture.runAsync(() -> {
					for (int n = 0; !stop.get(); n++) {
						JsonNode answer = data(running.graphql(head, ACKNOWLEDGE, Map.of("input", Map.of("variantId",
								variantId, "personId", staff.get(n % staff.size()), "evidence", "Signed paper form"))),
								"acknowledgePolicy");
						stored.add(answer.get("acknowledgement"));
					}
				});
				awaitCount(null, ignored -> published.get() >= 1, publishing);
				Thread.sleep(ThreadLocalRandom.current().nextLong(100, 1_500));
				app.kill();
				stop.set(true);
				assertThat(publishing).failsWithin(Duration.ofSeconds(30));
				assertThat(acknowledging).failsWithin(Duration.ofSeconds(30));

				app = ChildJvm.start(data);
				assertThat(app.database().getCollection("counter_journal").countDocuments())
					.as("changes the kill left unfinished were recounted at start-up").isZero();
				assertOneCompleteLiveVersion(app, head, variantId);
				MongoCollection<Document> ledger = app.database().getCollection("acknowledgements");
				for (JsonNode acknowledgement : stored) {
					Bson same = Filters.and(Filters.eq("personId", acknowledgement.get("person").get("id").asString()),
							Filters.eq("variantId", variantId), Filters.eq("line", acknowledgement.get("line").asInt()));
					assertThat(ledger.countDocuments(same)).as("acknowledgement %s, answered as stored", acknowledgement)
						.isEqualTo(1);
				}
				int before = liveNumber(app, variantId);
				publishOnce(app, head, variantId, "After the crash");
				assertThat(liveNumber(app, variantId)).as("the next publish completes").isEqualTo(before + 1);
				assertOneCompleteLiveVersion(app, head, variantId);
			}
		}
		finally {
			app.close();
		}
		// a kill between a ledger write and its counter write is recounted when the service restarts
		assertThat(repairedCounters(data)).as("counters that disagreed with the ledger after the restarts").isZero();
	}

	/** The variant's live copy is its version document of that number; any higher one is pending and unseen. */
	private static void assertOneCompleteLiveVersion(ChildJvm app, String head, String variantId) {
		Document variant = app.database().getCollection("variants").find(Filters.eq("_id", variantId)).first();
		Document live = variant.get("live", Document.class);
		int number = live.getInteger("number");
		Document version = app.database()
			.getCollection("variant_versions")
			.find(Filters.eq("_id", variantId + "-v" + number))
			.first();
		assertThat(version).as("version document of the live copy").isNotNull();
		assertThat(version.getInteger("number")).isEqualTo(number);
		assertThat(version.get("sections")).isEqualTo(live.get("sections"));
		assertThat(version.get("details")).isEqualTo(live.get("details"));
		assertThat(app.database()
			.getCollection("variant_versions")
			.countDocuments(Filters.and(Filters.eq("variantId", variantId), Filters.gt("number", number))))
			.as("pending versions above the live one").isLessThanOrEqualTo(1);
		JsonNode school = data(app.graphql(head, VERSIONS, Map.of("id", SCHOOL)), "school");
		for (JsonNode seen : school.get("variants")) {
			if (seen.get("id").asString().equals(variantId)) {
				assertThat(seen.get("live").get("number").asInt()).isEqualTo(number);
				for (JsonNode listed : seen.get("versions")) {
					assertThat(listed.get("number").asInt()).as("a version readers see").isLessThanOrEqualTo(number);
				}
				return;
			}
		}
		throw new AssertionError("variant " + variantId + " not listed");
	}

	private static int liveNumber(ChildJvm app, String variantId) {
		return app.database()
			.getCollection("variants")
			.find(Filters.eq("_id", variantId))
			.first()
			.get("live", Document.class)
			.getInteger("number");
	}

	/** An edit and a MAJOR publish of the variant, from the revision the database holds now. */
	private static void publishOnce(ChildJvm app, String head, String variantId, String title) {
		long revision = app.database().getCollection("variants").find(Filters.eq("_id", variantId)).first().getLong("revision");
		JsonNode edited = data(app.graphql(head, EDIT, Map.of("input", Map.of("variantId", variantId, "expectedRevision",
				revision, "title", title))), "editVariantDraft");
		data(app.graphql(head, PUBLISH, Map.of("input", Map.of("variantId", variantId, "expectedRevision",
				edited.get("variant").get("revision").asLong(), "kind", "MAJOR", "summary", title))), "publishPolicyVariant");
	}

	/** Both calls of the 10,000-row file; the summed created, updated, unchanged and rejected counts. */
	private static int[] importAll(ChildJvm app, String head, AtomicInteger callsAnswered) {
		int[] totals = new int[4];
		for (int from = 0; from < PEOPLE; from += ROWS_PER_CALL) {
			List<Map<String, Object>> rows = new ArrayList<>();
			for (int n = from; n < from + ROWS_PER_CALL; n++) {
				rows.add(Map.of("externalId", "crash-%05d".formatted(n), "name", "Crash Test Person " + n, "staffType",
						(n % 3 == 0) ? "SUPPORT" : "TEACHER", "startDate", "2024-09-01"));
			}
			JsonNode payload = data(app.graphql(head, IMPORT, Map.of("input", Map.of("schoolId", SCHOOL, "rows", rows))),
					"importStaff");
			String[] fields = { "created", "updated", "unchanged", "rejected" };
			for (int i = 0; i < fields.length; i++) {
				totals[i] += payload.get(fields[i]).asInt();
			}
			callsAnswered.incrementAndGet();
		}
		return totals;
	}

	private static Bson imported() {
		return Filters.regex("externalId", "^crash-");
	}

	/** Runs {@code --repair-counters} on the stopped application's data: how many counters it corrected. */
	private static int repairedCounters(Path data) {
		String output = ChildJvm.command(data, "--repair-counters");
		var reported = java.util.regex.Pattern.compile("recounted from the ledger: (\\d+) differed").matcher(output);
		assertThat(reported.find()).as("repair report in: %s", output).isTrue();
		return Integer.parseInt(reported.group(1));
	}

	/** The payload of a mutation or query field, failing on any GraphQL error or user error. */
	private static JsonNode data(JsonNode answer, String field) {
		if (answer.has("errors")) {
			throw new IllegalStateException("GraphQL errors: " + answer.get("errors"));
		}
		JsonNode payload = answer.get("data").get(field);
		if (payload.has("userErrors") && !payload.get("userErrors").isEmpty()) {
			throw new IllegalStateException("User errors: " + payload.get("userErrors"));
		}
		return payload;
	}

	/** Polls until the condition holds (or {@code running} ended, which is a failure); the last count seen. */
	private static long awaitCount(MongoCollection<Document> collection, java.util.function.LongPredicate condition,
			CompletableFuture<?> running) throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
		while (System.nanoTime() < deadline) {
			long count = (collection != null) ? collection.countDocuments(imported()) : 0;
			if (condition.test(count)) {
				return count;
			}
			if (running.isDone()) {
				running.join();
				throw new AssertionError("finished before the moment to kill it (last count " + count + ")");
			}
			Thread.sleep(5);
		}
		throw new AssertionError("the moment to kill never came");
	}

}
