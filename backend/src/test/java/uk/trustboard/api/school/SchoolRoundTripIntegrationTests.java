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
import uk.trustboard.api.policy.PolicyVariant;
import uk.trustboard.api.support.IntegrationTest;
import uk.trustboard.api.trust.Trust;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The MongoDB round trips of {@code schools { people channels variants }} do not grow with the
 * number of schools: every nested field is one batched query per request.
 */
class SchoolRoundTripIntegrationTests extends IntegrationTest {

	private static final String TRUST = "round-trip-trust";

	@Autowired
	MongoTemplate mongo;

	@Test
	void queriesPerRequestAreTheSameForOneSchoolAndFifty() {
		this.mongo.save(new Trust(TRUST, "Round Trip Trust (fictional)"));
		addSchool(0);
		int forOne = readsForOverview(1);

		IntStream.range(1, 50).forEach(this::addSchool);
		int forFifty = readsForOverview(50);

		// schools, appointments, their people, channels, their managers, variants, base versions, base policies
		assertThat(forOne).isEqualTo(8);
		assertThat(forFifty).isEqualTo(forOne);
	}

	private int readsForOverview(int expectedSchools) {
		this.mongoCommands.reset();
		as("trust-executive").documentName("schoolsOverview")
			.variable("trustId", TRUST)
			.execute()
			.path("schools.edges[*].node.variants[0].baseVersion.label")
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
		this.mongo.save(new PolicyVariant(school + "-social-media", TRUST, school, "asset-education-social-media", 1,
				"Social Media Policy", null, since, null, null, null, null, null, 12, null, null, List.of()));
	}

}
