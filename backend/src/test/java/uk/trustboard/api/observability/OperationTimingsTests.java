package uk.trustboard.api.observability;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class OperationTimingsTests {

	private final OperationTimings timings = new OperationTimings();

	@Test
	void namedOperationsKeepTheirName() {
		assertThat(this.timings.operation("ComplianceDashboard")).isEqualTo("ComplianceDashboard");
	}

	@Test
	void unnamedAndOddNamesShareOneSeries() {
		assertThat(this.timings.operation(null)).isEqualTo("anonymous");
		assertThat(this.timings.operation("")).isEqualTo("anonymous");
		assertThat(this.timings.operation("drop\" table")).isEqualTo("other");
		assertThat(this.timings.operation("x".repeat(65))).isEqualTo("other");
	}

	@Test
	void theNumberOfSeriesIsBounded() {
		for (int i = 0; i < OperationTimings.MAX_NAMES; i++) {
			assertThat(this.timings.operation("Op" + i)).isEqualTo("Op" + i);
		}
		assertThat(this.timings.operation("OneTooMany")).isEqualTo("other");
		assertThat(this.timings.operation("Op7")).isEqualTo("Op7");
	}

}
