package uk.trustboard.api.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import org.bson.Document;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;

import uk.trustboard.api.Trustboard;
import uk.trustboard.api.acknowledgement.AcknowledgementCounters;
import uk.trustboard.api.bench.SyntheticTrust.LivePolicy;
import uk.trustboard.api.bench.SyntheticTrust.Shape;
import uk.trustboard.api.bench.SyntheticTrust.Summary;
import uk.trustboard.api.support.TestIssuer;

/**
 * The compliance dashboard and its neighbours under load: the whole application (HTTP, security,
 * GraphQL) on the embedded MongoDB (or a real one with {@code MONGODB_URI}), loaded with
 * {@link SyntheticTrust} data, called with real signed tokens. Not a test; run it with
 * {@code backend/dashboard-bench.sh [key=value ...]}. Every figure comes from one run, so ratios
 * compare measurements taken minutes apart on the same machine.
 */
public final class DashboardBenchmark {

	private static final String HEAD_QUERY = """
			query head($schoolId: ID!, $variantId: ID!, $asOf: Date!) {
			  school(id: $schoolId) {
			    id name urn phase
			    people {
			      headteacher { title person { name } }
			      dsl { title since { text } person { name email } }
			      deputyDsls { person { name } }
			      leadGovernor { responsibility person { name } }
			    }
			    channels { platform name handle status managers { name } }
			    variants {
			      id staleBase
			      live {
			        number publishedAt
			        details { title reviewedOn { text } nextReviewDue { text } }
			        sections { key number heading body }
			        drift { baseKey key heading disposition }
			        driftedSectionCount
			      }
			      review { nextDue standing(asOf: $asOf) { status dueOn daysOverdue } }
			    }
			  }
			  acknowledgementStatus(variantId: $variantId, asOf: $asOf) {
			    versionNumber line required acknowledged outstanding overdue
			    outstandingPeople(first: 10) { edges { node { id name } } pageInfo { hasNextPage endCursor } }
			  }
			}""";

	private final BenchOptions options;

	private final RoundTrips trips;

	private final MongoTemplate mongo;

	private final MongoDatabase db;

	private final SyntheticTrust generator;

	private final AcknowledgementCounters counters;

	private final BenchHttp http;

	private final RawDashboard raw;

	private final BenchReport report = new BenchReport();

	private DashboardBenchmark(BenchOptions options, RoundTrips trips, ConfigurableApplicationContext app) {
		this.options = options;
		this.trips = trips;
		this.mongo = app.getBean(MongoTemplate.class);
		this.db = app.getBean(MongoClient.class).getDatabase(this.mongo.getDb().getName());
		this.generator = new SyntheticTrust(this.mongo, System.out);
		this.counters = app.getBean(AcknowledgementCounters.class);
		this.http = new BenchHttp(((WebServerApplicationContext) app).getWebServer().getPort());
		this.raw = new RawDashboard(this.db);
	}

	public static void main(String[] args) throws Exception {
		BenchOptions options = BenchOptions.parse(args);
		var trips = new RoundTrips();
		var app = new SpringApplication(Trustboard.class);
		app.addInitializers(context -> ((GenericApplicationContext) context).registerBean("benchRoundTrips",
				MongoClientSettingsBuilderCustomizer.class, () -> settings -> settings.addCommandListener(trips)));
		List<String> properties = new ArrayList<>(List.of("--spring.profiles.active=test", "--server.port=0",
				"--spring.main.banner-mode=off", "--logging.level.root=WARN",
				"--logging.level.uk.trustboard.api.acknowledgement.AcknowledgementCounters=ERROR",
				// the embedded server warns once per non-unique index it ignores (see BENCHMARKS.md)
				"--logging.level.de.bwaldvogel.mongo.backend=ERROR",
				"--trustboard.seed.on-start=never",
				"--spring.security.oauth2.resourceserver.jwt.issuer-uri=" + TestIssuer.get().issuer(),
				// the per-caller token bucket would throttle the throughput runs: effectively off here
				"--trustboard.limits.rate.capacity=1000000000", "--trustboard.limits.rate.refill-per-second=1000000000",
				"--trustboard.limits.rate.max-callers=100000",
				// the 10,000-school runs may take longer than the production 10 s budget on the embedded server
				"--trustboard.limits.timeout=120s", "--spring.mongodb.database=trustboard_bench"));
		if (options.backend.equals("file")) {
			Path dir = Files.createTempDirectory("trustboard-bench");
			properties.add("--trustboard.mongo.embedded.backend=file");
			properties.add("--trustboard.mongo.embedded.data-dir=" + dir);
		}
		long starting = System.nanoTime();
		ConfigurableApplicationContext context = app.run(properties.toArray(String[]::new));
		try {
			var benchmark = new DashboardBenchmark(options, trips, context);
			benchmark.report.note("application started in %.1f s", (System.nanoTime() - starting) / 1e9);
			benchmark.run();
		}
		catch (Throwable ex) {
			ex.printStackTrace(System.out);
			throw ex;
		}
		finally {
			context.close();
			TestIssuer.get().stop();
		}
	}

	private void run() throws Exception {
		this.report.machine(this.db, this.options);
		List<String> phases = this.options.phases;
		Shape main = this.options.main();
		if (phases.contains("overhead") || phases.contains("head") || phases.contains("writes")
				|| phases.contains("ledger")) {
			Shape shape = main.withLines(phases.contains("ledger") ? linesFor(main) : 1);
			Summary summary = load(shape);
			if (phases.contains("overhead")) {
				overhead(shape);
			}
			if (phases.contains("head")) {
				headQuery(shape, summary);
			}
			if (phases.contains("writes")) {
				writes(shape, summary);
			}
			if (phases.contains("ledger")) {
				ledger(shape);
			}
			timed("remove " + shape.trustId(), () -> this.generator.remove(shape.trustId()));
		}
		if (phases.contains("trips")) {
			roundTrips();
		}
		if (phases.contains("reviews")) {
			overdueReviews();
		}
		this.report.print();
	}

	/** Enough acknowledgement lines that the whole ledger reaches the target size. */
	private int linesFor(Shape shape) {
		long perLine = this.generator.acknowledgementsPerLine(shape);
		return (int) Math.max(1, Math.ceil((double) this.options.ledger / Math.max(1, perLine)));
	}

	private Summary load(Shape shape) {
		section("Generating " + shape);
		this.generator.remove(shape.trustId());
		Summary summary = this.generator.generate(shape);
		long repairing = System.nanoTime();
		this.counters.repair();
		double repair = (System.nanoTime() - repairing) / 1e9;
		System.out.printf("  %,d documents in %.1f s (%,.0f/s), counters rebuilt in %.1f s%n", summary.total(),
				summary.took().toMillis() / 1e3, summary.total() / (summary.took().toMillis() / 1e3), repair);
		this.report.data(shape, summary, repair);
		return summary;
	}

	// (1) the dashboard over HTTP beside the same queries straight from the driver

	private void overhead(Shape shape) {
		section("(1) complianceDashboard over HTTP vs the same queries through the driver, " + shape.schools() + " schools");
		String token = executive(shape.trustId());
		String body = dashboardBody(shape);
		JsonNode answer = BenchHttp.data(this.http.send(token, body));
		RawDashboard.Totals rawTotals = this.raw.run(shape.trustId(), shape.asOf());
		RawDashboard.Totals httpTotals = totalsOf(answer.get("complianceDashboard"));
		System.out.println("  API totals:    " + httpTotals);
		System.out.println("  driver totals: " + rawTotals);
		if (!rawTotals.equals(httpTotals)) {
			throw new IllegalStateException("The driver mirror disagrees with the API: " + rawTotals + " vs " + httpTotals);
		}
		this.trips.reset();
		this.http.send(token, body);
		List<String> apiCommands = this.trips.commands();
		this.trips.reset();
		this.raw.run(shape.trustId(), shape.asOf());
		List<String> rawCommands = this.trips.commands();
		System.out.println("  API sends:     " + apiCommands);
		System.out.println("  mirror sends:  " + rawCommands);
		Pair pair = interleaved(() -> this.http.send(token, body), () -> this.raw.run(shape.trustId(), shape.asOf()));
		this.report.row("1", "complianceDashboard, HTTP GraphQL (%d schools)".formatted(shape.schools()), pair.a.p50p95(), "");
		this.report.row("1", "same queries, driver in-process", pair.b.p50p95(), "");
		double ratio50 = pair.a.p50() / pair.b.p50();
		double ratio95 = pair.a.p95() / pair.b.p95();
		this.report.row("1", "overhead HTTP / driver", "%.2fx at p50, %.2fx at p95".formatted(ratio50, ratio95),
				verdict(ratio50 <= 1.5, "<= 1.5x"));
		this.report.note("(1) response %,d bytes; %d read round trips through the API, %d through the mirror",
				this.http.send(token, body).length(), apiCommands.size(), rawCommands.size());
	}

	// (6) a school head's typical query, 64 clients

	private void headQuery(Shape shape, Summary summary) throws InterruptedException {
		section("(6) a school head's query, %d concurrent clients".formatted(this.options.headClients));
		List<LivePolicy> live = summary.live();
		List<Load.Client> clients = new ArrayList<>();
		for (int c = 0; c < this.options.headClients; c++) {
			LivePolicy policy = live.get(c % live.size());
			String token = TestIssuer.sign(TestIssuer
				.claims("head-of-" + policy.schoolId(), "SCHOOL_HEAD", shape.trustId(), List.of(policy.schoolId()))
				.build());
			String body = BenchHttp.body(HEAD_QUERY,
					Map.of("schoolId", policy.schoolId(), "variantId", policy.variantId(), "asOf", shape.asOf().toString()));
			if (c == 0) {
				JsonNode data = BenchHttp.data(this.http.send(token, body));
				System.out.printf("  e.g. %s: %d people must acknowledge, %d have, %d bytes%n", policy.schoolId(),
						data.get("acknowledgementStatus").get("required").asInt(),
						data.get("acknowledgementStatus").get("acknowledged").asInt(), this.http.send(token, body).length());
				breakdown("(6) one head query", () -> this.http.send(token, body));
				long[] nanos = sequential(() -> this.http.send(token, body), 200, Duration.ofSeconds(20));
				this.report.row("6", "head query, 1 client, sequential", Latencies.of(nanos).p50p95(), "");
			}
			int[] sent = new int[1];
			clients.add(() -> {
				String answer = this.http.send(token, body);
				if (sent[0]++ % 50 == 0) {
					BenchHttp.data(answer);
				}
				return true;
			});
		}
		Load.Result result = Load.run(clients, this.options.warmUp, this.options.window);
		this.report.row("6", "head query, %d clients, %d s".formatted(result.clients(), Math.round(result.seconds())),
				"%.0f req/s, p50 %.1f ms, p99 %.1f ms%s".formatted(result.perSecond(), result.latencies().p50(),
						result.latencies().p99(), failures(result)),
				"");
	}

	// (5) acknowledgement writes, 32 clients, each for distinct people

	private void writes(Shape shape, Summary summary) throws InterruptedException {
		section("(5) acknowledgePolicy, %d concurrent clients, self, distinct people".formatted(this.options.writeClients));
		var pending = new ConcurrentLinkedQueue<String[]>();
		List<String[]> all = new ArrayList<>();
		for (LivePolicy policy : summary.live()) {
			for (String person : policy.outstanding()) {
				all.add(new String[] { person, policy.schoolId(), policy.variantId() });
			}
		}
		Collections.shuffle(all, new java.util.Random(shape.seed()));
		long minting = System.nanoTime();
		for (String[] row : all) {
			String token = TestIssuer.sign(TestIssuer.claims(row[0], "STAFF", shape.trustId(), List.of(row[1]))
				.claim("person_id", row[0])
				.build());
			pending.add(new String[] { token, BenchHttp.body(BenchHttp.document("acknowledgePolicy"),
					Map.of("input", Map.of("variantId", row[2]))) });
		}
		System.out.printf("  %,d people to acknowledge (tokens minted in %.1f s)%n", all.size(),
				(System.nanoTime() - minting) / 1e9);
		long before = currentCounts(shape.trustId());
		long ledgerBefore = this.db.getCollection("acknowledgements").countDocuments();
		breakdown("(5) one acknowledgePolicy", () -> {
			String[] next = pending.poll();
			return this.http.send(next[0], next[1]);
		});
		long[] single = sequential(() -> {
			String[] next = pending.poll();
			return this.http.send(next[0], next[1]);
		}, Math.min(100, pending.size() / 10), Duration.ofSeconds(10));
		this.report.row("5", "acknowledgePolicy, 1 client, sequential", Latencies.of(single).p50p95(), "");
		List<Load.Client> clients = new ArrayList<>();
		for (int c = 0; c < this.options.writeClients; c++) {
			clients.add(() -> {
				String[] next = pending.poll();
				if (next == null) {
					return false;
				}
				JsonNode payload = BenchHttp.data(this.http.send(next[0], next[1])).get("acknowledgePolicy");
				if (!payload.get("userErrors").isEmpty() || payload.get("acknowledgement").isNull()) {
					throw new IllegalStateException("refused: " + payload);
				}
				return true;
			});
		}
		Duration warmUp = (pending.size() > 1_000) ? this.options.writeWarmUp : Duration.ZERO;
		Load.Result result = Load.run(clients, warmUp, this.options.window);
		long stored = this.db.getCollection("acknowledgements").countDocuments() - ledgerBefore;
		long counted = currentCounts(shape.trustId()) - before;
		this.report.row("5", "acknowledgePolicy, %d clients, %.0f s".formatted(result.clients(), result.seconds()),
				"%.0f acks/s, p50 %.1f ms, p99 %.1f ms%s".formatted(result.perSecond(), result.latencies().p50(),
						result.latencies().p99(), failures(result)),
				"");
		this.report.note("(5) %,d acknowledged over the whole run (warm-up included): ledger +%,d, counters +%,d (%s)%s",
				stored, stored, counted, stored == counted ? "in step" : "OUT OF STEP",
				pending.isEmpty() ? "; every outstanding person acknowledged before the window ended" : "");
	}

	private long currentCounts(String trustId) {
		long sum = 0;
		for (Document variant : this.db.getCollection("variants").find(new Document("trustId", trustId))) {
			Document live = variant.get("live", Document.class);
			if (live != null) {
				Document counter = this.db.getCollection("acknowledgement_counters")
					.find(new Document("_id", variant.getString("_id") + ":" + live.getInteger("acknowledgementLine")))
					.first();
				sum += (counter != null) ? ((Number) counter.get("acknowledged")).longValue() : 0;
			}
		}
		return sum;
	}

	// (3) the dashboard at ~10 thousand, ~100 thousand and ~1 million acknowledgements

	private record Stage(long ledger, long counters, Pair times) {
	}

	/**
	 * Grows the ledger under the same trust (earlier acknowledgement lines of the same people and
	 * policies) and times the dashboard at each size. The repair is timed where it is bounded: on
	 * the embedded server it reads a page of the ledger per query, each one a scan and sort of the
	 * whole collection, so its time grows with the square of the ledger.
	 */
	private void ledger(Shape shape) {
		section("(3) complianceDashboard as the ledger grows, " + shape.schools() + " schools");
		String body = dashboardBody(shape);
		Stage small = stage(shape, body, "current line only");
		long perLine = Math.max(1, this.generator.acknowledgementsPerLine(shape));
		int middleLine = (int) Math.min(shape.lines() - 1,
				Math.max(1, Math.ceil((double) (this.options.ledgerMiddle - small.ledger()) / perLine)));
		double wrote = grow(shape, 1, middleLine);
		String repairMiddle = repairCheck();
		Stage middle = stage(shape, body, "repair: " + repairMiddle);
		wrote += grow(shape, middleLine + 1, shape.lines() - 1);
		long size = this.db.getCollection("acknowledgements").countDocuments();
		String repairLarge = (size <= this.options.repairLimit) ? repairCheck()
				: "not run above repairLimit=%,d (see the %,d figure)".formatted(this.options.repairLimit, middle.ledger());
		Stage large = stage(shape, body, "repair: " + repairLarge);
		this.db.getCollection("acknowledgement_counters")
			.deleteMany(new Document("trustId", shape.trustId()).append("line", new Document("$lt", shape.lines())));
		Stage ledgerOnly = stage(shape, body, "earlier lines' counters removed: the ledger alone");

		for (Stage stage : List.of(small, middle, large, ledgerOnly)) {
			this.report.row("3", "dashboard at %,d acknowledgements, %,d counters (HTTP)".formatted(stage.ledger(),
					stage.counters()), stage.times().a().p50p95(), "");
		}
		double ratio50 = large.times().a().p50() / small.times().a().p50();
		double ratio95 = large.times().a().p95() / small.times().a().p95();
		this.report.row("3", "%,d / %,d acknowledgements (HTTP)".formatted(large.ledger(), small.ledger()),
				"%.2fx at p50, %.2fx at p95".formatted(ratio50, ratio95), verdict(ratio50 <= 1.3, "<= 1.3x"));
		this.report.row("3", "ledger alone: %,d / %,d acknowledgements (HTTP)".formatted(ledgerOnly.ledger(),
				small.ledger()), "%.2fx at p50, %.2fx at p95".formatted(ledgerOnly.times().a().p50() / small.times().a().p50(),
						ledgerOnly.times().a().p95() / small.times().a().p95()), "");
		this.report.row("3", "same four, driver mirror p50",
				"%.1f, %.1f, %.1f, %.1f ms".formatted(small.times().b().p50(), middle.times().b().p50(),
						large.times().b().p50(), ledgerOnly.times().b().p50()), "");
		this.report.note("(3) %,d earlier-line entries (%d earlier lines per published policy) and their counters "
				+ "written in %.1f s (%,.0f entries/s)", large.ledger() - small.ledger(), shape.lines() - 1, wrote,
				(large.ledger() - small.ledger()) / wrote);
		this.report.note("(3) AcknowledgementCounters.repair() at %,d entries: %s; at %,d: %s", middle.ledger(),
				repairMiddle, large.ledger(), repairLarge);
	}

	private double grow(Shape shape, int from, int to) {
		if (from > to) {
			return 0;
		}
		long started = System.nanoTime();
		this.generator.writeHistory(shape, from, to);
		return (System.nanoTime() - started) / 1e9;
	}

	private Stage stage(Shape shape, String body, String what) {
		long ledger = this.db.getCollection("acknowledgements").countDocuments();
		long counters = this.db.getCollection("acknowledgement_counters").countDocuments();
		System.out.printf("  %,d acknowledgements, %,d counters (%s)%n", ledger, counters, what);
		String token = executive(shape.trustId());
		Pair times = interleaved(() -> this.http.send(token, body), () -> this.raw.run(shape.trustId(), shape.asOf()));
		breakdown("(3) dashboard at %,d acknowledgements, %,d counters".formatted(ledger, counters),
				() -> this.http.send(token, body));
		return new Stage(ledger, counters, times);
	}

	/** Runs the repair over the whole ledger as a check of the counters written with the history. */
	private String repairCheck() {
		long started = System.nanoTime();
		try {
			int differences = this.counters.repair().size();
			return "%.1f s, %d counter(s) differed".formatted((System.nanoTime() - started) / 1e9, differences);
		}
		catch (RuntimeException ex) {
			return "FAILED after %.1f s: %s".formatted((System.nanoTime() - started) / 1e9, ex.getMessage());
		}
	}

	// (2) round trips per dashboard request at 10, 100 and 1,000 schools

	private void roundTrips() {
		section("(2) MongoDB round trips per complianceDashboard request");
		Map<Integer, List<String>> bySize = new LinkedHashMap<>();
		Map<Integer, Long> realServer = new LinkedHashMap<>();
		for (int schools : this.options.tripSizes) {
			Shape shape = this.options.main().withTrust("bench-trips-" + schools, schools, this.options.tripStaff);
			load(shape);
			String token = executive(shape.trustId());
			String body = dashboardBody(shape);
			for (int i = 0; i < 5; i++) {
				this.http.send(token, body);
			}
			this.trips.reset();
			JsonNode answer = BenchHttp.data(this.http.send(token, body));
			List<String> commands = this.trips.commands();
			List<RoundTrips.Reply> replies = this.trips.replies();
			int rows = answer.get("complianceDashboard").get("totals").get("schools").asInt();
			this.trips.reset();
			this.raw.run(shape.trustId(), shape.asOf());
			int mirror = this.trips.total();
			long[] nanos = new long[20];
			for (int i = 0; i < nanos.length; i++) {
				long sent = System.nanoTime();
				this.http.send(token, body);
				nanos[i] = System.nanoTime() - sent;
			}
			bySize.put(schools, commands);
			// mongo-java-server sends a whole result at once; a real server splits it by the batch
			// size asked for and 16 MiB a reply, so estimate from the replies' documents and bytes
			realServer.put(schools, (long) replies.stream().mapToInt(RoundTrips.Reply::realServerTrips).sum());
			RoundTrips.Reply largest = replies.stream()
				.max(java.util.Comparator.comparingInt(RoundTrips.Reply::bytes))
				.orElseThrow();
			this.report.note("(2) at %,d schools the largest reply was %s: %,d documents, %,d bytes (%.1f%% of 16 MiB); "
					+ "replies: %s", schools, largest.command(), largest.documents(), largest.bytes(),
					100.0 * largest.bytes() / (16 * 1024 * 1024), replies);
			this.report.note("(2) documents each query returns at %,d schools: %s", schools, this.raw.returned);
			System.out.printf("  %,d schools (%d rows): %d round trips %s; mirror %d; p50 %.1f ms%n", schools, rows,
					commands.size(), summarize(commands), mirror, Latencies.of(nanos).p50());
			this.report.row("2", "round trips, %,d schools".formatted(schools),
					"%d (find %d, aggregate %d, getMore %d); p50 %.1f ms".formatted(commands.size(), count(commands, "find"),
							count(commands, "aggregate"), count(commands, "getMore"), Latencies.of(nanos).p50()),
					"");
			this.generator.remove(shape.trustId());
		}
		boolean same = bySize.values().stream().map(List::size).distinct().count() == 1;
		this.report.row("2", "same count at every size", same ? "yes" : "no: " + bySize.entrySet()
			.stream()
			.map(entry -> entry.getKey() + " schools " + entry.getValue().size())
			.collect(Collectors.joining(", ")), verdict(same, "equal"));
		this.report.row("2", "estimate for a real MongoDB (batches as asked, 16 MiB a reply)", realServer.entrySet()
			.stream()
			.map(entry -> "%,d schools %d".formatted(entry.getKey(), entry.getValue()))
			.collect(Collectors.joining(", ")), verdict(realServer.values().stream().distinct().count() == 1, "equal"));
		bySize.forEach((schools, commands) -> this.report.note("(2) %,d schools: %s", schools, commands));
	}

	// (4) overdueReviews: the first page and a deep one

	private void overdueReviews() {
		section("(4) overdueReviews, first page and a deep page");
		String document = BenchHttp.document("overdueReviews");
		for (int schools : this.options.reviewSizes) {
			Shape shape = this.options.main().withTrust("bench-reviews-" + schools, schools, this.options.reviewStaff);
			load(shape);
			String token = executive(shape.trustId());
			Map<String, Object> variables = new LinkedHashMap<>(Map.of("asOf", shape.asOf().toString(), "trustId",
					shape.trustId(), "first", this.options.pageSize));
			String first = BenchHttp.body(document, variables);
			String after = null;
			int page = 0;
			int items = 0;
			long walking = System.nanoTime();
			while (page < this.options.deepPage) {
				Map<String, Object> at = new LinkedHashMap<>(variables);
				if (after != null) {
					at.put("after", after);
				}
				JsonNode connection = BenchHttp.data(this.http.send(token, BenchHttp.body(document, at))).get("overdueReviews");
				page++;
				items += connection.get("edges").size();
				if (!connection.get("pageInfo").get("hasNextPage").asBoolean()) {
					break;
				}
				if (page < this.options.deepPage) {
					after = connection.get("pageInfo").get("endCursor").asString();
				}
			}
			double walk = (System.nanoTime() - walking) / 1e9;
			Map<String, Object> deepVariables = new LinkedHashMap<>(variables);
			if (after != null) {
				deepVariables.put("after", after);
			}
			String deep = BenchHttp.body(document, deepVariables);
			int deepPage = page;
			System.out.printf("  %,d schools: walked %d pages of %d (%,d items) in %.1f s%n", schools, page,
					this.options.pageSize, items, walk);
			Pair pair = interleaved(() -> this.http.send(token, first), () -> this.http.send(token, deep),
					this.options.reviewIterations);
			double ratio = pair.b.p50() / pair.a.p50();
			this.report.row("4", "overdueReviews page 1, %,d schools".formatted(schools), pair.a.p50p95(), "");
			this.report.row("4", "overdueReviews page %d, %,d schools".formatted(deepPage, schools), pair.b.p50p95(), "");
			this.report.row("4", "deep / first, %,d schools".formatted(schools),
					"%.2fx at p50, %.2fx at p95".formatted(ratio, pair.b.p95() / pair.a.p95()), verdict(ratio <= 2, "<= 2x"));
			this.generator.remove(shape.trustId());
		}
	}

	// measuring

	private record Pair(Latencies a, Latencies b) {
	}

	private Pair interleaved(Supplier<?> a, Supplier<?> b) {
		return interleaved(a, b, this.options.iterations);
	}

	/**
	 * Warms both up, then times them alternately (a then b, b then a), so that drift in a noisy
	 * machine falls on both alike. Bounded by iterations and by time, whichever comes first.
	 */
	private Pair interleaved(Supplier<?> a, Supplier<?> b, int iterations) {
		// start each measurement from a collected heap: a million fresh documents leave the collector
		// busy for a while, which would fall on whichever measurement came next
		System.gc();
		long warmUntil = System.nanoTime() + this.options.warmUp.toNanos();
		int warm = 0;
		while (warm < iterations && System.nanoTime() < warmUntil) {
			a.get();
			b.get();
			warm++;
		}
		long[] first = new long[iterations];
		long[] second = new long[iterations];
		long until = System.nanoTime() + this.options.measureLimit.toNanos();
		int n = 0;
		while (n < iterations && System.nanoTime() < until) {
			if (n % 2 == 0) {
				first[n] = time(a);
				second[n] = time(b);
			}
			else {
				second[n] = time(b);
				first[n] = time(a);
			}
			n++;
		}
		System.out.printf("  %d warm-up rounds, %d measured rounds%n", warm, n);
		return new Pair(Latencies.of(Arrays.copyOf(first, n)), Latencies.of(Arrays.copyOf(second, n)));
	}

	/** One client, one request after another, after a few unrecorded ones. */
	private static long[] sequential(Supplier<?> call, int iterations, Duration limit) {
		for (int i = 0; i < Math.min(10, iterations); i++) {
			call.get();
		}
		long[] nanos = new long[iterations];
		long until = System.nanoTime() + limit.toNanos();
		int n = 0;
		while (n < iterations && System.nanoTime() < until) {
			nanos[n++] = time(call);
		}
		return Arrays.copyOf(nanos, n);
	}

	/** The MongoDB commands one request sends, with the time each took, beside the request's own time. */
	private void breakdown(String what, Supplier<?> call) {
		this.trips.reset();
		long took = time(call);
		List<String> timed = this.trips.timed();
		double inMongo = timed.stream()
			.mapToDouble(command -> Double.parseDouble(command.substring(command.lastIndexOf(' ', command.length() - 4) + 1,
					command.length() - 3)))
			.sum();
		this.report.note("%s: %.1f ms, of which %.1f ms in %d MongoDB commands (%d reads): %s", what, took / 1e6, inMongo,
				timed.size(), this.trips.total(), timed);
	}

	private static long time(Supplier<?> call) {
		long started = System.nanoTime();
		call.get();
		return System.nanoTime() - started;
	}

	private void timed(String what, Runnable work) {
		long started = System.nanoTime();
		work.run();
		System.out.printf("  %s: %.1f s%n", what, (System.nanoTime() - started) / 1e9);
	}

	// helpers

	private static String executive(String trustId) {
		return TestIssuer.sign(TestIssuer.claims("executive-of-" + trustId, "TRUST_EXECUTIVE", trustId, List.of()).build());
	}

	private static String dashboardBody(Shape shape) {
		return BenchHttp.body(BenchHttp.document("complianceDashboard"),
				Map.of("trustId", shape.trustId(), "asOf", shape.asOf().toString()));
	}

	static RawDashboard.Totals totalsOf(JsonNode dashboard) {
		JsonNode totals = dashboard.get("totals");
		int dsl = 0;
		int governor = 0;
		long unmanaged = 0;
		int stale = 0;
		long drifted = 0;
		for (JsonNode row : dashboard.get("schools")) {
			dsl += row.get("dslNamed").asBoolean() ? 1 : 0;
			governor += row.get("leadGovernorNamed").asBoolean() ? 1 : 0;
			unmanaged += row.get("unmanagedChannels").asLong();
			stale += row.get("staleBase").asBoolean() ? 1 : 0;
			drifted += row.get("driftedSections").asLong();
		}
		return new RawDashboard.Totals(totals.get("schools").asInt(), totals.get("overdueReviews").asInt(),
				totals.get("required").asLong(), totals.get("acknowledged").asLong(),
				totals.get("overdueAcknowledgements").asLong(), dsl, governor, unmanaged, stale, drifted);
	}

	private static long count(List<String> commands, String name) {
		return commands.stream().filter(command -> command.startsWith(name + " ")).count();
	}

	private static String summarize(List<String> commands) {
		return commands.stream()
			.collect(Collectors.groupingBy(command -> command, LinkedHashMap::new, Collectors.counting()))
			.entrySet()
			.stream()
			.map(entry -> entry.getValue() > 1 ? entry.getKey() + " x" + entry.getValue() : entry.getKey())
			.collect(Collectors.joining(", ", "[", "]"));
	}

	private static String failures(Load.Result result) {
		return (result.failed() > 0) ? ", %d FAILED (%s)".formatted(result.failed(), result.firstFailure()) : "";
	}

	private static String verdict(boolean met, String target) {
		return (met ? "met (" : "NOT met (") + target + ")";
	}

	private static void section(String title) {
		System.out.printf("%n== %s%n", title);
	}

}
