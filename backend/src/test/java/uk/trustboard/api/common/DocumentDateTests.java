package uk.trustboard.api.common;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class DocumentDateTests {

	@Test
	void aDayIsKeptAsWritten() {
		var date = DocumentDate.parse("2019-01-28");
		assertThat(date.date()).isEqualTo(LocalDate.of(2019, 1, 28));
		assertThat(date.precision()).isEqualTo(DocumentDate.Precision.DAY);
		assertThat(date.text()).isEqualTo("28 January 2019");
	}

	@Test
	void aMonthStartsOnItsFirstDayAndReadsAsTheDocumentWroteIt() {
		var date = DocumentDate.parse("2025-09");
		assertThat(date.date()).isEqualTo(LocalDate.of(2025, 9, 1));
		assertThat(date.precision()).isEqualTo(DocumentDate.Precision.MONTH);
		assertThat(date.text()).isEqualTo("September 2025");
	}

	@Test
	void aYearAlone() {
		var date = DocumentDate.parse("2024");
		assertThat(date.date()).isEqualTo(LocalDate.of(2024, 1, 1));
		assertThat(date.text()).isEqualTo("2024");
	}

	@Test
	void anythingElseIsRefusedWithTheFormatsThatWork() {
		for (String bad : new String[] { "September 2024", "2024-13", "2024-02-30", "24-09", "" }) {
			assertThatIllegalArgumentException().isThrownBy(() -> DocumentDate.parse(bad))
				.withMessageContaining("YYYY-MM-DD, YYYY-MM or YYYY");
		}
	}

}
