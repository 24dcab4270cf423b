package uk.trustboard.api.channel;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import uk.trustboard.api.security.TenantScope;
import uk.trustboard.api.support.CollectionSnapshot;
import uk.trustboard.api.support.IntegrationTest;
import uk.trustboard.api.support.TestIssuer;

import static org.assertj.core.api.Assertions.assertThat;

/** A head manages their school's channels end to end, with real tokens; other callers cannot. */
class ChannelManagementIntegrationTests extends IntegrationTest {

	private static final String LUNSFORD = "lunsford-primary";

	private static final String LUNSFORD_X = "lunsford-primary-x";

	private static final String TEACHER_1 = "demo-lunsford-teacher-1";

	private static final String TEACHER_2 = "demo-lunsford-teacher-2";

	private static final String ASHMORE = "cop-lane-ce-primary-i-ashmore";

	@Autowired
	MongoTemplate mongo;

	@Autowired
	ChannelRepository channels;

	private CollectionSnapshot before;

	@BeforeEach
	void remember() {
		this.before = CollectionSnapshot.of(this.mongo, "channels");
	}

	@AfterEach
	void putBack() {
		this.before.restore();
	}

	@Test
	void aHeadAddsUpdatesAndRetiresAChannelManagedByTheirStaff() {
		var added = head().documentName("addChannel")
			.variable("input", Map.of("schoolId", LUNSFORD, "platform", "FACEBOOK", "name", "  Lunsford Facebook  ",
					"handle", "@lunsford", "willPost", List.of("Class news"), "managerPersonIds",
					List.of("demo-lunsford-teacher-1")))
			.execute();
		added.path("addChannel.userErrors").entityList(Object.class).hasSize(0);
		added.path("addChannel.channel.name").entity(String.class).isEqualTo("Lunsford Facebook");
		added.path("addChannel.channel.status").entity(String.class).isEqualTo("ACTIVE");
		added.path("addChannel.channel.managers[*].id").entityList(String.class).containsExactly("demo-lunsford-teacher-1");
		String id = added.path("addChannel.channel.id").entity(String.class).get();
		Document audited = newestAuditEntry();
		assertThat(audited.getString("operation")).isEqualTo("addChannel");
		assertThat(audited.getString("outcome")).isEqualTo("SUCCEEDED");
		assertThat(audited.getList("targetIds", String.class)).containsExactly(LUNSFORD);

		Map<String, Object> patch = new LinkedHashMap<>();
		patch.put("channelId", id);
		patch.put("handle", null);
		patch.put("managerPersonIds", List.of("demo-lunsford-teacher-2", "demo-lunsford-teacher-1"));
		var updated = head().documentName("updateChannel").variable("input", patch).execute();
		updated.path("updateChannel.userErrors").entityList(Object.class).hasSize(0);
		updated.path("updateChannel.channel.handle").valueIsNull();
		updated.path("updateChannel.channel.name").entity(String.class).isEqualTo("Lunsford Facebook");
		updated.path("updateChannel.channel.willPost").entityList(String.class).containsExactly("Class news");
		updated.path("updateChannel.channel.managers[*].id")
			.entityList(String.class)
			.containsExactly("demo-lunsford-teacher-2", "demo-lunsford-teacher-1");

		for (int i = 0; i < 2; i++) {
			head().documentName("retireChannel")
				.variable("input", Map.of("channelId", id))
				.execute()
				.path("retireChannel.channel.status")
				.entity(String.class)
				.isEqualTo("RETIRED");
		}
		head().documentName("updateChannel")
			.variable("input", Map.of("channelId", id, "name", "Back again"))
			.execute()
			.path("updateChannel.userErrors[*].code")
			.entityList(String.class)
			.containsExactly("ALREADY_RETIRED");

		Channel stored = this.mongo.findById(id, Channel.class);
		assertThat(stored.status()).isEqualTo(ChannelStatus.RETIRED);
		assertThat(stored.name()).isEqualTo("Lunsford Facebook");
		assertThat(stored.schoolId()).isEqualTo(LUNSFORD);
	}

	@Test
	void theManagerHistoryKeepsWhoManagedTheChannelWhen() {
		var added = head().documentName("addChannel")
			.variable("input", Map.of("schoolId", LUNSFORD, "platform", "INSTAGRAM", "name", "Lunsford Instagram",
					"managerPersonIds", List.of(TEACHER_1)))
			.execute();
		String id = added.path("addChannel.channel.id").entity(String.class).get();
		added.path("addChannel.channel.managerHistory[*].personId").entityList(String.class).containsExactly(TEACHER_1);
		added.path("addChannel.channel.managerHistory[0].since")
			.entity(Instant.class)
			.satisfies(instant -> assertThat(instant).isNotNull());
		added.path("addChannel.channel.managerHistory[0].current").entity(Boolean.class).isEqualTo(true);

		setManagers(id, List.of(TEACHER_2, TEACHER_1)).path("updateChannel.userErrors").entityList(Object.class).hasSize(0);
		var handedOver = setManagers(id, List.of(TEACHER_2));

		handedOver.path("updateChannel.userErrors").entityList(Object.class).hasSize(0);
		handedOver.path("updateChannel.channel.managers[*].id").entityList(String.class).containsExactly(TEACHER_2);
		String first = "updateChannel.channel.managerHistory[?(@.personId == '" + TEACHER_1 + "')]";
		String second = "updateChannel.channel.managerHistory[?(@.personId == '" + TEACHER_2 + "')]";
		handedOver.path(first + ".current").entityList(Boolean.class).containsExactly(false);
		handedOver.path(first + ".person.id").entityList(String.class).containsExactly(TEACHER_1);
		handedOver.path(second + ".current").entityList(Boolean.class).containsExactly(true);
		handedOver.path(second + ".until").entityList(Object.class).containsExactly((Object) null);
		Instant firstSince = handedOver.path(first + ".since").entityList(Instant.class).get().get(0);
		Instant firstUntil = handedOver.path(first + ".until").entityList(Instant.class).get().get(0);
		Instant secondSince = handedOver.path(second + ".since").entityList(Instant.class).get().get(0);
		assertThat(firstSince).isBeforeOrEqualTo(secondSince).isBeforeOrEqualTo(firstUntil);
		// the latest first
		handedOver.path("updateChannel.channel.managerHistory[*].personId")
			.entityList(String.class)
			.containsExactly(TEACHER_2, TEACHER_1);

		// a change of anything else leaves the history as it is
		head().documentName("updateChannel")
			.variable("input", Map.of("channelId", id, "name", "Lunsford on Instagram"))
			.execute()
			.path("updateChannel.channel.managerHistory")
			.entityList(Object.class)
			.hasSize(2);
		Channel stored = this.mongo.findById(id, Channel.class);
		assertThat(stored.managerHistory().stream().filter(ChannelManagerPeriod::current).map(ChannelManagerPeriod::personId))
			.as("the open periods are the current managers")
			.containsExactlyElementsOf(stored.managerPersonIds());
	}

	@Test
	void aSeedManagerWithoutKnownStartIsClosedWhenReplaced() {
		var copLaneHead = withToken(TestIssuer.sign(TestIssuer
			.claims("cop-lane-head", "SCHOOL_HEAD", "asset-education", List.of("cop-lane-ce-primary"))
			.build()));
		var before = copLaneHead.documentName("schoolPeopleAndChannels").variable("id", "cop-lane-ce-primary").execute();
		String facebook = "school.channels[?(@.id == 'cop-lane-ce-primary-facebook')]";
		before.path(facebook + ".managerHistory[*].personId").entityList(String.class).containsExactly(ASHMORE);
		before.path(facebook + ".managerHistory[0].since").entityList(Object.class).containsExactly((Object) null);
		before.path(facebook + ".managerHistory[0].current").entityList(Boolean.class).containsExactly(true);

		var replaced = copLaneHead.documentName("updateChannel")
			.variable("input", Map.of("channelId", "cop-lane-ce-primary-facebook", "managerPersonIds",
					List.of("demo-cop-lane-teacher-1")))
			.execute();

		replaced.path("updateChannel.userErrors").entityList(Object.class).hasSize(0);
		replaced.path("updateChannel.channel.managerHistory[*].personId")
			.entityList(String.class)
			.containsExactly("demo-cop-lane-teacher-1", ASHMORE);
		replaced.path("updateChannel.channel.managerHistory[1].since").valueIsNull();
		replaced.path("updateChannel.channel.managerHistory[1].until")
			.entity(Instant.class)
			.satisfies(instant -> assertThat(instant).isNotNull());
		replaced.path("updateChannel.channel.managerHistory[1].current").entity(Boolean.class).isEqualTo(false);
	}

	/** The write of a change of managers is conditional: one computed from a stale read is refused. */
	@Test
	void aManagerChangeComputedFromAStaleReadIsNotWritten() {
		Channel read = this.mongo.findById(LUNSFORD_X, Channel.class);
		setManagers(LUNSFORD_X, List.of(TEACHER_1)).path("updateChannel.userErrors").entityList(Object.class).hasSize(0);
		Channel current = this.mongo.findById(LUNSFORD_X, Channel.class);

		var lost = this.channels.updateActiveManagers(read, Map.of(), List.of(TEACHER_2),
				ManagerHistory.after(read, List.of(TEACHER_2), CLOCK_START),
				TenantScope.schools("asset-education", List.of(LUNSFORD)));

		assertThat(lost).isEmpty();
		assertThat(this.mongo.findById(LUNSFORD_X, Channel.class)).isEqualTo(current);
		setManagers(LUNSFORD_X, List.of(TEACHER_2)).path("updateChannel.channel.managerHistory[*].personId")
			.entityList(String.class)
			.containsExactly(TEACHER_2, TEACHER_1);
	}

	@Test
	void aManagerFromAnotherSchoolIsRefusedAndNothingIsStored() {
		var response = head().documentName("updateChannel")
			.variable("input", Map.of("channelId", LUNSFORD_X, "name", "Renamed", "managerPersonIds",
					List.of("demo-lunsford-teacher-1", "demo-cop-lane-teacher-1", "nobody-at-all")))
			.execute();

		response.path("updateChannel.channel").valueIsNull();
		response.path("updateChannel.userErrors[*].code")
			.entityList(String.class)
			.containsExactly("PERSON_NOT_FOUND", "PERSON_NOT_FOUND");
		response.path("updateChannel.userErrors[0].field")
			.entityList(String.class)
			.containsExactly("input", "managerPersonIds", "1");
		assertThat(this.before.now()).isEqualTo(this.before.documents());
	}

	@Test
	void nameAndPlatformCannotBeCleared() {
		Map<String, Object> patch = new LinkedHashMap<>();
		patch.put("channelId", LUNSFORD_X);
		patch.put("name", null);
		patch.put("platform", null);
		var response = head().documentName("updateChannel").variable("input", patch).execute();

		response.path("updateChannel.userErrors[*].code").entityList(String.class).containsExactly("REQUIRED", "REQUIRED");
		response.path("updateChannel.userErrors[*].field")
			.entityList(Object.class)
			.containsExactly(List.of("input", "platform"), List.of("input", "name"));
		assertThat(this.before.now()).isEqualTo(this.before.documents());
	}

	@Test
	void aHeadOfBothSchoolsSeesTheOtherSchoolsTeacherButCannotMakeThemAManager() {
		var bothSchools = withToken(TestIssuer.sign(TestIssuer
			.claims("head-of-two", "SCHOOL_HEAD", "asset-education", List.of(LUNSFORD, "cop-lane-ce-primary"))
			.build()));
		var response = bothSchools.documentName("addChannel")
			.variable("input", Map.of("schoolId", LUNSFORD, "platform", "BLOG", "name", "Lunsford blog",
					"managerPersonIds", List.of("demo-cop-lane-teacher-1")))
			.execute();

		response.path("addChannel.userErrors[*].code").entityList(String.class).containsExactly("NOT_STAFF_OF_SCHOOL");
		assertThat(this.before.now()).isEqualTo(this.before.documents());
	}

	@Test
	void theHeadOfCopLaneCannotTouchLunsfordsChannels() {
		var copLaneHead = withToken(TestIssuer.sign(TestIssuer
			.claims("cop-lane-head", "SCHOOL_HEAD", "asset-education", List.of("cop-lane-ce-primary"))
			.build()));

		assertRefused(copLaneHead.documentName("updateChannel")
			.variable("input", Map.of("channelId", LUNSFORD_X, "name", "Taken over"))
			.execute(), "updateChannel", "NOT_FOUND");
		assertRefused(copLaneHead.documentName("retireChannel").variable("input", Map.of("channelId", LUNSFORD_X)).execute(),
				"retireChannel", "NOT_FOUND");
		assertRefused(copLaneHead.documentName("addChannel")
			.variable("input", Map.of("schoolId", LUNSFORD, "platform", "X", "name", "Fake"))
			.execute(), "addChannel", "NOT_FOUND");
		assertThat(this.before.now()).isEqualTo(this.before.documents());
	}

	@Test
	void staffMayNotManageChannels() {
		assertRefused(as("lunsford-staff").documentName("retireChannel")
			.variable("input", Map.of("channelId", LUNSFORD_X))
			.execute(), "retireChannel", "FORBIDDEN");
		assertRefused(as("lunsford-staff").documentName("addChannel")
			.variable("input", Map.of("schoolId", LUNSFORD, "platform", "X", "name", "Staff room"))
			.execute(), "addChannel", "FORBIDDEN");
		assertThat(this.before.now()).isEqualTo(this.before.documents());
	}

	@Test
	void badFieldsComeBackTogetherAndNothingIsStored() {
		var response = head().documentName("addChannel")
			.variable("input", Map.of("schoolId", LUNSFORD, "platform", "X", "name", " ", "url", "javascript:alert(1)",
					"handle", "h".repeat(101), "willPost", List.of("ok", "x".repeat(501), " "), "moderationRules",
					java.util.Collections.nCopies(51, "rule")))
			.execute();

		response.path("addChannel.channel").valueIsNull();
		response.path("addChannel.userErrors[*].code")
			.entityList(String.class)
			.containsExactly("REQUIRED", "TOO_LONG", "INVALID_FORMAT", "TOO_LONG", "REQUIRED", "TOO_LONG");
		response.path("addChannel.userErrors[*].field")
			.entityList(Object.class)
			.containsExactly(List.of("input", "name"), List.of("input", "handle"), List.of("input", "url"),
					List.of("input", "willPost", "1"), List.of("input", "willPost", "2"),
					List.of("input", "moderationRules"));
		assertThat(this.before.now()).isEqualTo(this.before.documents());
	}

	@Test
	void anUnknownPlatformOrChannelIsAClearErrorAndNothingIsStored() {
		var badEnum = head().documentName("addChannel")
			.variable("input", Map.of("schoolId", LUNSFORD, "platform", "MYSPACE", "name", "Old times"))
			.execute();
		badEnum.errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
			assertThat(error.getErrorType()).hasToString("ValidationError");
			assertThat(error.getMessage()).contains("MYSPACE");
		}));
		assertRefused(head().documentName("retireChannel").variable("input", Map.of("channelId", "no-such-channel")).execute(),
				"retireChannel", "NOT_FOUND");
		assertThat(this.before.now()).isEqualTo(this.before.documents());
	}

	@Test
	void aLongNameIsTooLongAndNothingIsStored() {
		var response = head().documentName("addChannel")
			.variable("input", Map.of("schoolId", LUNSFORD, "platform", "X", "name", "x".repeat(20_000)))
			.execute();

		response.path("addChannel.channel").valueIsNull();
		response.path("addChannel.userErrors[*].code").entityList(String.class).containsExactly("TOO_LONG");
		response.path("addChannel.userErrors[0].message")
			.entity(String.class)
			.isEqualTo("name must be at most 200 characters, was 20000");
		assertThat(this.before.now()).isEqualTo(this.before.documents());
	}

	/** Whichever layer refuses a megabyte (the request limits, or the field's own), it says why and stores nothing. */
	@Test
	@SuppressWarnings("unchecked")
	void aMegabyteStringIsRefusedAndNothingIsStored() {
		var body = Map.of("query",
				"mutation($input: AddChannelInput!) { addChannel(input: $input) { channel { id } userErrors { code } } }",
				"variables", Map.of("input", Map.of("schoolId", LUNSFORD, "platform", "X", "name", "x".repeat(1 << 20))));

		Map<String, Object> answer = http().build()
			.post()
			.uri(url("/graphql"))
			.header("Authorization", "Bearer " + TestIssuer.token("lunsford-head"))
			.header("Content-Type", "application/json")
			.bodyValue(body)
			.exchange()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();

		Map<String, Object> payload = (answer.get("data") instanceof Map<?, ?> data)
				? (Map<String, Object>) data.get("addChannel") : null;
		if (payload != null) {
			assertThat(payload.get("channel")).isNull();
			assertThat(payload.get("userErrors")).asString().contains("TOO_LONG");
		}
		else {
			assertThat((List<Map<String, Object>>) answer.get("errors")).isNotEmpty()
				.allSatisfy(error -> assertThat(error.get("message")).asString().isNotBlank());
		}
		assertThat(this.before.now()).isEqualTo(this.before.documents());
	}

	private Document newestAuditEntry() {
		return this.mongo.findOne(new Query().with(Sort.by(Sort.Direction.DESC, "at")).limit(1), Document.class,
				"audit_log");
	}

	private GraphQlTester.Response setManagers(String channelId, List<String> managers) {
		return head().documentName("updateChannel")
			.variable("input", Map.of("channelId", channelId, "managerPersonIds", managers))
			.execute();
	}

	private HttpGraphQlTester head() {
		return as("lunsford-head");
	}

	/** One error of that type, and the mutation's field answers null: no data at all. */
	private static void assertRefused(GraphQlTester.Response response, String field, String type) {
		response.errors()
			.satisfy(errors -> assertThat(errors).singleElement()
				.satisfies(error -> assertThat(error.getErrorType()).hasToString(type)));
		Object data = response.returnResponse().getData();
		assertThat((data instanceof Map<?, ?> fields) ? fields.get(field) : data).isNull();
	}

}
