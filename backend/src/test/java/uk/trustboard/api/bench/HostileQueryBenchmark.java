package uk.trustboard.api.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import uk.trustboard.api.Trustboard;
import uk.trustboard.api.graphql.HostileDocuments;
import uk.trustboard.api.support.TestIssuer;

/**
 * How long the service takes to refuse each hostile request, next to ordinary queries: the whole
 * application on the embedded MongoDB with the seed data, called over HTTP with a real token.
 * Not a test; run it with {@code backend/bench.sh [runs]}.
 */
public final class HostileQueryBenchmark {

	private static final Pattern CODE = Pattern.compile("\"(?:code|classification)\":\"([A-Z_a-z]+)\"");

	private final HttpClient client = HttpClient.newHttpClient();

	private final String endpoint;

	private final String token;

	private HostileQueryBenchmark(String endpoint, String token) {
		this.endpoint = endpoint;
		this.token = token;
	}

	public static void main(String[] args) throws Exception {
		int runs = (args.length > 0) ? Integer.parseInt(args[0]) : 200;
		ConfigurableApplicationContext app = SpringApplication.run(Trustboard.class, "--spring.profiles.active=test",
				"--server.port=0", "--logging.level.root=WARN", "--spring.main.banner-mode=off",
				"--spring.security.oauth2.resourceserver.jwt.issuer-uri=" + TestIssuer.get().issuer());
		try {
			int port = ((WebServerApplicationContext) app).getWebServer().getPort();
			var benchmark = new HostileQueryBenchmark("http://localhost:" + port + "/graphql",
					TestIssuer.token("trust-executive"));
			benchmark.run(requests(), runs);
		}
		finally {
			app.close();
			TestIssuer.get().stop();
		}
	}

	private static Map<String, String> requests() {
		Map<String, String> requests = new LinkedHashMap<>();
		requests.put("ordinary: { trusts { name } }", HostileDocuments.body("{ trusts { name } }"));
		requests.put("ordinary: a page of 10 schools with people",
				HostileDocuments.body("{ schools(trustId: \"asset-education\", first: 10) { edges { node { name "
						+ "people { dsl { person { name } } } channels { platform } } } } }"));
		requests.put("deep nesting (21 levels)", HostileDocuments.body(HostileDocuments.file("deepNesting")));
		requests.put("nesting beyond the parser (2,000)", HostileDocuments.body(HostileDocuments.parserDepth(2_000)));
		requests.put("2,000 aliases", HostileDocuments.body(HostileDocuments.aliases(2_000)));
		requests.put("fragment bomb (10^9 fields)", HostileDocuments.body(HostileDocuments.file("fragmentBomb")));
		requests.put("fragment cycle", HostileDocuments.body(HostileDocuments.file("fragmentCycle")));
		requests.put("1,000 directives", HostileDocuments.body(HostileDocuments.directives(1_000)));
		requests.put("16,000 tokens", HostileDocuments.body(HostileDocuments.tokens(16_000)));
		requests.put("55,000 characters", HostileDocuments.body(HostileDocuments.characters(55_000)));
		requests.put("1.2 MB of variables",
				HostileDocuments.json(Map.of("query", "query($id: ID!) { trust(id: $id) { name } }", "variables",
						Map.of("id", "x".repeat(1_200_000)))));
		requests.put("1.7 MB body", HostileDocuments.body("{ trusts { name } }" + " ".repeat(1_700_000)));
		requests.put("first: 1000000", HostileDocuments.body(HostileDocuments.file("millionNodes")));
		requests.put("lists in lists (cost 24,021)", HostileDocuments.body(HostileDocuments.file("nestedLists")));
		requests.put("1,000 operations",
				HostileDocuments.json(Map.of("query", HostileDocuments.operations(1_000), "operationName", "q0")));
		requests.put("introspection", HostileDocuments.body(HostileDocuments.file("introspection")));
		return requests;
	}

	private void run(Map<String, String> requests, int runs) throws IOException, InterruptedException {
		int warmUp = Math.max(20, runs / 4);
		for (String body : requests.values()) {
			for (int i = 0; i < warmUp; i++) {
				send(body);
			}
		}
		System.out.printf("%n%d runs each after %d warm-up runs; times are per request, client to client%n%n", runs,
				warmUp);
		System.out.printf("%-44s %6s  %-24s %8s %8s %8s%n", "request", "status", "answer", "p50 ms", "p95 ms", "max ms");
		for (Map.Entry<String, String> request : requests.entrySet()) {
			long[] nanos = new long[runs];
			HttpResponse<String> last = null;
			for (int i = 0; i < runs; i++) {
				long started = System.nanoTime();
				last = send(request.getValue());
				nanos[i] = System.nanoTime() - started;
			}
			Arrays.sort(nanos);
			System.out.printf("%-44s %6d  %-24s %8.2f %8.2f %8.2f%n", request.getKey(), last.statusCode(), answer(last),
					millis(nanos[runs / 2]), millis(nanos[(int) Math.ceil(runs * 0.95) - 1]), millis(nanos[runs - 1]));
		}
	}

	private HttpResponse<String> send(String body) throws IOException, InterruptedException {
		HttpRequest request = HttpRequest.newBuilder(URI.create(this.endpoint))
			.header("Authorization", "Bearer " + this.token)
			.header("Content-Type", "application/json")
			.timeout(Duration.ofSeconds(30))
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build();
		return this.client.send(request, HttpResponse.BodyHandlers.ofString());
	}

	/** The first error's code, or "data" when the query was answered. */
	private static String answer(HttpResponse<String> response) {
		String body = response.body();
		if (body.contains("\"errors\"")) {
			Matcher code = CODE.matcher(body.substring(body.indexOf("\"errors\"")));
			return code.find() ? code.group(1) : "error";
		}
		return "data";
	}

	private static double millis(long nanos) {
		return nanos / 1_000_000.0;
	}

}
