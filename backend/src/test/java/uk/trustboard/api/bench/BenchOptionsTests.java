package uk.trustboard.api.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** BENCHMARKS.md lists the harness's options with their defaults: the harness takes each, and those are its defaults. */
class BenchOptionsTests {

	private static final Pattern DOCUMENTED = Pattern.compile("Options, as `key=value`, with their defaults: `([^`]+)`");

	@Test
	void theDocumentedOptionsAreTheHarnesssOwnWithTheirDefaults() throws IOException {
		Matcher options = DOCUMENTED.matcher(Files.readString(Path.of("BENCHMARKS.md")));
		assertThat(options.find()).as("the options paragraph of BENCHMARKS.md").isTrue();
		String[] documented = options.group(1).trim().split("\\s+");

		assertThat(documented).hasSizeGreaterThan(10);
		assertThat(BenchOptions.parse(documented)).hasToString(BenchOptions.parse(new String[0]).toString());
	}

	@Test
	void theLedgerPhasesSizesCanBeChosen() {
		BenchOptions options = BenchOptions.parse(new String[] { "ledgerMiddle=5000", "repairLimit=7000" });

		assertThat(options.ledgerMiddle).isEqualTo(5000);
		assertThat(options.repairLimit).isEqualTo(7000);
	}

}
