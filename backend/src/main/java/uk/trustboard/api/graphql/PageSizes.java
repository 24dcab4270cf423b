package uk.trustboard.api.graphql;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.Map;

import graphql.language.Argument;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.IntValue;
import graphql.language.OperationDefinition;
import graphql.language.Value;
import graphql.language.VariableDefinition;
import graphql.language.VariableReference;
import org.jspecify.annotations.Nullable;

/**
 * The value of a field's {@code first} argument before graphql-java has coerced anything: a
 * literal, a variable of the request, or the variable's default. An unknown value is taken as
 * {@link Paging#MAX_PAGE_SIZE}, the most a valid request can ask for.
 */
final class PageSizes {

	private final Map<String, Object> variables;

	private final Map<String, Long> defaults = new HashMap<>();

	PageSizes(Document document, Map<String, Object> variables) {
		this.variables = variables;
		// defaults belong to operations; the largest of them prices a variable several declare
		for (OperationDefinition operation : document.getDefinitionsOfType(OperationDefinition.class)) {
			for (VariableDefinition variable : operation.getVariableDefinitions()) {
				Long value = literal(variable.getDefaultValue());
				if (value != null) {
					this.defaults.merge(variable.getName(), value, Math::max);
				}
			}
		}
	}

	/** The field's {@code first}, never negative; null when the field has no such argument. */
	@Nullable Long first(Field field) {
		for (Argument argument : field.getArguments()) {
			if (argument.getName().equals("first")) {
				Long value = (argument.getValue() instanceof VariableReference variable) ? variable(variable.getName())
						: literal(argument.getValue());
				return (value != null) ? Math.max(0, value) : (long) Paging.MAX_PAGE_SIZE;
			}
		}
		return null;
	}

	private @Nullable Long variable(String name) {
		Object value = this.variables.get(name);
		if (value instanceof BigInteger big) {
			return saturated(big);
		}
		if (value instanceof Number number) {
			// a double beyond the range of long converts to Long.MAX_VALUE
			return (number instanceof Double || number instanceof Float) ? (long) number.doubleValue()
					: number.longValue();
		}
		return this.defaults.get(name);
	}

	private static @Nullable Long literal(@Nullable Value<?> value) {
		return (value instanceof IntValue integer) ? saturated(integer.getValue()) : null;
	}

	private static long saturated(BigInteger value) {
		if (value.bitLength() < 64) {
			return value.longValue();
		}
		return (value.signum() > 0) ? Long.MAX_VALUE : Long.MIN_VALUE;
	}

}
