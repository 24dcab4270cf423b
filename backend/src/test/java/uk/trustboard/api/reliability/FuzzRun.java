package uk.trustboard.api.reliability;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import uk.trustboard.api.support.ChildJvm;
import uk.trustboard.api.support.TestIssuer;

/**
 * The fuzzer (not part of the suite; {@code backend/reliability.sh fuzz}): for a bounded time,
 * requests from {@link QueryGenerator} (random documents, some with odd variables, operation
 * names or extensions) sent by several clients, each request as one of the demo
 * logins, with no token or with a forged one, to the application in a JVM of its own. It passes
 * when no response is a 5xx, none carries a stack trace or an internal class name, and the
 * health endpoint says UP throughout and at the end.
 * Options as key=value: seconds (120), clients (4), seed (the clock).
 */
public final class FuzzRun {

	private static final List<String> INTERNALS = List.of("\tat ", "\\tat ", "uk.trustboard.", "java.lang.",
			"Exception", "org.springframework.", "com.mongodb.", "de.bwaldvogel.");

	private final Map<Integer, AtomicInteger> statuses = new TreeMap<>();

	private final AtomicLong requests = new AtomicLong();

	private final AtomicLong withData = new AtomicLong();

	private final AtomicLong withErrors = new AtomicLong();

	private final AtomicInteger unhealthy = new AtomicInteger();

	private final ConcurrentLinkedQueue<String> problems = new ConcurrentLinkedQueue<>();

	public static void main(String[] args) throws Exception {
		Map<String, String> options = Options.parse(args,
				Map.of("seconds", "120", "clients", "4", "seed", String.valueOf(System.currentTimeMillis())));
		Duration length = Duration.ofSeconds(Long.parseLong(options.get("seconds")));
		int clients = Integer.parseInt(options.get("clients"));
		long seed = Long.parseLong(options.get("seed"));
		Path data = Files.createTempDirectory("trustboard-fuzz").resolve("data");
		System.out.println("Starting the application (file store in " + data + ") ...");
		var fuzz = new FuzzRun();
		boolean healthyAtEnd;
		try (ChildJvm app = ChildJvm.start(data, List.of("-Xmx1g"))) {
			List<String> tokens = new ArrayList<>();
			for (String client : List.of("trust-executive", "lunsford-head", "lunsford-staff", "integration")) {
				tokens.add(TestIssuer.token(client));
			}
			tokens.add(null);
			tokens.add("forged." + TestIssuer.token("lunsford-head").substring(7));
			System.out.printf("Fuzzing for %d s with %d clients, seed %d ...%n", length.toSeconds(), clients, seed);
			long deadline = System.nanoTime() + length.toNanos();
			List<Thread> threads = new ArrayList<>();
			for (int c = 0; c < clients; c++) {
				var generator = new QueryGenerator(Path.of("schema"), seed + c);
				int client = c;
				threads.add(Thread.ofPlatform().start(() -> fuzz.drive(app, generator, tokens, client, deadline)));
			}
			for (Thread thread : threads) {
				thread.join();
			}
			healthyAtEnd = app.healthy();
		}
		fuzz.print(length, clients, seed, healthyAtEnd);
		if (fuzz.passed(healthyAtEnd)) {
			ChildJvm.deleteRun(data);
		}
		TestIssuer.get().stop();
		System.exit(fuzz.passed(healthyAtEnd) ? 0 : 1);
	}

	private void drive(ChildJvm app, QueryGenerator generator, List<String> tokens, int client, long deadline) {
		for (long n = 0; System.nanoTime() < deadline; n++) {
			String body = generator.nextBody();
			String token = tokens.get((int) ((n + client) % tokens.size()));
			try {
				HttpResponse<String> response = app.post(token, body);
				check(body, response);
			}
			catch (RuntimeException ex) {
				this.problems.add("no answer (" + ex + ") to: " + body);
			}
			if (n % 100 == 99 && !app.healthy()) {
				this.unhealthy.incrementAndGet();
				this.problems.add("health not UP after " + this.requests.get() + " requests");
			}
		}
	}

	private void check(String request, HttpResponse<String> response) {
		this.requests.incrementAndGet();
		synchronized (this.statuses) {
			this.statuses.computeIfAbsent(response.statusCode(), status -> new AtomicInteger()).incrementAndGet();
		}
		String body = response.body();
		if (response.statusCode() >= 500) {
			this.problems.add("HTTP " + response.statusCode() + " " + abbreviate(body) + " for: " + request);
		}
		INTERNALS.stream()
			.filter(body::contains)
			.findFirst()
			.ifPresent(internal -> this.problems.add("'" + internal.strip() + "' in " + abbreviate(body) + " for: " + request));
		if (response.statusCode() == 200) {
			JsonNode answer = JsonMapper.shared().readTree(body);
			if (answer.has("data") && !answer.get("data").isNull()) {
				this.withData.incrementAndGet();
			}
			if (answer.has("errors")) {
				this.withErrors.incrementAndGet();
			}
		}
	}

	private boolean passed(boolean healthyAtEnd) {
		return this.problems.isEmpty() && this.unhealthy.get() == 0 && healthyAtEnd;
	}

	private void print(Duration length, int clients, long seed, boolean healthyAtEnd) {
		System.out.printf("%n==================== Trustboard fuzzer ====================%n");
		System.out.printf("when: %s; %d cores; %d s, %d clients, seed %d (re-run with seed=%d)%n", Instant.now(),
				Runtime.getRuntime().availableProcessors(), length.toSeconds(), clients, seed, seed);
		System.out.printf("requests: %d; by HTTP status: %s%n", this.requests.get(), this.statuses);
		System.out.printf("HTTP 200 answers with data: %d; with errors: %d%n", this.withData.get(), this.withErrors.get());
		System.out.printf("5xx or stack traces or internal names: %d; failed health checks: %d; healthy at the end: %s%n",
				this.problems.size(), this.unhealthy.get(), healthyAtEnd);
		this.problems.stream().limit(20).forEach(problem -> System.out.println("  " + problem));
		System.out.println(passed(healthyAtEnd) ? "RESULT: PASS" : "RESULT: FAIL");
	}

	private static String abbreviate(String text) {
		return (text.length() > 300) ? text.substring(0, 300) + "..." : text;
	}

}
