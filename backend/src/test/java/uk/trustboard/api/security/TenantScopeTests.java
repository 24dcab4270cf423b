package uk.trustboard.api.security;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The in-memory scope checks that repositories apply to documents read by id alone. */
class TenantScopeTests {

	private final TenantScope head = TenantScope.schools("asset", List.of("lunsford"));

	private final TenantScope executive = TenantScope.trust("asset");

	@Test
	void aHeadSeesPeopleOfTheirSchoolEvenWhenTheyBelongToOthersToo() {
		assertThat(this.head.includesAnySchool("asset", List.of("cop-lane", "lunsford"))).isTrue();
		assertThat(this.head.includesAnySchool("asset", List.of("cop-lane"))).isFalse();
		assertThat(this.head.includesAnySchool("asset", List.of())).isFalse();
		assertThat(this.head.includesAnySchool("asset", null)).isFalse();
	}

	@Test
	void nothingCrossesTrustsWhateverTheSchoolIds() {
		assertThat(this.head.includesAnySchool("other-trust", List.of("lunsford"))).isFalse();
		assertThat(this.executive.includesAnySchool("other-trust", List.of("lunsford"))).isFalse();
		assertThat(this.executive.includesSchool("other-trust", "lunsford")).isFalse();
	}

	@Test
	void anExecutiveSeesEverySchoolOfTheTrust() {
		assertThat(this.executive.includesAnySchool("asset", List.of("cop-lane"))).isTrue();
		assertThat(this.executive.includesAnySchool("asset", List.of())).isTrue();
		assertThat(this.executive.includesSchool("asset", "anything")).isTrue();
	}

}
