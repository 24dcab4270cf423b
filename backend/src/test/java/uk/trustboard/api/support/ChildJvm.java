package uk.trustboard.api.support;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import uk.trustboard.api.Trustboard;

/**
 * The real application in a JVM of its own, so that it can be killed as a crash would kill it
 * ({@link #kill()} is SIGKILL on Linux: no shutdown hook, no flush) and started again on the same
 * data directory. Its embedded MongoDB listens on a known loopback port, so the parent reads the
 * store directly; its tokens come from {@link TestIssuer} in the parent. The rate limit is off:
 * load and fault tests send far more than one caller's budget.
 */
public final class ChildJvm implements AutoCloseable {

	private static final List<String> FAST_START = List.of("-Xmx1g", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1");

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

	private final Process process;

	private final int port;

	private final int mongoPort;

	private final Path log;

	private MongoClient mongo;

	private ChildJvm(Process process, int port, int mongoPort, Path log) {
		this.process = process;
		this.port = port;
		this.mongoPort = mongoPort;
		this.log = log;
	}

	/** Starts the API on the file store in {@code dataDir}, loading the seed data if it is not there yet. */
	public static ChildJvm start(Path dataDir, String... extraArgs) {
		return start(dataDir, FAST_START, extraArgs);
	}

	/** As {@link #start(Path, String...)} with these JVM options (a load test wants the full JIT). */
	public static ChildJvm start(Path dataDir, List<String> jvmOptions, String... extraArgs) {
		int port = freePort();
		int mongoPort = freePort();
		List<String> args = new ArrayList<>(List.of("--server.port=" + port,
				"--trustboard.mongo.embedded.backend=file", "--trustboard.mongo.embedded.data-dir=" + dataDir,
				"--trustboard.mongo.embedded.port=" + mongoPort));
		args.addAll(common());
		args.addAll(List.of(extraArgs));
		Path log = dataDir.resolveSibling(dataDir.getFileName() + "-" + port + ".log");
		var child = new ChildJvm(launch(jvmOptions, args, log), port, mongoPort, log);
		child.awaitHealthy(Duration.ofSeconds(90));
		return child;
	}

	/**
	 * Starts the application as {@code ./trustboard run} does (the local profile, with its
	 * development issuer on a free port), on the file store in {@code dataDir}.
	 */
	public static ChildJvm startLocal(Path dataDir) {
		int port = freePort();
		int mongoPort = freePort();
		List<String> args = List.of("--spring.profiles.active=local", "--server.port=" + port,
				"--trustboard.mongo.embedded.data-dir=" + dataDir, "--trustboard.mongo.embedded.port=" + mongoPort,
				"--trustboard.dev-issuer.port=" + freePort(), "--spring.main.banner-mode=off");
		Path log = dataDir.resolveSibling(dataDir.getFileName() + "-local-" + port + ".log");
		var child = new ChildJvm(launch(FAST_START, args, log), port, mongoPort, log);
		child.awaitHealthy(Duration.ofSeconds(90));
		return child;
	}

	/** Runs a one-off command of the application (e.g. {@code --repair-counters}) on the data and returns its output. */
	public static String command(Path dataDir, String... commandArgs) {
		List<String> args = new ArrayList<>(List.of("--spring.main.web-application-type=none",
				"--trustboard.mongo.embedded.backend=file", "--trustboard.mongo.embedded.data-dir=" + dataDir));
		args.addAll(common());
		args.addAll(List.of(commandArgs));
		Path log = dataDir.resolveSibling(dataDir.getFileName() + "-command-" + System.nanoTime() + ".log");
		Process process = launch(FAST_START, args, log);
		try {
			if (!process.waitFor(120, TimeUnit.SECONDS)) {
				process.destroyForcibly();
				throw new IllegalStateException("The command " + List.of(commandArgs) + " did not finish: " + tail(log));
			}
			String output = Files.readString(log);
			if (process.exitValue() != 0) {
				throw new IllegalStateException("The command " + List.of(commandArgs) + " failed: " + tail(log));
			}
			return output;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static List<String> common() {
		return List.of("--trustboard.seed.on-start=if-not-loaded",
				"--spring.security.oauth2.resourceserver.jwt.issuer-uri=" + TestIssuer.get().issuer(),
				"--trustboard.limits.rate.capacity=1000000000", "--trustboard.limits.rate.refill-per-second=1000000000",
				"--trustboard.limits.timeout=120s",
				"--spring.main.banner-mode=off");
	}

	private static Process launch(List<String> jvmOptions, List<String> args, Path log) {
		List<String> command = new ArrayList<>();
		command.add(Paths.get(System.getProperty("java.home"), "bin", "java").toString());
		command.addAll(jvmOptions);
		command.addAll(List.of("-cp", classpath(), Trustboard.class.getName()));
		command.addAll(args);
		try {
			// the working directory is the repository root, where seed-data/ is
			return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The classpath this JVM loaded the application from: the class loaders' URLs when a tool
	 * (Maven's exec plugin) loaded it, otherwise {@code java.class.path} (Surefire's booter jar
	 * names every entry in its manifest).
	 */
	private static String classpath() {
		Set<String> entries = new LinkedHashSet<>();
		for (ClassLoader loader = ChildJvm.class.getClassLoader(); loader != null; loader = loader.getParent()) {
			if (loader instanceof URLClassLoader urls) {
				for (URL url : urls.getURLs()) {
					try {
						entries.add(Paths.get(url.toURI()).toString());
					}
					catch (URISyntaxException ex) {
						throw new IllegalStateException(ex);
					}
				}
			}
		}
		entries.addAll(List.of(System.getProperty("java.class.path").split(File.pathSeparator)));
		return String.join(File.pathSeparator, entries);
	}

	private void awaitHealthy(Duration limit) {
		long deadline = System.nanoTime() + limit.toNanos();
		while (System.nanoTime() < deadline) {
			if (!this.process.isAlive()) {
				throw new IllegalStateException("The application stopped while starting: " + tail(this.log));
			}
			if (healthy()) {
				return;
			}
			sleep(Duration.ofMillis(200));
		}
		this.process.destroyForcibly();
		throw new IllegalStateException("The application did not start within " + limit + ": " + tail(this.log));
	}

	/** True when the health endpoint answers UP. */
	public boolean healthy() {
		try {
			HttpResponse<String> response = this.http.send(
					HttpRequest.newBuilder(URI.create(url("/actuator/health"))).timeout(Duration.ofSeconds(5)).build(),
					HttpResponse.BodyHandlers.ofString());
			return response.statusCode() == 200 && response.body().contains("\"UP\"");
		}
		catch (IOException ex) {
			return false;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	/** Posts a GraphQL request; the whole answer, errors included. Anything but HTTP 200 is an exception. */
	public JsonNode graphql(String token, String query, Map<String, ?> variables) {
		HttpResponse<String> response = post(token, JsonMapper.shared()
			.writeValueAsString(Map.of("query", query, "variables", variables)));
		if (response.statusCode() != 200) {
			throw new IllegalStateException("HTTP " + response.statusCode() + ": " + response.body());
		}
		return JsonMapper.shared().readTree(response.body());
	}

	/** Posts a request body, with the token when there is one. */
	public HttpResponse<String> post(String token, String body) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url("/graphql")))
			.header("Content-Type", "application/json")
			.timeout(Duration.ofSeconds(120))
			.POST(HttpRequest.BodyPublishers.ofString(body));
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		try {
			return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** SIGKILL, as the kernel's OOM killer or a pulled plug would stop it. */
	public void kill() {
		this.process.destroyForcibly();
		closeMongo();
		waitForExit();
	}

	/** SIGTERM: Spring closes the database cleanly. */
	public void stop() {
		closeMongo();
		this.process.destroy();
		waitForExit();
	}

	public int port() {
		return this.port;
	}

	public String url(String path) {
		return "http://localhost:" + this.port + path;
	}

	/** The application's database, read through its embedded server. */
	public MongoDatabase database() {
		if (this.mongo == null) {
			this.mongo = MongoClients.create("mongodb://127.0.0.1:" + this.mongoPort);
		}
		return this.mongo.getDatabase("trustboard");
	}

	public String log() {
		try {
			return Files.readString(this.log, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void close() {
		if (this.process.isAlive()) {
			stop();
		}
		closeMongo();
	}

	private void closeMongo() {
		if (this.mongo != null) {
			this.mongo.close();
			this.mongo = null;
		}
	}

	private void waitForExit() {
		try {
			if (!this.process.waitFor(60, TimeUnit.SECONDS)) {
				this.process.destroyForcibly().waitFor();
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/** Removes a data directory and the logs beside it, once a run that passed has no more use for them. */
	public static void deleteRun(Path dataDir) {
		try (var files = Files.walk(dataDir.getParent())) {
			for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(file);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String tail(Path log) {
		try {
			String text = Files.readString(log, StandardCharsets.UTF_8);
			return text.substring(Math.max(0, text.length() - 4_000));
		}
		catch (IOException ex) {
			return "(no log: " + ex.getMessage() + ")";
		}
	}

	private static void sleep(Duration duration) {
		try {
			Thread.sleep(duration);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
