package uk.trustboard.api.graphql;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.test.autoconfigure.GraphQlTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Import;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.stereotype.Controller;

import static org.assertj.core.api.Assertions.assertThat;

/** An exception nobody expected answers a message and an id; its details go only to the log. */
@GraphQlTest(UnexpectedErrorTests.Failing.class)
@Import(UnexpectedErrorTests.Failing.class)
@ExtendWith(OutputCaptureExtension.class)
class UnexpectedErrorTests {

	private static final String SECRET = "connection to mongodb://admin:hunter2@db.internal refused";

	@Autowired
	GraphQlTester graphQl;

	@Test
	void theResponseCarriesAnIdAndNoDetailsAndTheLogHasTheDetailsUnderThatId(CapturedOutput log) {
		var response = this.graphQl.document("{ trusts { name } }").execute();

		response.errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
			assertThat(error.getErrorType()).isEqualTo(ErrorType.INTERNAL_ERROR);
			assertThat(error.getMessage()).matches("INTERNAL_ERROR for \\S+");
			assertThat(error.toString()).doesNotContain("hunter2", "IllegalStateException", "Failing");
			String id = error.getMessage().substring("INTERNAL_ERROR for ".length());
			assertThat(log.getOut()).containsPattern("Unresolved IllegalStateException for executionId " + id)
				.contains(SECRET, "at uk.trustboard.api.graphql.UnexpectedErrorTests$Failing.trusts");
		}));
	}

	@Controller
	static class Failing {

		@QueryMapping
		List<Object> trusts() {
			throw new IllegalStateException(SECRET);
		}

	}

}
