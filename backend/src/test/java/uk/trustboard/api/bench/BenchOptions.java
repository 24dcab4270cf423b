package uk.trustboard.api.bench;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import uk.trustboard.api.bench.SyntheticTrust.Shape;

/** What to run, as key=value arguments; {@code quick=true} for a smoke run of a few minutes. */
final class BenchOptions {

	int schools = 150;

	int staff = 100;

	double ackRate = 0.8;

	long seed = 42;

	LocalDate asOf = LocalDate.of(2026, 11, 22);

	long ledger = 1_000_000;

	long ledgerMiddle = 100_000;

	long repairLimit = 200_000;

	int iterations = 300;

	int reviewIterations = 200;

	Duration warmUp = Duration.ofSeconds(30);

	Duration writeWarmUp = Duration.ofSeconds(3);

	Duration measureLimit = Duration.ofSeconds(90);

	Duration window = Duration.ofSeconds(20);

	int headClients = 64;

	int writeClients = 32;

	List<Integer> tripSizes = List.of(10, 100, 1_000);

	int tripStaff = 20;

	List<Integer> reviewSizes = List.of(100, 10_000);

	int reviewStaff = 3;

	int pageSize = 20;

	int deepPage = 50;

	String backend = "memory";

	List<String> phases = List.of("overhead", "head", "writes", "ledger", "trips", "reviews");

	Shape main() {
		return new Shape("bench-trust", this.schools, this.staff, 1, this.ackRate, this.seed, this.asOf, 1);
	}

	static BenchOptions parse(String[] args) {
		var options = new BenchOptions();
		Map<String, String> given = new LinkedHashMap<>();
		for (String arg : args) {
			String[] pair = arg.split("=", 2);
			if (pair.length != 2) {
				throw new IllegalArgumentException("Expected key=value, got '" + arg + "'");
			}
			given.put(pair[0], pair[1]);
		}
		if (Boolean.parseBoolean(given.getOrDefault("quick", "false"))) {
			options.schools = 30;
			options.staff = 30;
			options.ledger = 50_000;
			options.iterations = 40;
			options.reviewIterations = 40;
			options.warmUp = Duration.ofSeconds(5);
			options.window = Duration.ofSeconds(5);
			options.reviewSizes = List.of(100, 1_000);
		}
		given.remove("quick");
		given.forEach((key, value) -> {
			switch (key) {
				case "schools" -> options.schools = Integer.parseInt(value);
				case "staff" -> options.staff = Integer.parseInt(value);
				case "ackRate" -> options.ackRate = Double.parseDouble(value);
				case "seed" -> options.seed = Long.parseLong(value);
				case "asOf" -> options.asOf = LocalDate.parse(value);
				case "ledger" -> options.ledger = Long.parseLong(value);
				case "ledgerMiddle" -> options.ledgerMiddle = Long.parseLong(value);
				case "repairLimit" -> options.repairLimit = Long.parseLong(value);
				case "iterations" -> options.iterations = Integer.parseInt(value);
				case "warmup" -> options.warmUp = Duration.ofSeconds(Long.parseLong(value));
				case "window" -> options.window = Duration.ofSeconds(Long.parseLong(value));
				case "headClients" -> options.headClients = Integer.parseInt(value);
				case "writeClients" -> options.writeClients = Integer.parseInt(value);
				case "tripSizes" -> options.tripSizes = ints(value);
				case "reviewSizes" -> options.reviewSizes = ints(value);
				case "deepPage" -> options.deepPage = Integer.parseInt(value);
				case "pageSize" -> options.pageSize = Integer.parseInt(value);
				case "backend" -> options.backend = value;
				case "phases" -> options.phases = List.of(value.split(","));
				default -> throw new IllegalArgumentException("Unknown option " + key);
			}
		});
		return options;
	}

	private static List<Integer> ints(String value) {
		return Arrays.stream(value.split(",")).map(Integer::parseInt).toList();
	}

	@Override
	public String toString() {
		return "schools=%d staff=%d ackRate=%s seed=%d asOf=%s ledger=%d ledgerMiddle=%d repairLimit=%d iterations=%d warmup=%ds window=%ds headClients=%d writeClients=%d tripSizes=%s reviewSizes=%s pageSize=%d deepPage=%d backend=%s phases=%s"
			.formatted(this.schools, this.staff, this.ackRate, this.seed, this.asOf, this.ledger, this.ledgerMiddle, this.repairLimit, this.iterations,
					this.warmUp.toSeconds(), this.window.toSeconds(), this.headClients, this.writeClients,
					this.tripSizes, this.reviewSizes, this.pageSize, this.deepPage, this.backend,
					String.join(",", this.phases));
	}

}
