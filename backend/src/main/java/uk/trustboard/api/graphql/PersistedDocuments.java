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

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.io.Resource;

/**
 * The registered (trusted) operations, by id: the SHA-256 of the operation's text, in hex, as
 * Apollo's persisted queries and persisted query manifests name them. Loaded once at start-up
 * from manifests in Apollo's format:
 * {@code {"format": "apollo-persisted-query-manifest", "version": 1, "operations": [{"id", "name", "type", "body"}]}}.
 */
final class PersistedDocuments {

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

}
