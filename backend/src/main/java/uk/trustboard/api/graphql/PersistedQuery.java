package uk.trustboard.api.graphql;

import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * What a request's {@code extensions.persistedQuery} says, read strictly: only Apollo's form,
 * {@code {"version": 1, "sha256Hash": "<id>"}}, names a registered operation. graphql-java's own
 * reading takes a persistedQuery without a {@code sha256Hash} for no persisted query at all and
 * runs the text sent beside it, and fails on one that is not an object; here both are
 * {@link Invalid}, and an invalid request runs nothing.
 */
sealed interface PersistedQuery {

	/** No persisted query: the request runs the text it sent. */
	record None() implements PersistedQuery {
	}

	record ById(String id) implements PersistedQuery {
	}

	/** @param problem which member is wrong and what it must be, for the error's message */
	record Invalid(String problem) implements PersistedQuery {
	}

	static PersistedQuery of(@Nullable Map<String, Object> extensions) {
		Object value = (extensions != null) ? extensions.get("persistedQuery") : null;
		if (value == null) {
			return new None();
		}
		if (!(value instanceof Map<?, ?> persistedQuery)) {
			return new Invalid("extensions.persistedQuery must be an object: {\"version\": 1, \"sha256Hash\": \"<id>\"}");
		}
		if (!(persistedQuery.get("sha256Hash") instanceof String id)) {
			return new Invalid("extensions.persistedQuery.sha256Hash must be a string: the operation's id, "
					+ "the SHA-256 of its text in hex");
		}
		if (!Integer.valueOf(1).equals(persistedQuery.get("version"))) {
			return new Invalid("extensions.persistedQuery.version must be 1");
		}
		return new ById(id);
	}

}
