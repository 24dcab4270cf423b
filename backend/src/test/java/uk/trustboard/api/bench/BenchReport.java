package uk.trustboard.api.bench;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import com.mongodb.client.MongoDatabase;
import org.bson.Document;

import uk.trustboard.api.bench.SyntheticTrust.Shape;
import uk.trustboard.api.bench.SyntheticTrust.Summary;

/** The figures, printed together at the end. */
final class BenchReport {

	private final List<String[]> rows = new ArrayList<>();

	private final List<String> notes = new ArrayList<>();

	private final List<String> header = new ArrayList<>();

	void machine(MongoDatabase db, BenchOptions options) {
		var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
		this.header.add("machine: %d cores, %.1f GiB RAM, %s %s".formatted(Runtime.getRuntime().availableProcessors(),
				os.getTotalMemorySize() / (1024.0 * 1024 * 1024), System.getProperty("os.name"),
				System.getProperty("os.arch")));
		this.header.add("JDK: %s, %s %s, max heap %.1f GiB, GC %s".formatted(System.getProperty("java.version"),
				System.getProperty("java.vm.name"), System.getProperty("java.vm.version"),
				Runtime.getRuntime().maxMemory() / (1024.0 * 1024 * 1024),
				ManagementFactory.getGarbageCollectorMXBeans()
					.stream()
					.map(GarbageCollectorMXBean::getName)
					.collect(Collectors.joining(", "))));
		Document build = db.runCommand(new Document("buildInfo", 1));
		String target = (System.getenv("MONGODB_URI") != null || System.getProperty("spring.mongodb.uri") != null)
				? "a MongoDB server (MONGODB_URI)" : "embedded mongo-java-server, " + options.backend + " backend, in the same JVM";
		this.header.add("MongoDB: %s, reports version %s; database %s".formatted(target, build.get("version"),
				db.getName()));
		this.header.add("rate limit: capacity and refill set to 10^9 points (effectively off), request timeout 120 s");
		this.header.add("options: " + options);
	}

	void data(Shape shape, Summary summary, double repairSeconds) {
		this.notes.add("data %s: %d schools x %d people, %,d documents %s; %,d of %,d required acknowledged "
			.formatted(shape.trustId(), shape.schools(), shape.staff(), summary.total(), summary.documents(),
					summary.acknowledgements(), summary.required())
				+ "at published policies (current line), written in %.1f s, counters rebuilt in %.1f s".formatted(
						summary.took().toMillis() / 1e3, repairSeconds));
	}

	void row(String section, String what, String figure, String target) {
		this.rows.add(new String[] { section, what, figure, target });
		System.out.printf("  %s | %s | %s%n", what, figure, target);
	}

	void note(String format, Object... args) {
		this.notes.add(format.formatted(args));
	}

	void print() {
		System.out.printf("%n==================== Trustboard dashboard benchmark ====================%n");
		this.header.forEach(System.out::println);
		System.out.println();
		System.out.printf("| # | measurement | figure | target |%n|---|---|---|---|%n");
		for (String[] row : this.rows) {
			System.out.printf("| %s | %s | %s | %s |%n", (Object[]) row);
		}
		System.out.println();
		this.notes.forEach(note -> System.out.println("- " + note));
	}

}
