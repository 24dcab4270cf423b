package uk.trustboard.api.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import graphql.language.Argument;
import graphql.language.ArrayValue;
import graphql.language.Field;
import graphql.language.ObjectField;
import graphql.language.ObjectValue;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.language.VariableReference;

/**
 * The ids a mutation call is about: arguments or input fields named {@code id} or ending in
 * {@code Id}, at most {@link #MAX} of them. External ids (an HR system's keys in a staff import)
 * are personal data about many people, not the target of the call, and are left out.
 */
final class AuditTargets {

	static final int MAX = 20;

	private AuditTargets() {
	}

	static List<String> of(Field field, Map<String, Object> variables) {
		List<String> ids = new ArrayList<>();
		for (Argument argument : field.getArguments()) {
			collect(argument.getName(), resolve(argument.getValue(), variables), ids);
		}
		return ids;
	}

	private static Object resolve(Value<?> value, Map<String, Object> variables) {
		return switch (value) {
			case VariableReference reference -> variables.get(reference.getName());
			case StringValue text -> text.getValue();
			case ObjectValue object -> {
				Map<String, Object> map = new java.util.LinkedHashMap<>();
				for (ObjectField objectField : object.getObjectFields()) {
					map.put(objectField.getName(), resolve(objectField.getValue(), variables));
				}
				yield map;
			}
			case ArrayValue array -> array.getValues().stream().map(item -> resolve(item, variables)).toList();
			default -> null;
		};
	}

	private static void collect(String name, Object value, List<String> ids) {
		if (value instanceof Map<?, ?> map) {
			map.forEach((key, nested) -> collect(String.valueOf(key), nested, ids));
		}
		else if (value instanceof List<?> list) {
			list.forEach(item -> collect(name, item, ids));
		}
		else if (value instanceof String id && (name.equals("id") || name.endsWith("Id")) && !name.equals("externalId")
				&& ids.size() < MAX) {
			ids.add(id);
		}
	}

}
