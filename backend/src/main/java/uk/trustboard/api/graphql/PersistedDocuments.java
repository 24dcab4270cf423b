package uk.trustboard.api.graphql;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;

import graphql.GraphQLError;
import graphql.execution.preparsed.persisted.PersistedQuerySupport;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.io.Resource;
import org.springframework.graphql.GraphQlRequest;

/**
 * The registered (trusted) operations, by id: the SHA-256 of the operation's text, in hex, as
 * Apollo's persisted queries and persisted query manifests name them. Loaded once at start-up
 * from manifests in Apollo's format:
 * {@code {"format": "apollo-persisted-query-manifest", "version": 1, "operations": [{"id", "name", "type", "body"}]}}.
 * <p>
 * Also decides which text a request runs ({@link #resolve}): graphql-java parses that text
 * ({@link TrustedDocumentSupport}), and code that reads a request's operations before they run,
 * such as the audit, must read the same one ({@link #documentOf}).
 */
public final class PersistedDocuments {

	static final String FORMAT = "apollo-persisted-query-manifest";

	private final Map<String, String> bodies;

	private PersistedDocuments(Map<String, String> bodies) {
		this.bodies = Map.copyOf(bodies);
	}

	static PersistedDocuments load(Iterable<Resource> manifests, JsonMapper json) {
		Map<String, String> bodies = new HashMap<>();
		for (Resource manifest : manifests) {
			try (InputStream in = manifest.getInputStream()) {
				JsonNode root = json.readTree(in);
				if (!FORMAT.equals(root.path("format").asString(null)) || root.path("version").asInt() != 1) {
					throw new IllegalStateException(manifest + " is not an " + FORMAT + " of version 1");
				}
				for (JsonNode operation : root.path("operations")) {
					String id = operation.path("id").asString();
					String body = operation.path("body").asString();
					// an id that is not its body's hash would let a client run one text under another's name
					if (!id.equalsIgnoreCase(idOf(body))) {
						throw new IllegalStateException(manifest + ": operation " + operation.path("name").asString()
								+ " has id " + id + ", but its body's SHA-256 is " + idOf(body));
					}
					bodies.put(id.toLowerCase(), body);
				}
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Cannot read persisted documents " + manifest, ex);
			}
		}
		return new PersistedDocuments(bodies);
	}

	/** The registered operation with this id, or null. */
	@Nullable String body(String id) {
		return this.bodies.get(id.toLowerCase());
	}

	/** Whether this exact text is a registered operation. */
	boolean isRegistered(String document) {
		return this.bodies.containsKey(idOf(document));
	}

	/**
	 * What a request runs: the text it sent or, for a request by id ({@link PersistedQuery}), the
	 * registered operation's text, never the sent one in its place. Nothing runs for an invalid
	 * persisted query, an unknown id, or an id sent with another text than its own.
	 */
	Resolution resolve(Map<String, Object> extensions, String sent) {
		return switch (PersistedQuery.of(extensions)) {
			case PersistedQuery.None none -> new Resolution(sent, false, null);
			case PersistedQuery.Invalid invalid -> Resolution.refused(PersistedQueryErrors.invalid(invalid.problem()));
			case PersistedQuery.ById byId -> byId(byId.id(), sent);
		};
	}

	private Resolution byId(String id, String sent) {
		String body = body(id);
		if (body == null) {
			return Resolution.refused(PersistedQueryErrors.notFound(id));
		}
		// Spring puts graphql-java's marker in place of the text a request by id leaves out
		if (!sent.equals(PersistedQuerySupport.PERSISTED_QUERY_MARKER) && !sent.equals(body)) {
			return Resolution.refused(PersistedQueryErrors.mismatch(id));
		}
		return new Resolution(body, true, null);
	}

	/** The text this request runs, or empty if it runs nothing. */
	public Optional<String> documentOf(GraphQlRequest request) {
		return Optional.ofNullable(resolve(request.getExtensions(), request.getDocument()).document());
	}

	int size() {
		return this.bodies.size();
	}

	static String idOf(String document) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(document.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java platform has SHA-256", ex);
		}
	}

	/**
	 * @param document the text to run, or null if nothing may run
	 * @param byId whether that text is the registered operation the request named by id
	 * @param refusal why nothing runs
	 */
	record Resolution(@Nullable String document, boolean byId, @Nullable GraphQLError refusal) {

		static Resolution refused(GraphQLError refusal) {
			return new Resolution(null, false, refusal);
		}

	}

}
