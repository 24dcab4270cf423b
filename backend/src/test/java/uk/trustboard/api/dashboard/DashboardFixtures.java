package uk.trustboard.api.dashboard;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.data.mongodb.core.MongoTemplate;

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
import uk.trustboard.api.policy.VariantSection;
import uk.trustboard.api.policy.VariantVersion;
import uk.trustboard.api.review.ReviewSchedules;
import uk.trustboard.api.school.School;
import uk.trustboard.api.school.SchoolPhase;
import uk.trustboard.api.trust.Trust;

/** A fictional trust for dashboard tests: schools alike, each with staff, a DSL, a channel and a published policy. */
final class DashboardFixtures {

	/** The policies were published on 1 September 2026: acknowledgements were due by 1 October. */
	static final Instant PUBLISHED = Instant.parse("2026-09-01T08:00:00Z");

	private DashboardFixtures() {
	}

	static void trust(MongoTemplate mongo, String trustId) {
		mongo.save(new Trust(trustId, "Dashboard Trust (fictional)"));
		String policyId = trustId + "-policy";
		mongo.save(new TrustPolicyVersion(TrustPolicyVersion.idOf(policyId, 1), trustId, policyId, 1, "V1.0", "Policy",
				null, null, null, null, List.of(new PolicySection("1.1", "1.1", "Introduction", "Text.", List.of())),
				PublicationKind.MAJOR, "First", null, null, 0));
		mongo.save(new TrustPolicy(policyId, trustId, "Policy", 12, 1, null, null, 0));
	}

	/**
	 * Adds schools {@code from} (inclusive) to {@code to} (exclusive). Each has three teachers (one
	 * who started after the due date), two of whom acknowledged: the early starter and the late one.
	 */
	static void schools(MongoTemplate mongo, String trustId, int from, int to) {
		String policyId = trustId + "-policy";
		List<Object> documents = new ArrayList<>();
		for (int n = from; n < to; n++) {
			String school = trustId + "-school-" + n;
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
			documents.add(new Channel(school + "-x", trustId, school, ChannelPlatform.X, "X", "@s" + n, null,
					List.of(staff.get(0)), List.of(), List.of(), List.of(), ChannelStatus.ACTIVE));
			String variantId = school + "-policy";
			var details = new VariantDetails("Policy", null, null, null, null, null, null, null, 12, null, null);
			var live = new VariantVersion(VariantVersion.idOf(variantId, 1), trustId, school, variantId, policyId, 1,
					PublicationKind.MAJOR, "First", "head", PUBLISHED, 1, details, List.of(VariantSection.inherited("1.1")),
					List.of(), 0, 1);
			var variant = new PolicyVariant(variantId, trustId, school, policyId, live, null, 0);
			documents.add(live);
			documents.add(variant);
			documents.add(ReviewSchedules.forVariant(variant, live, LocalDate.of(2026, 9, 1)));
			documents.add(new AcknowledgementCounter(AcknowledgementCounter.currentOf(variant), trustId, school, variantId,
					1, 2, Map.of("2020-09-01", 1L, "2026-11-01", 1L)));
		}
		mongo.insertAll(documents);
	}

}
