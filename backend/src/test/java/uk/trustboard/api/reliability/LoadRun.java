package uk.trustboard.api.reliability;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;

import com.mongodb.client.model.Filters;
import org.bson.Document;
import tools.jackson.databind.JsonNode;

import uk.trustboard.api.support.ChildJvm;
import uk.trustboard.api.support.TestIssuer;

/**
 * The load test (not part of the suite; {@code backend/reliability.sh load}): the application in
 * a JVM of its own on the embedded file store, and from this process, over loopback, a fixed rate
 * of mixed requests: trust dashboards, head edits, acknowledgements recorded by a head and an
 * integration paging through overdue reviews. Open loop: request {@code n} is due at
 * {@code start + n / rate} whatever the others are doing, and its latency runs from that moment,
 * so a stall shows in the figures instead of slowing the load (no coordinated omission).
 * Afterwards every acknowledgement that was answered as stored must be in the ledger exactly
 * once, and the counter repair must find nothing to correct.
 * Options as key=value: rate (requests/s, 20), minutes (5), warmup (seconds, 30), people (3000).
 */
public final class LoadRun {

	enum Kind { DASHBOARD, HEAD_EDIT, ACKNOWLEDGEMENT, INTEGRATION_PAGE }

	/** One in every 20 requests by kind: 5 dashboards, 4 edits, 7 acknowledgements, 4 pages. */
	private static final Kind[] MIX = mix(Map.of(Kind.DASHBOARD, 5, Kind.HEAD_EDIT, 4, Kind.ACKNOWLEDGEMENT, 7,
			Kind.INTEGRATION_PAGE, 4));

	private static final String AS_OF = "2026-11-22";

	private static final String SCHOOL = "lunsford-primary";

	private final ChildJvm app;

	private final String executive = TestIssuer.token("trust-executive");

	private final String head = TestIssuer.token("lunsford-head");

	private final String integration = TestIssuer.token("integration");

	private final List<String[]> toAcknowledge;

	private final AtomicInteger nextAcknowledgement = new AtomicInteger();

	private final AtomicInteger edits = new AtomicInteger();

	private final AtomicReference<String> cursor = new AtomicReference<>();

	private final ConcurrentLinkedQueue<JsonNode> stored = new ConcurrentLinkedQueue<>();

	private final ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();

	private LoadRun(ChildJvm app, List<String[]> toAcknowledge) {
		this.app = app;
		this.toAcknowledge = toAcknowledge;
	}

	public static void main(String[] args) throws Exception {
		Map<String, String> options = Options.parse(args, Map.of("rate", "20", "minutes", "5", "warmup", "30", "people", "3000"));
		double rate = Double.parseDouble(options.get("rate"));
		Duration window = Duration.ofSeconds((long) (Double.parseDouble(options.get("minutes")) * 60));
		Duration warmUp = Duration.ofSeconds(Long.parseLong(options.get("warmup")));
		int people = Integer.parseInt(options.get("people"));

		Path data = Files.createTempDirectory("trustboard-load").resolve("data");
		System.out.println("Starting the application (file store in " + data + ") ...");
		ChildJvm app = ChildJvm.start(data, List.of("-Xmx2g"));
		int differences;
		Report report;
		try {
			List<String[]> pairs = prepare(app, people);
			var run = new LoadRun(app, pairs);
			System.out.printf("Warm-up: %d s at %.0f requests/s (not measured) ...%n", warmUp.toSeconds(), rate);
			run.drive(rate, warmUp, new Report());
			run.stored.clear();
			int warmUpFailures = run.failures.size();
			System.out.printf("Measuring: %d s at %.0f requests/s ...%n", window.toSeconds(), rate);
			report = new Report();
			run.drive(rate, window, report);
			report.warmUpFailures = warmUpFailures;
			report.failures.addAll(run.failures);
			run.verifyLedger(report);
		}
		finally {
			app.stop();
		}
		differences = repair(data);
		report.print(rate, window, warmUp, people, differences);
		if (report.passed(differences)) {
			ChildJvm.deleteRun(data);
		}
		TestIssuer.get().stop();
		System.exit(report.passed(differences) ? 0 : 1);
	}

	/** Staff to acknowledge for: people imported into the school, paired with its published variants. */
	private static List<String[]> prepare(ChildJvm app, int people) {
		String head = TestIssuer.token("lunsford-head");
		for (int from = 0; from < people; from += 5_000) {
			List<Map<String, Object>> rows = new ArrayList<>();
			for (int n = from; n < Math.min(people, from + 5_000); n++) {
				rows.add(Map.of("externalId", "load-%05d".formatted(n), "name", "Load Test Person " + n, "staffType",
						"TEACHER", "startDate", "2024-09-01"));
			}
			JsonNode answer = app.graphql(head, "mutation($input: ImportStaffInput!) { importStaff(input: $input) { created } }",
					Map.of("input", Map.of("schoolId", SCHOOL, "rows", rows)));
			System.out.println("  imported staff: " + answer.at("/data/importStaff"));
		}
		List<String> personIds = app.database()
			.getCollection("people")
			.find(Filters.regex("externalId", "^load-"))
			.map(person -> person.getString("_id"))
			.into(new ArrayList<>());
		List<String> variantIds = app.database()
			.getCollection("variants")
			.find(Filters.and(Filters.eq("schoolId", SCHOOL), Filters.ne("live", null)))
			.map(variant -> variant.getString("_id"))
			.into(new ArrayList<>());
		List<String[]> pairs = new ArrayList<>();
		for (String person : personIds) {
			for (String variant : variantIds) {
				pairs.add(new String[] { person, variant });
			}
		}
		Collections.shuffle(pairs, new Random(42));
		System.out.printf("  %d people x %d published variants = %d acknowledgements available%n", personIds.size(),
				variantIds.size(), pairs.size());
		return pairs;
	}

	private void drive(double rate, Duration length, Report report) throws InterruptedException {
		long period = (long) (1e9 / rate);
		long count = length.toNanos() / period;
		long start = System.nanoTime() + 50_000_000;
		try (ExecutorService clients = Executors.newVirtualThreadPerTaskExecutor()) {
			for (long n = 0; n < count; n++) {
				long due = start + n * period;
				long wait = due - System.nanoTime();
				if (wait > 0) {
					LockSupport.parkNanos(wait);
				}
				Kind kind = MIX[(int) (n % MIX.length)];
				clients.submit(() -> {
					boolean ok = send(kind);
					report.record(kind, System.nanoTime() - due, ok);
				});
			}
			clients.shutdown();
			clients.awaitTermination(5, TimeUnit.MINUTES);
		}
	}

	private boolean send(Kind kind) {
		try {
			JsonNode answer = switch (kind) {
				case DASHBOARD -> this.app.graphql(this.executive, Documents.DASHBOARD,
						Map.of("trustId", "asset-education", "asOf", AS_OF));
				case HEAD_EDIT -> this.app.graphql(this.head, Documents.EDIT, Map.of("input", Map.of("schoolId", SCHOOL,
						"motto", "Load test edit " + this.edits.incrementAndGet())));
				case ACKNOWLEDGEMENT -> acknowledge();
				case INTEGRATION_PAGE -> page();
			};
			if (answer.has("errors") || answer.findValues("userErrors").stream().anyMatch(errors -> !errors.isEmpty())) {
				this.failures.add(kind + ": " + answer);
				return false;
			}
			return true;
		}
		catch (RuntimeException ex) {
			this.failures.add(kind + ": " + ex);
			return false;
		}
	}

	private JsonNode acknowledge() {
		String[] pair = this.toAcknowledge.get(this.nextAcknowledgement.getAndIncrement() % this.toAcknowledge.size());
		JsonNode answer = this.app.graphql(this.head, Documents.ACKNOWLEDGE, Map.of("input", Map.of("variantId", pair[1],
				"personId", pair[0], "evidence", "Signed paper form (load test)")));
		JsonNode acknowledgement = answer.at("/data/acknowledgePolicy/acknowledgement");
		if (!acknowledgement.isMissingNode() && !acknowledgement.isNull()) {
			this.stored.add(acknowledgement);
		}
		return answer;
	}

	private JsonNode page() {
		String after = this.cursor.get();
		Map<String, Object> variables = new java.util.HashMap<>(Map.of("asOf", AS_OF, "trustId", "asset-education",
				"includeDueSoon", true, "first", 5));
		variables.put("after", after);
		JsonNode answer = this.app.graphql(this.integration, Documents.OVERDUE, variables);
		JsonNode pageInfo = answer.at("/data/overdueReviews/pageInfo");
		if (!pageInfo.isMissingNode()) {
			this.cursor.compareAndSet(after, pageInfo.get("hasNextPage").asBoolean() ? pageInfo.get("endCursor").asString() : null);
		}
		return answer;
	}

	/** Every acknowledgement answered as stored is in the ledger exactly once. */
	private void verifyLedger(Report report) {
		var ledger = this.app.database().getCollection("acknowledgements");
		for (JsonNode acknowledgement : this.stored) {
			long copies = ledger.countDocuments(Filters.and(Filters.eq("personId", acknowledgement.at("/person/id").asString()),
					Filters.eq("variantId", acknowledgement.at("/variant/id").asString()),
					Filters.eq("line", acknowledgement.get("line").asInt())));
			if (copies == 1) {
				report.ledgerExactlyOnce++;
			}
			else {
				report.ledgerWrong.add(acknowledgement + " is in the ledger " + copies + " times");
			}
		}
		report.answeredStored = this.stored.size();
	}

	private static int repair(Path data) {
		String output = ChildJvm.command(data, "--repair-counters");
		var matcher = java.util.regex.Pattern.compile("ledger: (\\d+) differed").matcher(output);
		return matcher.find() ? Integer.parseInt(matcher.group(1)) : -1;
	}

	private static Kind[] mix(Map<Kind, Integer> weights) {
		List<Kind> slots = new ArrayList<>();
		// interleaved, so that each second carries every kind
		int most = weights.values().stream().mapToInt(Integer::intValue).max().orElse(0);
		for (int round = 0; round < most; round++) {
			for (Kind kind : Kind.values()) {
				if (weights.getOrDefault(kind, 0) > round) {
					slots.add(kind);
				}
			}
		}
		return slots.toArray(Kind[]::new);
	}

	/** The requests, as a front end and an integration send them. */
	static final class Documents {

		static final String DASHBOARD = resource("/graphql-test/complianceDashboard.graphql");

		static final String OVERDUE = resource("/graphql-test/overdueReviews.graphql");

		static final String EDIT = "mutation($input: UpdateSchoolDetailsInput!) { updateSchoolDetails(input: $input) { school { motto } userErrors { code message } } }";

		static final String ACKNOWLEDGE = "mutation($input: AcknowledgePolicyInput!) { acknowledgePolicy(input: $input) { acknowledgement { id line person { id } variant { id } } userErrors { code message } } }";

		private static String resource(String name) {
			try (InputStream in = LoadRun.class.getResourceAsStream(name)) {
				return new String(in.readAllBytes(), StandardCharsets.UTF_8);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

	}

	/** Latencies per kind (nanoseconds from the moment each request was due), failures and the ledger check. */
	static final class Report {

		final Map<Kind, ConcurrentLinkedQueue<Long>> latencies = new EnumMap<>(Kind.class);

		final Map<Kind, AtomicInteger> errors = new EnumMap<>(Kind.class);

		final List<String> failures = new ArrayList<>();

		final List<String> ledgerWrong = new ArrayList<>();

		int warmUpFailures;

		int answeredStored;

		int ledgerExactlyOnce;

		Report() {
			for (Kind kind : Kind.values()) {
				this.latencies.put(kind, new ConcurrentLinkedQueue<>());
				this.errors.put(kind, new AtomicInteger());
			}
		}

		void record(Kind kind, long nanos, boolean ok) {
			this.latencies.get(kind).add(nanos);
			if (!ok) {
				this.errors.get(kind).incrementAndGet();
			}
		}

		boolean passed(int differences) {
			return this.errors.values().stream().allMatch(count -> count.get() == 0) && this.warmUpFailures == 0
					&& this.ledgerWrong.isEmpty() && differences == 0;
		}

		void print(double rate, Duration window, Duration warmUp, int people, int differences) {
			var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
			System.out.printf("%n==================== Trustboard load test ====================%n");
			System.out.printf("when: %s; machine: %d cores, %.1f GiB RAM, load average at the end %.2f; JDK %s%n",
					Instant.now(), Runtime.getRuntime().availableProcessors(),
					os.getTotalMemorySize() / (1024.0 * 1024 * 1024), os.getSystemLoadAverage(),
					System.getProperty("java.version"));
			System.out.printf("application: its own JVM (-Xmx2g), embedded MongoDB with the H2 file store; load from a "
					+ "second JVM over loopback, open loop at %.1f requests/s for %d s after a %d s warm-up; %d imported staff%n",
					rate, window.toSeconds(), warmUp.toSeconds(), people);
			System.out.printf("%n| requests | count | errors | p50 ms | p95 ms | p99 ms | max ms |%n|---|---|---|---|---|---|---|%n");
			List<Long> all = new ArrayList<>();
			int errorCount = 0;
			for (Kind kind : Kind.values()) {
				List<Long> sample = new ArrayList<>(this.latencies.get(kind));
				all.addAll(sample);
				errorCount += this.errors.get(kind).get();
				row(kind.name().toLowerCase().replace('_', ' '), sample, this.errors.get(kind).get());
			}
			row("all", all, errorCount);
			System.out.printf("%nerrors in the warm-up: %d%n", this.warmUpFailures);
			System.out.printf("acknowledgements answered as stored: %d; in the ledger exactly once: %d; wrong: %d%n",
					this.answeredStored, this.ledgerExactlyOnce, this.ledgerWrong.size());
			System.out.printf("counter repair afterwards: %d counter(s) differed from the ledger%n", differences);
			this.ledgerWrong.stream().limit(10).forEach(wrong -> System.out.println("  " + wrong));
			this.failures.stream().limit(10).forEach(failure -> System.out.println("  failure: " + failure));
			System.out.println(passed(differences) ? "RESULT: PASS" : "RESULT: FAIL");
		}

		private static void row(String name, List<Long> sample, int errors) {
			long[] sorted = sample.stream().mapToLong(Long::longValue).sorted().toArray();
			System.out.printf("| %s | %d | %d | %s | %s | %s | %s |%n", name, sorted.length, errors, rank(sorted, 0.50),
					rank(sorted, 0.95), rank(sorted, 0.99), rank(sorted, 1.0));
		}

		private static String rank(long[] sorted, double quantile) {
			if (sorted.length == 0) {
				return "-";
			}
			return "%.1f".formatted(sorted[Math.max(0, (int) Math.ceil(quantile * sorted.length) - 1)] / 1e6);
		}

	}

}
