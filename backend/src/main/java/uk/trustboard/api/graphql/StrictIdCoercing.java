package uk.trustboard.api.graphql;

import java.math.BigInteger;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.Value;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseValueException;

/**
 * GraphQL's {@code ID}, except that a variable must be a string or an integer, as the
 * specification says. graphql-java's own takes any value as its text, so that an object sent for
 * an id ({@code {"$gt": ""}}) was looked up as the id {@code "{$gt=}"} and answered NOT_FOUND,
 * where the caller needs to hear that an object is not an ID. Output and literals are
 * graphql-java's.
 */
final class StrictIdCoercing implements Coercing<Object, Object> {

	private final Coercing<?, ?> standard = graphql.Scalars.GraphQLID.getCoercing();

	@Override
	public Object serialize(Object value, GraphQLContext context, Locale locale) {
		return this.standard.serialize(value, context, locale);
	}

	@Override
	public Object parseValue(Object input, GraphQLContext context, Locale locale) {
		if (input instanceof String || input instanceof Integer || input instanceof Long || input instanceof BigInteger) {
			return this.standard.parseValue(input, context, locale);
		}
		throw new CoercingParseValueException("an ID must be a string or an integer, not " + kind(input));
	}

	@Override
	public Object parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context, Locale locale) {
		return this.standard.parseLiteral(input, variables, context, locale);
	}

	@Override
	public Value<?> valueToLiteral(Object input, GraphQLContext context, Locale locale) {
		return this.standard.valueToLiteral(input, context, locale);
	}

	/** The JSON kind of a variable's value, as the caller wrote it. */
	private static String kind(Object input) {
		return switch (input) {
			case Map<?, ?> map -> "an object";
			case Collection<?> list -> "a list";
			case Boolean bool -> "a boolean";
			case Number number -> "a decimal number";
			default -> "a " + input.getClass().getSimpleName();
		};
	}

}
