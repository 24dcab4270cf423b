package uk.trustboard.api.graphql;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.CoercingSerializeException;
import graphql.schema.GraphQLScalarType;

import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.stereotype.Component;

/** The {@code Date} scalar (an ISO-8601 calendar date) and {@code DateTime} (an ISO-8601 instant in UTC). */
@Component
class Scalars implements RuntimeWiringConfigurer {

	static final GraphQLScalarType DATE = GraphQLScalarType.newScalar()
		.name("Date")
		.description("An ISO-8601 calendar date, YYYY-MM-DD")
		.coercing(new DateCoercing())
		.build();

	static final GraphQLScalarType DATE_TIME = GraphQLScalarType.newScalar()
		.name("DateTime")
		.description("An ISO-8601 instant in UTC")
		.coercing(new InstantCoercing())
		.build();

	@Override
	public void configure(graphql.schema.idl.RuntimeWiring.Builder builder) {
		builder.scalar(DATE).scalar(DATE_TIME);
	}

	private static final class InstantCoercing implements Coercing<Instant, String> {

		@Override
		public String serialize(Object value, GraphQLContext context, Locale locale) {
			if (value instanceof Instant instant) {
				return instant.toString();
			}
			throw new CoercingSerializeException("Not an instant: " + value.getClass().getSimpleName());
		}

		@Override
		public Instant parseValue(Object input, GraphQLContext context, Locale locale) {
			if (input instanceof String text) {
				try {
					return Instant.parse(text);
				}
				catch (DateTimeParseException ex) {
					throw new CoercingParseValueException(invalid(text));
				}
			}
			throw new CoercingParseValueException("A DateTime must be a string such as 2026-11-22T09:30:00Z");
		}

		@Override
		public Instant parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context,
				Locale locale) {
			if (input instanceof StringValue text) {
				try {
					return Instant.parse(text.getValue());
				}
				catch (DateTimeParseException ex) {
					throw new CoercingParseLiteralException(invalid(text.getValue()));
				}
			}
			throw new CoercingParseLiteralException("A DateTime must be a string such as 2026-11-22T09:30:00Z");
		}

		private static String invalid(String text) {
			return "'" + text + "' is not a valid DateTime: use an ISO-8601 instant in UTC, e.g. 2026-11-22T09:30:00Z";
		}

	}


	private static final class DateCoercing implements Coercing<LocalDate, String> {

		@Override
		public String serialize(Object value, GraphQLContext context, Locale locale) {
			if (value instanceof LocalDate date) {
				return date.toString();
			}
			throw new CoercingSerializeException("Not a date: " + value.getClass().getSimpleName());
		}

		@Override
		public LocalDate parseValue(Object input, GraphQLContext context, Locale locale) {
			if (input instanceof String text) {
				try {
					return LocalDate.parse(text);
				}
				catch (DateTimeParseException ex) {
					throw new CoercingParseValueException(invalid(text));
				}
			}
			throw new CoercingParseValueException("A Date must be a string in the form YYYY-MM-DD");
		}

		@Override
		public LocalDate parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context,
				Locale locale) {
			if (input instanceof StringValue text) {
				try {
					return LocalDate.parse(text.getValue());
				}
				catch (DateTimeParseException ex) {
					throw new CoercingParseLiteralException(invalid(text.getValue()));
				}
			}
			throw new CoercingParseLiteralException("A Date must be a string in the form YYYY-MM-DD");
		}

		private static String invalid(String text) {
			return "'" + text + "' is not a valid date: use YYYY-MM-DD";
		}

	}

}
