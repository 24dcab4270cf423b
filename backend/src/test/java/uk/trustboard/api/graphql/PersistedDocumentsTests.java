package uk.trustboard.api.graphql;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.io.ByteArrayResource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class PersistedDocumentsTests {

	private final JsonMapper json = JsonMapper.builder().build();

	@Test
	void operationsAreFoundByTheirHashInEitherCase() {
		String body = "{ trusts { name } }";
		PersistedDocuments documents = PersistedDocuments.load(List.of(manifest(PersistedDocuments.idOf(body), body)),
				this.json);

		assertThat(documents.body(PersistedDocuments.idOf(body).toUpperCase())).isEqualTo(body);
		assertThat(documents.isRegistered(body)).isTrue();
		assertThat(documents.isRegistered(body + " ")).isFalse();
		assertThat(documents.body("0".repeat(64))).isNull();
	}

	@Test
	void anIdThatIsNotItsBodysHashStopsTheStart() {
		// otherwise a harmless operation's id could stand for any text
		var forged = manifest(PersistedDocuments.idOf("{ trusts { name } }"), "{ auditLog(first: 100) { edges { cursor } } }");

		assertThatIllegalStateException().isThrownBy(() -> PersistedDocuments.load(List.of(forged), this.json))
			.withMessageContaining("SHA-256");
	}

	@Test
	void aFileInAnotherFormatStopsTheStart() {
		var other = new ByteArrayResource("{\"queries\": {}}".getBytes());

		assertThatIllegalStateException().isThrownBy(() -> PersistedDocuments.load(List.of(other), this.json))
			.withMessageContaining("apollo-persisted-query-manifest");
	}

	private ByteArrayResource manifest(String id, String body) {
		return new ByteArrayResource(this.json.writeValueAsBytes(Map.of("format", PersistedDocuments.FORMAT, "version",
				1, "operations", List.of(Map.of("id", id, "name", "Op", "type", "query", "body", body)))));
	}

}
