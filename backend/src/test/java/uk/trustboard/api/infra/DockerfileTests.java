package uk.trustboard.api.infra;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** infra/Dockerfile: multi-stage, a JRE 21 or newer, non-root, with a health check. */
class DockerfileTests {

	private static final Pattern TEMURIN = Pattern.compile("FROM eclipse-temurin:(\\d+)-(jdk|jre)\\b.*");

	private final List<String> lines = InfraFiles.text("Dockerfile")
		.lines()
		.map(String::strip)
		.filter(line -> !line.startsWith("#") && !line.isEmpty())
		.toList();

	@Test
	void buildsInOneStageAndRunsOnAJreOfAtLeast21() {
		List<String> stages = this.lines.stream().filter(line -> line.startsWith("FROM ")).toList();
		assertThat(stages).hasSize(2);
		assertThat(stages.get(0)).endsWith(" AS build");
		Matcher runtime = TEMURIN.matcher(stages.get(1));
		assertThat(runtime.matches()).as(stages.get(1)).isTrue();
		assertThat(runtime.group(2)).isEqualTo("jre");
		assertThat(Integer.parseInt(runtime.group(1))).isGreaterThanOrEqualTo(21);
		assertThat(this.lines).anyMatch(line -> line.startsWith("RUN ./mvnw") && line.contains("package"));
		assertThat(this.lines).anyMatch(line -> line.startsWith("COPY --from=build"));
	}

	@Test
	void runsAsANonRootUserWithAHealthCheck() {
		int runtime = this.lines.indexOf(this.lines.stream().filter(line -> line.startsWith("FROM ")).toList().get(1));
		List<String> users = this.lines.subList(runtime, this.lines.size())
			.stream()
			.filter(line -> line.startsWith("USER "))
			.toList();
		assertThat(users).hasSize(1);
		assertThat(users.get(0)).doesNotContain("root").isNotEqualTo("USER 0").doesNotStartWith("USER 0:");
		assertThat(this.lines).anyMatch(line -> line.startsWith("HEALTHCHECK "));
		assertThat(String.join("\n", this.lines)).contains("/actuator/health/readiness");
		assertThat(this.lines.get(this.lines.size() - 1)).isEqualTo("ENTRYPOINT [\"java\", \"-jar\", \"/app/app.jar\"]");
	}

}
