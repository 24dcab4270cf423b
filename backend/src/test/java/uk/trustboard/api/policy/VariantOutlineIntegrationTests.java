package uk.trustboard.api.policy;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import uk.trustboard.api.security.TenantScope;
import uk.trustboard.api.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/** The dashboard's outline of a variant leaves out the text and keeps everything the ratings use. */
class VariantOutlineIntegrationTests extends IntegrationTest {

	private static final List<String> SEED_SCHOOLS = List.of("cop-lane-ce-primary", "lunsford-primary",
			"monkhouse-primary", "our-lady-and-st-rose-of-lima-primary");

	@Autowired
	PolicyVariantRepository variants;

	@Test
	void outlinesKeepTheDriftAndDropTheText() {
		TenantScope trust = TenantScope.trust("asset-education");
		List<PolicyVariant> full = this.variants.findBySchoolIds(SEED_SCHOOLS, trust)
			.stream()
			.filter(variant -> variant.live() != null)
			.toList();
		List<PolicyVariant> outlines = this.variants.findOutlinesBySchoolIds(SEED_SCHOOLS, trust);
		assertThat(full).isNotEmpty();
		for (PolicyVariant variant : full) {
			PolicyVariant outline = outlines.stream().filter(o -> o.id().equals(variant.id())).findFirst().orElseThrow();
			assertThat(outline.liveNumber()).isEqualTo(variant.liveNumber());
			assertThat(outline.policyId()).isEqualTo(variant.policyId());
			if (variant.live() != null) {
				VariantVersion live = outline.live();
				assertThat(live.driftedSectionCount()).isEqualTo(variant.live().driftedSectionCount());
				assertThat(live.baseVersion()).isEqualTo(variant.live().baseVersion());
				assertThat(live.acknowledgementLine()).isEqualTo(variant.live().acknowledgementLine());
				assertThat(live.publishedAt()).isEqualTo(variant.live().publishedAt());
				assertThat(live.details()).isNull();
				assertThat(live.sections()).extracting(VariantSection::body).containsOnlyNulls();
				assertThat(live.sections()).extracting(VariantSection::disposition)
					.containsExactlyElementsOf(variant.live().sections().stream().map(VariantSection::disposition).toList());
			}
		}
		assertThat(full).as("the full read has text to leave out")
			.anySatisfy(variant -> assertThat(variant.live().sections()).extracting(VariantSection::body)
				.isNotEmpty()
				.anyMatch(body -> body != null));
	}

}
