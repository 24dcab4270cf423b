package uk.trustboard.api.school;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.test.autoconfigure.GraphQlTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.ScrollPosition;
import org.springframework.data.domain.Window;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import uk.trustboard.api.channel.ChannelRepository;
import uk.trustboard.api.graphql.GraphQlConfiguration;
import uk.trustboard.api.graphql.NotFoundException;
import uk.trustboard.api.graphql.Paging;
import uk.trustboard.api.people.AppointmentRepository;
import uk.trustboard.api.policy.PolicyVariantRepository;
import uk.trustboard.api.security.TenantScope;
import uk.trustboard.api.security.TestCallers;
import uk.trustboard.api.trust.TrustRepository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static uk.trustboard.api.support.TestData.copLane;
import static uk.trustboard.api.support.TestData.dslOf;
import static uk.trustboard.api.support.TestData.lunsford;

@GraphQlTest(SchoolController.class)
@Import(GraphQlConfiguration.class)
class SchoolControllerTests {

	@Autowired
	GraphQlTester graphQl;

	@MockitoBean
	SchoolDirectory schools;

	@MockitoBean
	TrustRepository trusts;

	@MockitoBean
	AppointmentRepository appointments;

	@MockitoBean
	ChannelRepository channels;

	@MockitoBean
	PolicyVariantRepository variants;

	@BeforeEach
	void signIn() {
		TestCallers.signIn(TestCallers.executiveOf("asset-education"));
	}

	@AfterEach
	void signOut() {
		TestCallers.signOut();
	}

	@Test
	void peopleOfEverySchoolOnAPageComeFromOneQuery() {
		given(this.schools.schools(eq("asset-education"), any(Paging.class))).willReturn(Window
			.from(List.of(copLane(), lunsford()), index -> ScrollPosition.forward(Map.of("id", "s" + index)), false));
		given(this.appointments.findBySchoolIds(any(), any())).willReturn(List.of(dslOf(lunsford(), "lunsford-elizabeth-lomax", "DHT")));

		var response = this.graphQl
			.document("{ schools(trustId: \"asset-education\", first: 10) { edges { node { name people { dsl { title } } } } } }")
			.execute();

		response.path("schools.edges[*].node.name")
			.entityList(String.class)
			.containsExactly("Cop Lane C.E. Primary School", "Lunsford Primary School");
		response.path("schools.edges[0].node.people.dsl").valueIsNull();
		response.path("schools.edges[1].node.people.dsl.title").entity(String.class).isEqualTo("DHT");
		verify(this.appointments, times(1)).findBySchoolIds(List.of("cop-lane-ce-primary", "lunsford-primary"),
				TenantScope.trust("asset-education"));
	}

	@Test
	void anUnknownSchoolIsNotFound() {
		given(this.schools.school("nowhere")).willThrow(new NotFoundException("school", "nowhere"));
		var response = this.graphQl.document("{ school(id: \"nowhere\") { name } }").execute();
		response.errors()
			.satisfy(errors -> assertThat(errors).singleElement()
				.satisfies(error -> assertThat(error.getErrorType()).hasToString("NOT_FOUND")));
		response.path("school").valueIsNull();
	}

	@Test
	void aPageWithoutACapIsRefusedBeforeTheDatabaseIsAsked() {
		this.graphQl.document("{ schools(trustId: \"asset-education\", first: 0) { edges { node { name } } } }")
			.execute()
			.errors()
			.satisfy(errors -> assertThat(errors).singleElement()
				.satisfies(error -> assertThat(error.getMessage()).contains("'first' must be between 1 and 100")));
		verifyNoInteractions(this.schools);
	}

}
