package uk.trustboard.api.graphql;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.function.Function;

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

/**
 * The {@code Date} scalar (an ISO-8601 calendar date) and {@code DateTime} (an ISO-8601 instant in
 * UTC), and GraphQL's {@code ID} read strictly ({@link StrictIdCoercing}).
 */
@Component
class Scalars implements RuntimeWiringConfigurer {

	static final GraphQLScalarType DATE = GraphQLScalarType.newScalar()
		.name("Date")
		.description("An ISO-8601 calendar date, YYYY-MM-DD")
		.coercing(new IsoCoercing<>("Date", LocalDate.class, LocalDate::parse, "YYYY-MM-DD"))
		.build();

	static final GraphQLScalarType DATE_TIME = GraphQLScalarType.newScalar()
		.name("DateTime")
		.description("An ISO-8601 instant in UTC")
		.coercing(new IsoCoercing<>("DateTime", Instant.class, Instant::parse,
				"an ISO-8601 instant in UTC, e.g. 2026-11-22T09:30:00Z"))
		.build();

	static final GraphQLScalarType ID = GraphQLScalarType.newScalar(graphql.Scalars.GraphQLID)
		.coercing(new StrictIdCoercing())
		.build();

	@Override
	public void configure(graphql.schema.idl.RuntimeWiring.Builder builder) {
		builder.scalar(DATE).scalar(DATE_TIME);
		// strict mode refuses to redefine a built-in scalar; ID alone is, on purpose
		builder.strictMode(false).scalar(ID).strictMode(true);
	}

	/** A java.time value written and read as its ISO-8601 text; anything else is a clear error. */
	private record IsoCoercing<T>(String name, Class<T> type, Function<String, T> parse, String form)
			implements Coercing<T, String> {

		@Override
		public String serialize(Object value, GraphQLContext context, Locale locale) {
			if (this.type.isInstance(value)) {
				return value.toString();
			}
			throw new CoercingSerializeException("Not a " + this.name + ": " + value.getClass().getSimpleName());
		}

		@Override
		public T parseValue(Object input, GraphQLContext context, Locale locale) {
			if (input instanceof String text) {
				T value = parsed(text);
				if (value != null) {
					return value;
				}
			}
			throw new CoercingParseValueException(invalid(input));
		}

		@Override
		public T parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context, Locale locale) {
			if (input instanceof StringValue text) {
				T value = parsed(text.getValue());
				if (value != null) {
					return value;
				}
				throw new CoercingParseLiteralException(invalid(text.getValue()));
			}
			throw new CoercingParseLiteralException(invalid(input));
		}

		private T parsed(String text) {
			try {
				return this.parse.apply(text);
			}
			catch (DateTimeParseException ex) {
				return null;
			}
		}

		private String invalid(Object input) {
			String shown = (input instanceof String text) ? "'" + text + "'" : "This value";
			return shown + " is not a valid " + this.name + ": use " + this.form;
		}

	}

}
