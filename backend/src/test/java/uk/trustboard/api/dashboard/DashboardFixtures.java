package uk.trustboard.api.dashboard;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import uk.trustboard.api.acknowledgement.AcknowledgementCounter;
import uk.trustboard.api.channel.Channel;
import uk.trustboard.api.channel.ChannelPlatform;
import uk.trustboard.api.channel.ChannelStatus;
import uk.trustboard.api.common.DocumentDate;
import uk.trustboard.api.people.Appointment;
import uk.trustboard.api.people.AppointmentRole;
import uk.trustboard.api.people.Person;
import uk.trustboard.api.people.StaffStatus;
import uk.trustboard.api.people.StaffType;
import uk.trustboard.api.policy.PolicySection;
import uk.trustboard.api.policy.PolicyVariant;
import uk.trustboard.api.policy.PublicationKind;
import uk.trustboard.api.policy.TrustPolicy;
import uk.trustboard.api.policy.TrustPolicyVersion;
import uk.trustboard.api.policy.VariantDetails;
import uk.trustboard.api.policy.VariantDraft;
import uk.trustboard.api.policy.VariantSection;
import uk.trustboard.api.policy.VariantVersion;
import uk.trustboard.api.review.DueSource;
import uk.trustboard.api.review.ReviewOwner;
import uk.trustboard.api.review.ReviewSchedule;
import uk.trustboard.api.review.ReviewSchedules;
import uk.trustboard.api.review.ReviewTarget;
import uk.trustboard.api.school.School;
import uk.trustboard.api.school.SchoolPhase;
import uk.trustboard.api.trust.Trust;

/**
 * A fictional trust for dashboard tests: schools alike, each with staff, a DSL, a channel and a
 * published policy whose review is not yet due; then small changes that make one school differ.
 */
final class DashboardFixtures {

	/** The policies were published on 1 September 2026: acknowledgements were due by 1 October. */
	static final Instant PUBLISHED = Instant.parse("2026-09-01T08:00:00Z");

	/** The policy every school has. */
	static final String FIRST = "policy";

	/** A second policy, published at a school by {@link #secondPolicy}. */
	static final String SECOND = "second-policy";

	private DashboardFixtures() {
	}

	static void trust(MongoTemplate mongo, String trustId) {
		mongo.save(new Trust(trustId, "Dashboard Trust (fictional)"));
		trustPolicy(mongo, trustId, FIRST, 1);
	}

	/**
	 * Adds schools {@code from} (inclusive) to {@code to} (exclusive). Each has three teachers (one
	 * who started after the due date), two of whom acknowledged: the early starter and the late one.
	 */
	static void schools(MongoTemplate mongo, String trustId, int from, int to) {
		List<Object> documents = new ArrayList<>();
		for (int n = from; n < to; n++) {
			String school = school(trustId, n);
			documents.add(new School(school, trustId, "School %04d (fictional)".formatted(n), null, SchoolPhase.PRIMARY,
					null, null, null, null, null));
			List<String> staff = List.of(school + "-a", school + "-b", school + "-late");
			for (String id : staff) {
				LocalDate start = id.endsWith("-late") ? LocalDate.of(2026, 11, 1) : LocalDate.of(2020, 9, 1);
				documents.add(new Person(id, trustId, List.of(school), "Person " + id + " (fictional)", null, null,
						StaffType.TEACHER, StaffStatus.ACTIVE, start, null, true));
			}
			documents.add(new Appointment(school + "-dsl", trustId, school, AppointmentRole.DSL, staff.get(0), "DHT", null,
					DocumentDate.parse("2024-09"), null, null, Appointment.slotOf(school, AppointmentRole.DSL, staff.get(0))));
			documents.add(channel(trustId, n, List.of(staff.get(0))));
			documents.addAll(published(trustId, n, FIRST, 1));
		}
		mongo.insertAll(documents);
	}

	static String school(String trustId, int n) {
		return trustId + "-school-" + n;
	}

	static String variant(String trustId, int n, String policy) {
		return school(trustId, n) + "-" + policy;
	}

	/** Publishes a second trust policy at school n; two of its three teachers acknowledged it, as the first. */
	static void secondPolicy(MongoTemplate mongo, String trustId, int n) {
		trustPolicy(mongo, trustId, SECOND, 1);
		mongo.insertAll(published(trustId, n, SECOND, 1));
	}

	/** The trust publishes version {@code number} of its policy: schools still based on an older one are stale. */
	static void trustPolicyVersion(MongoTemplate mongo, String trustId, int number) {
		trustPolicy(mongo, trustId, FIRST, number);
	}

	/** School n republishes its policy on base version {@code base}. */
	static void rebased(MongoTemplate mongo, String trustId, int n, int base) {
		published(trustId, n, FIRST, base).forEach(mongo::save);
	}

	/** School n's policy has never been published: only a draft. */
	static void draftOnly(MongoTemplate mongo, String trustId, int n) {
		noPolicy(mongo, trustId, n);
		String policyId = trustId + "-" + FIRST;
		var draft = new VariantDraft(policyId, 1, details(), List.of(VariantSection.inherited("1.1")), List.of(), List.of(),
				"head", PUBLISHED);
		mongo.save(new PolicyVariant(variant(trustId, n, FIRST), trustId, school(trustId, n), policyId, null, draft, 1));
	}

	/** School n has not adapted the trust's policy at all. */
	static void noPolicy(MongoTemplate mongo, String trustId, int n) {
		String variantId = variant(trustId, n, FIRST);
		for (Class<?> type : List.of(PolicyVariant.class, ReviewSchedule.class)) {
			mongo.remove(Query.query(Criteria.where("_id").is(variantId)), type);
		}
		mongo.remove(Query.query(Criteria.where("variantId").is(variantId)), VariantVersion.class);
		mongo.remove(Query.query(Criteria.where("variantId").is(variantId)), AcknowledgementCounter.class);
	}

	/** The review of one of school n's policies falls due on this date. */
	static void reviewDue(MongoTemplate mongo, String trustId, int n, String policy, LocalDate due) {
		String variantId = variant(trustId, n, policy);
		mongo.save(ReviewSchedule.of(variantId, trustId, school(trustId, n), ReviewTarget.SCHOOL_POLICY,
				trustId + "-" + policy, variantId, "Policy", 12, due, DueSource.DOCUMENT,
				new ReviewOwner("Headteacher", null, null), null, Instant.EPOCH));
	}

	/** Who of school n's teachers acknowledged its policy: of the two early starters, and the late one. */
	static void acknowledged(MongoTemplate mongo, String trustId, int n, long early, long late) {
		mongo.save(counter(publishedVariant(trustId, n, FIRST, 1), early, late));
	}

	/** School n's second teacher is named its lead governor. */
	static void leadGovernor(MongoTemplate mongo, String trustId, int n) {
		String school = school(trustId, n);
		String person = school + "-b";
		mongo.insert(new Appointment(school + "-governor", trustId, school, AppointmentRole.LEAD_GOVERNOR, person,
				"Chair of Governors", null, DocumentDate.parse("2024-09"), null, null,
				Appointment.slotOf(school, AppointmentRole.LEAD_GOVERNOR, person)));
	}

	/** School n's DSL has stood down and nobody is named. */
	static void withoutDsl(MongoTemplate mongo, String trustId, int n) {
		mongo.remove(Query.query(Criteria.where("_id").is(school(trustId, n) + "-dsl")), Appointment.class);
	}

	/** School n's channel is managed by these people (replacing its first teacher). */
	static void managedBy(MongoTemplate mongo, String trustId, int n, List<String> managers) {
		mongo.save(channel(trustId, n, managers));
	}

	/** A contractor (nobody who must acknowledge) of these schools, still there or gone. */
	static String person(MongoTemplate mongo, String trustId, String id, List<String> schoolIds, StaffStatus status) {
		mongo.insert(new Person(id, trustId, schoolIds, "Person " + id + " (fictional)", null, null, StaffType.CONTRACTOR,
				status, LocalDate.of(2020, 9, 1), null, true));
		return id;
	}

	static void renamed(MongoTemplate mongo, String trustId, int n, String name) {
		mongo.save(new School(school(trustId, n), trustId, name, null, SchoolPhase.PRIMARY, null, null, null, null, null));
	}

	private static void trustPolicy(MongoTemplate mongo, String trustId, String policy, int currentNumber) {
		String policyId = trustId + "-" + policy;
		for (int number = 1; number <= currentNumber; number++) {
			mongo.save(new TrustPolicyVersion(TrustPolicyVersion.idOf(policyId, number), trustId, policyId, number,
					"V" + number + ".0", "Policy", null, null, null, null,
					List.of(new PolicySection("1.1", "1.1", "Introduction", "Text.", List.of())), PublicationKind.MAJOR,
					"Version " + number, null, null, 0));
		}
		mongo.save(new TrustPolicy(policyId, trustId, "Policy", 12, currentNumber, null, null, 0));
	}

	/** A policy published at school n on a base version: its version, variant, review schedule and counter. */
	private static List<Object> published(String trustId, int n, String policy, int base) {
		PolicyVariant variant = publishedVariant(trustId, n, policy, base);
		return List.of(variant.live(), variant, ReviewSchedules.forVariant(variant, variant.live(), LocalDate.of(2026, 9, 1)),
				counter(variant, 1, 1));
	}

	private static PolicyVariant publishedVariant(String trustId, int n, String policy, int base) {
		String school = school(trustId, n);
		String policyId = trustId + "-" + policy;
		String variantId = variant(trustId, n, policy);
		var live = new VariantVersion(VariantVersion.idOf(variantId, 1), trustId, school, variantId, policyId, 1,
				PublicationKind.MAJOR, "First", "head", PUBLISHED, base, details(),
				List.of(VariantSection.inherited("1.1")), List.of(), 0, 1);
		return new PolicyVariant(variantId, trustId, school, policyId, live, null, 0);
	}

	private static AcknowledgementCounter counter(PolicyVariant variant, long early, long late) {
		return new AcknowledgementCounter(AcknowledgementCounter.currentOf(variant), variant.trustId(), variant.schoolId(),
				variant.id(), 1, early + late, Map.of("2020-09-01", early, "2026-11-01", late));
	}

	private static Channel channel(String trustId, int n, List<String> managers) {
		return new Channel(school(trustId, n) + "-x", trustId, school(trustId, n), ChannelPlatform.X, "X", "@s" + n, null,
				managers, List.of(), List.of(), List.of(), ChannelStatus.ACTIVE);
	}

	private static VariantDetails details() {
		return new VariantDetails("Policy", null, null, null, null, null, null, null, 12, null, null);
	}

}
