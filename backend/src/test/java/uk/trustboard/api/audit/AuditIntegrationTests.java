package uk.trustboard.api.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import uk.trustboard.api.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/** Every mutation call lands in the audit log with who, what, which target, when and how it ended. */
class AuditIntegrationTests extends IntegrationTest {

	@Test
	void successesRejectionsAndRefusalsAreRecordedAndExecutivesCanReadThem() {
		String motto = "Audited " + System.nanoTime();
		as("lunsford-head").documentName("updateSchoolDetails")
			.variable("input", Map.of("schoolId", "lunsford-primary", "motto", motto))
			.execute();
		as("lunsford-head").documentName("updateSchoolDetails")
			.variable("input", Map.of("schoolId", "lunsford-primary", "urn", "not-a-urn"))
			.execute();
		as("lunsford-head").documentName("updateSchoolDetails")
			.variable("input", Map.of("schoolId", "monkhouse-primary", "motto", "Not theirs"))
			.execute();

		List<Map<String, Object>> entries = newestEntries(3);

		assertThat(entries).extracting(entry -> entry.get("outcome"))
			.containsExactly("REFUSED", "REJECTED", "SUCCEEDED");
		assertThat(entries).allSatisfy(entry -> {
			assertThat(entry.get("operation")).isEqualTo("updateSchoolDetails");
			assertThat(entry.get("clientId")).isEqualTo("lunsford-head");
			assertThat(entry.get("subject")).isEqualTo("lunsford-head");
			assertThat(entry.get("roles")).isEqualTo(List.of("SCHOOL_HEAD"));
			assertThat(entry.get("at")).asString().matches("\\d{4}-\\d{2}-\\d{2}T.*Z");
		});
		assertThat(entries.get(0).get("targetIds")).isEqualTo(List.of("monkhouse-primary"));
		assertThat(entries.get(0).get("details")).isEqualTo(List.of("NOT_FOUND"));
		assertThat(entries.get(1).get("details")).isEqualTo(List.of("INVALID_FORMAT"));
		assertThat(entries.get(2).get("targetIds")).isEqualTo(List.of("lunsford-primary"));
	}

	@Test
	void theLogPagesNewestFirstWithoutRepeats() {
		for (int i = 0; i < 3; i++) {
			as("lunsford-head").documentName("updateSchoolDetails")
				.variable("input", Map.of("schoolId", "lunsford-primary"))
				.execute();
		}
		List<String> ids = new ArrayList<>();
		List<java.time.Instant> times = new ArrayList<>();
		String after = null;
		boolean more = true;
		while (more) {
			var response = as("trust-executive").documentName("auditLog")
				.variable("first", 2)
				.variable("after", after)
				.execute();
			ids.addAll(response.path("auditLog.edges[*].node.id").entityList(String.class).get());
			response.path("auditLog.edges[*].node.at")
				.entityList(String.class)
				.get()
				.forEach(at -> times.add(java.time.Instant.parse(at)));
			more = response.path("auditLog.pageInfo.hasNextPage").entity(Boolean.class).get();
			after = response.path("auditLog.pageInfo.endCursor").entity(String.class).get();
		}
		assertThat(ids).hasSizeGreaterThanOrEqualTo(3).doesNotHaveDuplicates();
		assertThat(times).isSortedAccordingTo(java.util.Comparator.reverseOrder());
	}

	@SuppressWarnings("unchecked")
	private List<Map<String, Object>> newestEntries(int count) {
		return (List<Map<String, Object>>) (List<?>) as("trust-executive").documentName("auditLog")
			.variable("first", count)
			.execute()
			.path("auditLog.edges[*].node")
			.entityList(Map.class)
			.get();
	}

}
