package uk.trustboard.api.config;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.bson.Document;
import org.bson.types.Decimal128;
import org.bson.types.ObjectId;

/**
 * The part of MongoDB's {@code $jsonSchema} that {@link CollectionSchemas} uses (bsonType,
 * required, properties, enum), evaluated in the test. The embedded server ignores validators, so
 * this is how the suite learns, before a real server does, that a document the service writes
 * would be refused.
 */
final class JsonSchemaCheck {

	private JsonSchemaCheck() {
	}

	/** What is wrong with the document; empty if MongoDB would accept it. */
	static List<String> problems(Document schema, Document document) {
		List<String> problems = new ArrayList<>();
		for (String field : schema.getList("required", String.class, List.of())) {
			if (!document.containsKey(field)) {
				problems.add("missing " + field);
			}
		}
		Document properties = schema.get("properties", new Document());
		for (Map.Entry<String, Object> property : properties.entrySet()) {
			if (!document.containsKey(property.getKey())) {
				continue;
			}
			Object value = document.get(property.getKey());
			Document rule = (Document) property.getValue();
			Object types = rule.get("bsonType");
			List<?> allowed = (types instanceof List<?> list) ? list : List.of(types);
			if (!allowed.contains(bsonType(value))) {
				problems.add(property.getKey() + " is " + bsonType(value) + ", not " + allowed);
			}
			if (rule.containsKey("enum") && !rule.getList("enum", Object.class).contains(value)) {
				problems.add(property.getKey() + " = " + value + " is not one of " + rule.get("enum"));
			}
		}
		return problems;
	}

	static String bsonType(Object value) {
		if (value == null) {
			return "null";
		}
		if (value instanceof String) {
			return "string";
		}
		if (value instanceof Integer) {
			return "int";
		}
		if (value instanceof Long) {
			return "long";
		}
		if (value instanceof Double) {
			return "double";
		}
		if (value instanceof Boolean) {
			return "bool";
		}
		if (value instanceof Date) {
			return "date";
		}
		if (value instanceof Map<?, ?>) {
			return "object";
		}
		if (value instanceof Collection<?>) {
			return "array";
		}
		if (value instanceof ObjectId) {
			return "objectId";
		}
		if (value instanceof Decimal128) {
			return "decimal";
		}
		return value.getClass().getSimpleName();
	}

}
