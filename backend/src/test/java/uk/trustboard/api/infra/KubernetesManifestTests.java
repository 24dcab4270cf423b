package uk.trustboard.api.infra;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.trustboard.api.infra.InfraFiles.at;

/** infra/k8s/: every manifest parses, and the Deployment is one a cluster can run safely. */
class KubernetesManifestTests {

	private static final Map<String, String> APP = Map.of("app.kubernetes.io/name", "trustboard");

	private final Map<String, Map<String, Object>> byKind = manifests().stream()
		.collect(Collectors.toMap(manifest -> (String) manifest.get("kind"), manifest -> manifest));

	@Test
	void everyPieceIsThere() {
		assertThat(this.byKind).containsOnlyKeys("Deployment", "Service", "HorizontalPodAutoscaler",
				"PodDisruptionBudget", "ConfigMap", "Secret", "NetworkPolicy", "Kustomization");
		List<String> listed = at(this.byKind.get("Kustomization"), "resources");
		assertThat(listed).containsExactlyInAnyOrder("configmap.yaml", "deployment.yaml", "service.yaml", "hpa.yaml",
				"pdb.yaml", "networkpolicy.yaml");
	}

	@Test
	void theContainerHasAllThreeProbesOnTheManagementPort() {
		Map<String, Object> container = container();
		assertThat((String) at(container, "startupProbe", "httpGet", "path")).isEqualTo("/actuator/health/liveness");
		assertThat((String) at(container, "livenessProbe", "httpGet", "path")).isEqualTo("/actuator/health/liveness");
		assertThat((String) at(container, "readinessProbe", "httpGet", "path")).isEqualTo("/actuator/health/readiness");
		for (String probe : List.of("startupProbe", "livenessProbe", "readinessProbe")) {
			assertThat((Object) at(container, probe, "httpGet", "port")).isEqualTo("management");
		}
		List<Map<String, Object>> ports = at(container, "ports");
		assertThat(ports).contains(Map.of("name", "management", "containerPort", 8081));
		assertThat((String) at(this.byKind.get("ConfigMap"), "data", "MANAGEMENT_SERVER_PORT")).isEqualTo("8081");
	}

	@Test
	void theContainerIsNonRootReadOnlyAndBounded() {
		Map<String, Object> pod = at(this.byKind.get("Deployment"), "spec", "template", "spec");
		assertThat((Boolean) at(pod, "securityContext", "runAsNonRoot")).isTrue();
		assertThat((Integer) at(pod, "securityContext", "runAsUser")).isPositive();
		Map<String, Object> container = container();
		assertThat((Boolean) at(container, "securityContext", "readOnlyRootFilesystem")).isTrue();
		assertThat((Boolean) at(container, "securityContext", "allowPrivilegeEscalation")).isFalse();
		assertThat((Map<String, Object>) at(container, "resources", "requests")).containsKeys("cpu", "memory");
		assertThat((Map<String, Object>) at(container, "resources", "limits")).containsKeys("cpu", "memory");
		// with a read-only root the JVM and Tomcat still need a writable /tmp
		assertThat((List<Map<String, Object>>) at(container, "volumeMounts")).contains(Map.of("name", "tmp", "mountPath", "/tmp"));
	}

	@Test
	void theContainerGetsItsSettingsFromTheConfigMapAndSecret() {
		List<Map<String, Map<String, String>>> sources = at(container(), "envFrom");
		assertThat(sources).contains(Map.of("configMapRef", Map.of("name", "trustboard")),
				Map.of("secretRef", Map.of("name", "trustboard-mongodb")));
		assertThat((String) at(this.byKind.get("ConfigMap"), "metadata", "name")).isEqualTo("trustboard");
		assertThat((String) at(this.byKind.get("Secret"), "metadata", "name")).isEqualTo("trustboard-mongodb");
		assertThat((Map<String, String>) at(this.byKind.get("Secret"), "stringData")).containsKey("MONGODB_URI");
		assertThat((Map<String, String>) at(this.byKind.get("ConfigMap"), "data")).containsKeys("TRUSTBOARD_ISSUER_URI",
				"TRUSTBOARD_AUDIENCE", "LOGGING_STRUCTURED_FORMAT_CONSOLE");
	}

	@Test
	void selectorsAndTargetsMatchTheDeployment() {
		assertThat((Map<String, String>) at(this.byKind.get("Deployment"), "spec", "template", "metadata", "labels"))
			.containsAllEntriesOf(APP);
		assertThat((Map<String, String>) at(this.byKind.get("Deployment"), "spec", "selector", "matchLabels")).isEqualTo(APP);
		assertThat((Map<String, String>) at(this.byKind.get("Service"), "spec", "selector")).isEqualTo(APP);
		assertThat((Map<String, String>) at(this.byKind.get("PodDisruptionBudget"), "spec", "selector", "matchLabels"))
			.isEqualTo(APP);
		assertThat((Map<String, String>) at(this.byKind.get("NetworkPolicy"), "spec", "podSelector", "matchLabels"))
			.isEqualTo(APP);
		assertThat((String) at(this.byKind.get("HorizontalPodAutoscaler"), "spec", "scaleTargetRef", "name"))
			.isEqualTo(at(this.byKind.get("Deployment"), "metadata", "name"));
		assertThat((Integer) at(this.byKind.get("HorizontalPodAutoscaler"), "spec", "minReplicas"))
			.isGreaterThan((Integer) at(this.byKind.get("PodDisruptionBudget"), "spec", "minAvailable"));
	}

	@Test
	void theServicePublishesOnlyTheApi() {
		List<Map<String, Object>> ports = at(this.byKind.get("Service"), "spec", "ports");
		assertThat(ports).extracting(port -> port.get("targetPort")).containsExactly("http");
	}

	@Test
	void onlyTheMonitoringNamespaceReachesTheManagementPort() {
		List<Map<String, Object>> rules = at(this.byKind.get("NetworkPolicy"), "spec", "ingress");
		List<Map<String, Object>> management = rules.stream()
			.filter(rule -> ((List<Map<String, Object>>) rule.get("ports")).stream().anyMatch(port -> port.get("port").equals(8081)))
			.toList();
		assertThat(management).hasSize(1);
		assertThat(management.get(0).toString()).contains("kubernetes.io/metadata.name=monitoring");
	}

	private Map<String, Object> container() {
		List<Map<String, Object>> containers = at(this.byKind.get("Deployment"), "spec", "template", "spec", "containers");
		assertThat(containers).hasSize(1);
		return containers.get(0);
	}

	private static List<Map<String, Object>> manifests() {
		try (Stream<java.nio.file.Path> files = Files.list(InfraFiles.INFRA.resolve("k8s"))) {
			return files.map(file -> file.getFileName().toString())
				.filter(name -> name.endsWith(".yaml"))
				.sorted()
				.flatMap(name -> InfraFiles.yamlDocuments("k8s/" + name).stream())
				.toList();
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

}
