package uk.trustboard.api.graphql;

import java.math.BigInteger;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import graphql.GraphQLContext;
import graphql.schema.CoercingParseValueException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** An ID variable is a string or an integer; anything else is refused by its kind, never read as text. */
class StrictIdCoercingTests {

	private final StrictIdCoercing id = new StrictIdCoercing();

	@Test
	void stringsAndIntegersAreIds() {
		assertThat(parse("lunsford-primary")).isEqualTo("lunsford-primary");
		assertThat(parse(42)).isEqualTo("42");
		assertThat(parse(42L)).isEqualTo("42");
		assertThat(parse(new BigInteger("123456789012345678901234567890"))).isEqualTo("123456789012345678901234567890");
	}

	@Test
	void otherValuesAreRefusedByWhatTheyAre() {
		assertThat(refusal(Map.of("$gt", ""))).isEqualTo("an ID must be a string or an integer, not an object");
		assertThat(refusal(List.of("a"))).isEqualTo("an ID must be a string or an integer, not a list");
		assertThat(refusal(true)).isEqualTo("an ID must be a string or an integer, not a boolean");
		assertThat(refusal(1.5)).isEqualTo("an ID must be a string or an integer, not a decimal number");
	}

	private Object parse(Object input) {
		return this.id.parseValue(input, GraphQLContext.getDefault(), Locale.UK);
	}

	private String refusal(Object input) {
		return assertThatExceptionOfType(CoercingParseValueException.class).isThrownBy(() -> parse(input))
			.actual()
			.getMessage();
	}

}
