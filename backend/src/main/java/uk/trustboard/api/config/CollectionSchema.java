package uk.trustboard.api.config;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.bson.Document;

/**
 * A {@code $jsonSchema} validator for one collection: the fields every document must carry and
 * the types and values of the fields it may carry. Fields left out may hold anything, so adding a
 * field to a document never needs a validator change first; only renaming or retyping one does.
 */
public record CollectionSchema(String collection, Document jsonSchema) {

	public static Builder of(String collection) {
		return new Builder(collection);
	}

	/** The validator document for {@code create} and {@code collMod}. */
	public Document validator() {
		return new Document("$jsonSchema", this.jsonSchema);
	}

	public static final class Builder {

		private final String collection;

		private final List<String> required = new ArrayList<>();

		private final Map<String, Object> properties = new LinkedHashMap<>();

		private Builder(String collection) {
			this.collection = collection;
		}

		/** A field every document has, of one of the given BSON types. */
		public Builder required(String field, String... bsonTypes) {
			this.required.add(field);
			return optional(field, bsonTypes);
		}

		/** A field that may be absent (Spring Data writes no null fields) but is typed when present. */
		public Builder optional(String field, String... bsonTypes) {
			this.properties.put(field, new Document("bsonType", bsonTypes.length == 1 ? bsonTypes[0] : Arrays.asList(bsonTypes)));
			return this;
		}

		/** A required string field holding one of an enum's names, as Spring Data stores enums. */
		public Builder requiredEnum(String field, Class<? extends Enum<?>> type) {
			this.required.add(field);
			return optionalEnum(field, type);
		}

		public Builder optionalEnum(String field, Class<? extends Enum<?>> type) {
			List<String> names = Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
			this.properties.put(field, new Document("bsonType", "string").append("enum", names));
			return this;
		}

		public CollectionSchema build() {
			return new CollectionSchema(this.collection, new Document("bsonType", "object")
				.append("required", List.copyOf(this.required))
				.append("properties", new Document(this.properties)));
		}

	}

}
