package uk.trustboard.api.infra;

import java.nio.file.Files;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.trustboard.api.infra.InfraFiles.at;

/** infra/docker-compose.yml and the files it uses, checked without Docker. */
class ComposeFileTests {

	private static final List<String> MEMBERS = List.of("mongo1", "mongo2", "mongo3");

	private final Map<String, Object> compose = InfraFiles.yaml("docker-compose.yml");

	private final Map<String, Map<String, Object>> services = at(this.compose, "services");

	@Test
	void mongoRunsAsAThreeMemberReplicaSetWithKeyfileAuthentication() {
		for (String member : MEMBERS) {
			Map<String, Object> service = this.services.get(member);
			assertThat(service).as(member).isNotNull();
			assertThat((String) service.get("image")).startsWith("mongo:8");
			List<String> command = at(service, "command");
			assertThat(String.join(" ", command)).contains("--replSet rs0", "--keyFile /keys/keyfile");
			assertThat((List<String>) at(service, "volumes")).contains("mongo-keys:/keys:ro");
			assertThat((Object) at(service, "healthcheck", "test")).isNotNull();
		}
		// only the first member creates the root user: the others must join empty
		assertThat((Map<String, Object>) at(this.services.get("mongo1"), "environment")).containsKey("MONGO_INITDB_ROOT_USERNAME");
		assertThat(this.services.get("mongo2")).doesNotContainKey("environment");
		assertThat(this.services.get("mongo3")).doesNotContainKey("environment");
	}

	@Test
	void theInitScriptInitiatesTheSetWithEveryMember() {
		String script = InfraFiles.text("mongo/init-replica-set.js");
		assertThat(script).contains("rs.initiate", "_id: \"rs0\"");
		MEMBERS.forEach(member -> assertThat(script).contains("\"" + member + ":27017\""));
		assertThat((List<String>) at(this.services.get("mongo-init"), "volumes"))
			.contains("./mongo/init-replica-set.js:/init-replica-set.js:ro");
		Map<String, Map<String, String>> waits = at(this.services.get("mongo-init"), "depends_on");
		MEMBERS.forEach(member -> assertThat(waits.get(member)).containsEntry("condition", "service_healthy"));
	}

	@Test
	void theBackendTalksToTheWholeReplicaSetAndWaitsForItAndKeycloak() {
		Map<String, Object> backend = this.services.get("backend");
		Map<String, String> environment = at(backend, "environment");
		String uri = environment.get("MONGODB_URI");
		MEMBERS.forEach(member -> assertThat(uri).contains(member + ":27017"));
		assertThat(uri).contains("replicaSet=rs0", "authSource=admin");
		assertThat(environment.get("TRUSTBOARD_ISSUER_URI")).isEqualTo("http://localhost:8080/realms/trustboard");
		assertThat((String) at(this.services.get("keycloak"), "environment", "KC_HOSTNAME")).isEqualTo("http://localhost:8080");
		assertThat((Map<String, Object>) at(backend, "depends_on")).containsKeys("mongo-init", "keycloak");
		assertThat((String) at(backend, "build", "dockerfile")).isEqualTo("infra/Dockerfile");
		assertThat((Object) at(backend, "healthcheck", "test")).isNotNull();
	}

	@Test
	void keycloakImportsTheRealmFile() {
		Map<String, Object> keycloak = this.services.get("keycloak");
		assertThat((List<String>) at(keycloak, "command")).contains("--import-realm");
		assertThat((List<String>) at(keycloak, "volumes")).contains("./keycloak:/opt/keycloak/data/import:ro");
		assertThat(Files.exists(InfraFiles.INFRA.resolve("keycloak/trustboard-realm.json"))).isTrue();
	}

	@Test
	void everyLongRunningServiceHasAHealthCheck() {
		this.services.forEach((name, service) -> {
			if (!"no".equals(service.get("restart"))) {
				assertThat(service).as(name).containsKey("healthcheck");
			}
		});
		assertThat(this.services.values().stream().filter(service -> service.containsKey("healthcheck")).count())
			.isEqualTo(5);
	}

	@Test
	void everyNamedVolumeIsDeclared() {
		Map<String, Object> declared = at(this.compose, "volumes");
		this.services.forEach((name, service) -> {
			List<String> volumes = (List<String>) service.getOrDefault("volumes", List.of());
			volumes.stream()
				.map(volume -> volume.substring(0, volume.indexOf(':')))
				.filter(source -> !source.startsWith("."))
				.forEach(source -> assertThat(declared).as(name + " uses " + source).containsKey(source));
		});
	}

}
