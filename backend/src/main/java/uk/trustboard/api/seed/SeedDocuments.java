package uk.trustboard.api.seed;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import uk.trustboard.api.channel.Channel;
import uk.trustboard.api.common.DocumentDate;
import uk.trustboard.api.people.Appointment;
import uk.trustboard.api.people.Person;
import uk.trustboard.api.people.StaffStatus;
import uk.trustboard.api.policy.PolicyRule;
import uk.trustboard.api.policy.PolicySection;
import uk.trustboard.api.policy.PolicyVariant;
import uk.trustboard.api.policy.PublicationKind;
import uk.trustboard.api.policy.VariantDetails;
import uk.trustboard.api.policy.VariantSection;
import uk.trustboard.api.policy.VariantVersion;
import uk.trustboard.api.review.ReviewSchedules;
import uk.trustboard.api.policy.TrustPolicy;
import uk.trustboard.api.policy.TrustPolicyVersion;
import uk.trustboard.api.school.School;
import uk.trustboard.api.seed.SeedFiles.SchoolFile;
import uk.trustboard.api.seed.SeedFiles.SectionEntry;
import uk.trustboard.api.seed.SeedFiles.TrustFile;
import uk.trustboard.api.trust.Trust;

/**
 * The MongoDB documents a seed set becomes, in the order they are written: what others point at
 * first, and a policy's pointer to its current version only after that version exists. Ids come
 * from the files, so writing the same set twice gives the same documents.
 */
record SeedDocuments(List<Object> ordered) {

	private static final String SEEDED = "loaded from seed-data";

	static SeedDocuments of(SeedSet seed) {
		List<Object> documents = new ArrayList<>();
		for (var parsed : seed.trusts()) {
			addTrust(parsed.content(), documents);
		}
		for (var parsed : seed.schools()) {
			addSchool(parsed.content(), documents);
		}
		for (var parsed : seed.demoStaff()) {
			var file = parsed.content();
			file.people()
				.forEach(person -> documents.add(new Person(person.id(), file.trustId(), person.schoolIds(),
						person.name(), null, person.email(), person.staffType(), person.status(),
						(person.startDate() != null) ? LocalDate.parse(person.startDate()) : null,
						person.externalId(), file.fictional())));
		}
		return new SeedDocuments(List.copyOf(documents));
	}

	private static void addTrust(TrustFile trust, List<Object> documents) {
		documents.add(new Trust(trust.id(), trust.name()));
		for (var policy : trust.policies()) {
			int newest = 0;
			for (var version : policy.versions()) {
				newest = Math.max(newest, version.number());
				DocumentDate approved = date(version.approvedOn());
				documents.add(new TrustPolicyVersion(TrustPolicyVersion.idOf(policy.id(), version.number()),
						trust.id(), policy.id(), version.number(), version.label(), version.title(),
						version.policyType(), version.author(), version.approvalLevel(), approved,
						sections(version.sections()), PublicationKind.MAJOR, "As approved (" + SEEDED + ")",
						version.author(), instant(approved), 0));
			}
			var policyDocument = new TrustPolicy(policy.id(), trust.id(), policy.title(), policy.reviewCycleMonths(),
					newest, policy.sourceDocument(), null, 0);
			documents.add(policyDocument);
			int current = newest;
			documents.stream()
				.filter(document -> document instanceof TrustPolicyVersion version && version.policyId().equals(policy.id())
						&& version.number() == current)
				.findFirst()
				.ifPresent(version -> documents
					.add(ReviewSchedules.forTrustPolicy(policyDocument, (TrustPolicyVersion) version, null)));
		}
	}

	private static void addSchool(SchoolFile school, List<Object> documents) {
		documents.add(new School(school.id(), school.trustId(), school.name(), school.urn(), school.phase(),
				school.localAuthority(), school.website(), school.staffEmailDomain(), school.motto(), school.vision()));
		school.people()
			.forEach(person -> documents.add(new Person(person.id(), school.trustId(), List.of(school.id()),
					person.name(), person.honorific(), null, person.staffType(), StaffStatus.ACTIVE, null, null,
					false)));
		school.appointments()
			.forEach(appointment -> documents.add(new Appointment(
					school.id() + "-" + appointment.role().name().toLowerCase().replace('_', '-') + "-"
							+ appointment.personId(),
					school.trustId(), school.id(), appointment.role(), appointment.personId(), appointment.title(),
					appointment.responsibility(), date(appointment.since()), null, appointment.source(),
					Appointment.slotOf(school.id(), appointment.role(), appointment.personId()))));
		school.channels()
			.forEach(channel -> documents.add(new Channel(channel.id(), school.trustId(), school.id(),
					channel.platform(), channel.name(), channel.handle(), channel.url(), channel.managerPersonIds(),
					channel.willPost(), channel.willNotPost(), channel.moderationRules(), channel.status())));
		var variant = school.variant();
		if (variant != null) {
			var details = new VariantDetails(variant.title(), variant.writtenBy(), date(variant.writtenOn()),
					variant.reviewedBy(), date(variant.reviewedOn()), variant.ratifiedBy(), date(variant.ratifiedOn()),
					date(variant.nextReviewDue()), variant.reviewCycleMonths(), variant.reviewStatement(),
					variant.sourceDocument());
			List<VariantSection> sections = variant.sections()
				.stream()
				.map(entry -> (entry.replaces() != null) ? VariantSection.replacing(entry.replaces(), section(entry))
						: VariantSection.added(section(entry)))
				.toList();
			DocumentDate published = firstPresent(details.ratifiedOn(), details.reviewedOn(), details.writtenOn());
			var live = new VariantVersion(VariantVersion.idOf(variant.id(), 1), school.trustId(), school.id(),
					variant.id(), variant.policyId(), 1, PublicationKind.MAJOR, "The school's document (" + SEEDED + ")",
					firstNonNull(variant.ratifiedBy(), variant.reviewedBy(), variant.writtenBy()), instant(published),
					variant.baseVersion(), details, sections, variant.removedBaseSections(), 0, 1);
			documents.add(live);
			var variantDocument = new PolicyVariant(variant.id(), school.trustId(), school.id(), variant.policyId(), live,
					null, 0);
			documents.add(variantDocument);
			documents.add(ReviewSchedules.forVariant(variantDocument, live, null));
		}
	}

	private static PolicySection section(SectionEntry section) {
		return new PolicySection(section.key(), section.number(), section.heading(), section.body(),
				section.rules()
					.stream()
					.map(rule -> new PolicyRule(rule.key(), rule.text(), rule.audience(), rule.modality()))
					.toList());
	}

	private static Instant instant(DocumentDate date) {
		return (date != null) ? date.date().atStartOfDay(ZoneOffset.UTC).toInstant() : null;
	}

	private static DocumentDate firstPresent(DocumentDate... dates) {
		return Arrays.stream(dates).filter(Objects::nonNull).findFirst().orElse(null);
	}

	private static String firstNonNull(String... texts) {
		return Arrays.stream(texts).filter(Objects::nonNull).findFirst().orElse(null);
	}

	private static List<PolicySection> sections(List<SectionEntry> sections) {
		return sections.stream().map(SeedDocuments::section).toList();
	}

	private static DocumentDate date(String text) {
		return (text != null) ? DocumentDate.parse(text) : null;
	}

}
