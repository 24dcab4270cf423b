package uk.trustboard.api.seed;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;

import uk.trustboard.api.channel.ChannelPlatform;
import uk.trustboard.api.channel.ChannelStatus;
import uk.trustboard.api.people.AppointmentRole;
import uk.trustboard.api.people.StaffStatus;
import uk.trustboard.api.people.StaffType;
import uk.trustboard.api.policy.RuleAudience;
import uk.trustboard.api.policy.RuleModality;
import uk.trustboard.api.school.SchoolPhase;

/** The shapes of the files in seed-data/, as described in seed-data/README.md. */
final class SeedFiles {

	private SeedFiles() {
	}

	static final String ID = "[a-z0-9]+(-[a-z0-9]+)*";

	static final String DATE = "\\d{4}(-\\d{2}(-\\d{2})?)?";

	record TrustFile(@NotBlank @Pattern(regexp = ID) String id, @NotBlank String name,
			@NotNull List<@Valid PolicyEntry> policies) {
	}

	record PolicyEntry(@NotBlank @Pattern(regexp = ID) String id, @NotBlank String title,
			@Positive int reviewCycleMonths, String sourceDocument, @NotEmpty List<@Valid VersionEntry> versions) {
	}

	record VersionEntry(@Positive int number, @NotBlank String label, @NotBlank String title, String policyType,
			String author, String approvalLevel, @Pattern(regexp = DATE) String approvedOn,
			@NotEmpty List<@Valid SectionEntry> sections) {
	}

	/** {@code replaces}: in a school variant, the key of the base section this one stands for. */
	record SectionEntry(@NotBlank String key, String replaces, String number, @NotBlank String heading,
			@NotBlank String body, @NotNull List<@Valid RuleEntry> rules) {
	}

	record RuleEntry(@NotBlank String key, @NotBlank String text, @NotNull RuleAudience audience,
			@NotNull RuleModality modality) {
	}

	record SchoolFile(@NotBlank @Pattern(regexp = ID) String id, @NotBlank String trustId, @NotBlank String name,
			String urn, @NotNull SchoolPhase phase, String localAuthority, String website, String staffEmailDomain,
			String motto, String vision, @NotNull List<@Valid PersonEntry> people,
			@NotNull List<@Valid AppointmentEntry> appointments, @NotNull List<@Valid ChannelEntry> channels,
			@Valid VariantEntry variant) {
	}

	record PersonEntry(@NotBlank @Pattern(regexp = ID) String id, @NotBlank String name, String honorific,
			StaffType staffType) {
	}

	record AppointmentEntry(@NotNull AppointmentRole role, @NotBlank String personId, String title,
			String responsibility, @NotBlank @Pattern(regexp = DATE) String since, String source) {
	}

	record ChannelEntry(@NotBlank @Pattern(regexp = ID) String id, @NotNull ChannelPlatform platform,
			@NotBlank String name, String handle, String url, @NotNull List<@NotBlank String> managerPersonIds,
			@NotNull List<@NotBlank String> willPost, @NotNull List<@NotBlank String> willNotPost,
			@NotNull List<@NotBlank String> moderationRules, @NotNull ChannelStatus status) {
	}

	record VariantEntry(@NotBlank @Pattern(regexp = ID) String id, @NotBlank String policyId,
			@Positive int baseVersion, @NotNull List<@NotBlank String> removedBaseSections, @NotBlank String title, String sourceDocument, String writtenBy,
			@Pattern(regexp = DATE) String writtenOn, String reviewedBy, @Pattern(regexp = DATE) String reviewedOn,
			String ratifiedBy, @Pattern(regexp = DATE) String ratifiedOn,
			@Pattern(regexp = DATE) String nextReviewDue, @Positive Integer reviewCycleMonths,
			String reviewStatement, @NotEmpty List<@Valid SectionEntry> sections) {
	}

	/** Invented people sit beside the documents' real ones: the file must say so, and they are marked. */
	record DemoStaffFile(@NotBlank String trustId,
			@AssertTrue(message = "must be true: demo staff are invented, and are marked fictional") boolean fictional,
			String note,
			@NotNull List<@Valid DemoPersonEntry> people) {
	}

	record DemoPersonEntry(@NotBlank @Pattern(regexp = ID) String id, @NotNull List<@NotBlank String> schoolIds,
			@NotBlank String name, String email, @NotNull StaffType staffType, @NotNull StaffStatus status,
			@Pattern(regexp = "\\d{4}-\\d{2}-\\d{2}") String startDate, String externalId) {
	}

}
