package uk.trustboard.api.school;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

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
import uk.trustboard.api.support.IntegrationTest;
import uk.trustboard.api.support.TestIssuer;
import uk.trustboard.api.trust.Trust;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The MongoDB round trips of {@code schools { people channels variants }} do not grow with the
 * number of schools: every nested field is one batched query per request.
 */
class SchoolRoundTripIntegrationTests extends IntegrationTest {

	private static final String TRUST = "round-trip-trust";

	private static final String POLICY = "round-trip-social-media";

	@Autowired
	MongoTemplate mongo;

	@Test
	void queriesPerRequestAreTheSameForOneSchoolAndFifty() {
		this.mongo.save(new Trust(TRUST, "Round Trip Trust (fictional)"));
		this.mongo.save(new TrustPolicyVersion(TrustPolicyVersion.idOf(POLICY, 1), TRUST, POLICY, 1, "V1.0",
				"Social Media Policy", null, null, null, null,
				List.of(new PolicySection("1.1", "1.1", "Introduction", "Text.", List.of())), PublicationKind.MAJOR,
				"First", null, null, 0));
		this.mongo.save(new TrustPolicy(POLICY, TRUST, "Social Media Policy", 12, 1, null, null, 0));
		addSchool(0);
		int forOne = readsForOverview(1);

		IntStream.range(1, 50).forEach(this::addSchool);
		int forFifty = readsForOverview(50);

		// schools, appointments, their people, channels, their managers, variants, base policies, and the base
		// versions once for live.baseVersion and once for live.drift (each field is its own batch)
		assertThat(forOne).isEqualTo(9);
		assertThat(forFifty).isEqualTo(forOne);
	}

	private int readsForOverview(int expectedSchools) {
		this.mongoCommands.reset();
		withToken(TestIssuer.sign(TestIssuer.claims("round-trip-executive", "TRUST_EXECUTIVE", TRUST, List.of()).build()))
			.documentName("schoolsOverview")
			.variable("trustId", TRUST)
			.execute()
			.path("schools.edges[*].node.variants[0].live.baseVersion.label")
			.entityList(String.class)
			.hasSize(expectedSchools);
		return this.mongoCommands.reads();
	}

	private void addSchool(int n) {
		String school = "round-trip-school-" + n;
		String dsl = school + "-dsl";
		String deputy = school + "-deputy";
		this.mongo.save(new School(school, TRUST, "Round Trip School %03d (fictional)".formatted(n), null,
				SchoolPhase.PRIMARY, null, null, null, null, null));
		for (String person : List.of(dsl, deputy)) {
			this.mongo.save(new Person(person, TRUST, List.of(school), "Person " + person + " (fictional)", null, null,
					StaffType.LEADERSHIP, StaffStatus.ACTIVE, LocalDate.of(2020, 9, 1), null, true));
		}
		var since = DocumentDate.parse("2024-09");
		this.mongo.save(new Appointment(dsl + "-a", TRUST, school, AppointmentRole.DSL, dsl, "DHT", null, since, null, null));
		this.mongo.save(new Appointment(deputy + "-a", TRUST, school, AppointmentRole.DEPUTY_DSL, deputy, null, null,
				since, null, null));
		this.mongo.save(new Channel(school + "-x", TRUST, school, ChannelPlatform.X, "X", "@rt" + n, null, List.of(dsl),
				List.of("News"), List.of(), List.of(), ChannelStatus.ACTIVE));
		var details = new VariantDetails("Social Media Policy", null, since, null, null, null, null, null, 12, null, null);
		var live = new VariantVersion(school + "-social-media-v1", TRUST, school, school + "-social-media",
				POLICY, 1, PublicationKind.MAJOR, "First", null, null, 1, details,
				List.of(VariantSection.inherited("1.1")), List.of(), 0, 1);
		this.mongo.save(new PolicyVariant(school + "-social-media", TRUST, school, POLICY, live,
				null, 0));
	}

}
