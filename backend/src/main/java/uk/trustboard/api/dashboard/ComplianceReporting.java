package uk.trustboard.api.dashboard;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

import uk.trustboard.api.acknowledgement.AcknowledgementCounter;
import uk.trustboard.api.acknowledgement.AcknowledgementPeople;
import uk.trustboard.api.acknowledgement.AcknowledgementPeople.RequiredCount;
import uk.trustboard.api.acknowledgement.CounterRepository;
import uk.trustboard.api.channel.Channel;
import uk.trustboard.api.channel.ChannelRepository;
import uk.trustboard.api.channel.ChannelStatus;
import uk.trustboard.api.graphql.NotFoundException;
import uk.trustboard.api.people.Appointment;
import uk.trustboard.api.people.AppointmentRepository;
import uk.trustboard.api.people.PersonRepository;
import uk.trustboard.api.policy.PolicyVariant;
import uk.trustboard.api.policy.PolicyVariantRepository;
import uk.trustboard.api.policy.TrustPolicy;
import uk.trustboard.api.policy.TrustPolicyRepository;
import uk.trustboard.api.policy.VariantVersion;
import uk.trustboard.api.policy.VariantVersionRepository;
import uk.trustboard.api.review.ReviewSchedule;
import uk.trustboard.api.review.ReviewScheduleRepository;
import uk.trustboard.api.review.ReviewStanding;
import uk.trustboard.api.school.School;
import uk.trustboard.api.school.SchoolRepository;
import uk.trustboard.api.security.Callers;
import uk.trustboard.api.security.TenantScope;
import uk.trustboard.api.trust.AcknowledgementRules;
import uk.trustboard.api.trust.Trust;
import uk.trustboard.api.trust.TrustRepository;

/**
 * The compliance dashboard. Whatever the number of schools, staff or acknowledgements, it takes
 * the same handful of queries: one per kind of document, each for every school at once (the
 * channels' managers and role holders among them, read by id), and acknowledgement counts from counters and one
 * aggregation over people, never the ledger.
 */
@Service
class ComplianceReporting {

	private static final ZoneId UK = ZoneId.of("Europe/London");

	/** Overdue, due soon, unscheduled, then OK; within a status the earliest due, so the most overdue comes first. */
	private static final Comparator<ReviewStanding> WORST_FIRST = Comparator
		.comparingInt(ComplianceReporting::severity)
		.thenComparing(ReviewStanding::dueOn, Comparator.nullsLast(Comparator.naturalOrder()));

	private final TrustRepository trusts;

	private final SchoolRepository schools;

	private final AppointmentRepository appointments;

	private final ChannelRepository channels;

	private final PolicyVariantRepository variants;

	private final VariantVersionRepository versions;

	private final TrustPolicyRepository policies;

	private final ReviewScheduleRepository schedules;

	private final CounterRepository counters;

	private final AcknowledgementPeople people;

	private final PersonRepository staff;

	ComplianceReporting(TrustRepository trusts, SchoolRepository schools, AppointmentRepository appointments,
			ChannelRepository channels, PolicyVariantRepository variants, VariantVersionRepository versions,
			TrustPolicyRepository policies, ReviewScheduleRepository schedules, CounterRepository counters,
			AcknowledgementPeople people, PersonRepository staff) {
		this.trusts = trusts;
		this.schools = schools;
		this.appointments = appointments;
		this.channels = channels;
		this.staff = staff;
		this.variants = variants;
		this.versions = versions;
		this.policies = policies;
		this.schedules = schedules;
		this.counters = counters;
		this.people = people;
	}

	@PreAuthorize("hasAuthority('READ_DASHBOARD')")
	ComplianceDashboard dashboard(String trustId, LocalDate asOf, DashboardFilter filter, DashboardSort sort) {
		TenantScope scope = Callers.scope();
		Trust trust = this.trusts.findById(trustId, scope).orElseThrow(() -> new NotFoundException("trust", trustId));
		List<SchoolCompliance> rows = rows(trust, this.schools.findByTrust(trustId, scope), asOf, scope)
			.stream()
			.filter(filter::lists)
			.sorted(order(sort))
			.toList();
		return new ComplianceDashboard(asOf, ComplianceDashboard.Totals.of(rows), rows);
	}

	@PreAuthorize("hasAuthority('READ_DASHBOARD')")
	SchoolCompliance school(String schoolId, LocalDate asOf) {
		TenantScope scope = Callers.scope();
		School school = this.schools.findById(schoolId, scope).orElseThrow(() -> new NotFoundException("school", schoolId));
		Trust trust = this.trusts.findById(school.trustId(), scope).orElseThrow();
		return rows(trust, List.of(school), asOf, scope).get(0);
	}

	private List<SchoolCompliance> rows(Trust trust, List<School> schools, LocalDate asOf, TenantScope scope) {
		List<String> ids = schools.stream().map(School::id).toList();
		AcknowledgementRules rules = trust.acknowledgementRules();
		List<Appointment> current = this.appointments.findBySchoolIds(ids, scope)
			.stream()
			.filter(Appointment::current)
			.toList();
		List<Channel> active = this.channels.findBySchoolIds(ids, scope)
			.stream()
			.filter(channel -> channel.status() == ChannelStatus.ACTIVE)
			.toList();
		Map<String, List<Channel>> channels = group(active, Channel::schoolId);
		List<String> namedIds = CurrentStaff.named(active, current);
		var people = new CurrentStaff(namedIds.isEmpty() ? List.of() : this.staff.findAllById(namedIds, scope));
		// a DSL or governor who has left names nobody: the school has no one in that role today
		Map<String, List<Appointment>> held = group(people.held(current), Appointment::schoolId);
		List<PolicyVariant> variants = this.variants.findOutlinesBySchoolIds(ids, scope);
		Map<String, Integer> currentBase = this.policies.findByTrustIds(List.of(trust.id()), scope)
			.stream()
			.collect(Collectors.toMap(TrustPolicy::id, TrustPolicy::currentNumber));
		Map<String, ReviewSchedule> schedules = this.schedules
			.findAllById(variants.stream().map(PolicyVariant::id).toList(), scope)
			.stream()
			.collect(Collectors.toMap(ReviewSchedule::id, Function.identity()));
		List<PolicyVariant> published = variants.stream().filter(variant -> variant.live() != null).toList();
		Map<String, Instant> lineStarts = lineStarts(published, scope);
		Map<String, AcknowledgementCounter> counters = this.counters
			.findAllById(published.stream().map(AcknowledgementCounter::currentOf).toList(), scope)
			.stream()
			.collect(Collectors.toMap(AcknowledgementCounter::variantId, Function.identity()));
		LocalDate dueCutoff = asOf.minusDays(rules.dueWithinDays());
		Map<String, RequiredCount> required = this.people.requiredBySchool(trust.id(), ids, rules, dueCutoff, scope);
		Map<String, List<PolicyVariant>> bySchool = group(variants, PolicyVariant::schoolId);

		List<SchoolCompliance> rows = new ArrayList<>();
		for (School school : schools) {
			var schoolVariants = bySchool.getOrDefault(school.id(), List.of());
			var live = schoolVariants.stream().filter(variant -> variant.live() != null).toList();
			RequiredCount need = required.getOrDefault(school.id(), new RequiredCount(0, 0));
			long acknowledged = 0;
			long overdue = 0;
			for (PolicyVariant variant : live) {
				AcknowledgementCounter counter = counters.get(variant.id());
				acknowledged += (counter != null) ? counter.acknowledged() : 0;
				Instant lineStart = lineStarts.get(variant.id());
				// due = max(line start, start date) + days: overdue only once the line itself is past due
				if (lineStart != null && lineStart.atZone(UK).toLocalDate().isBefore(dueCutoff)) {
					long acknowledgedEarly = (counter != null) ? counter.acknowledgedStartedBefore(dueCutoff) : 0;
					overdue += Math.max(0, need.startedEarly() - acknowledgedEarly);
				}
			}
			ReviewStanding worst = schoolVariants.stream()
				.map(variant -> schedules.get(variant.id()))
				.filter(schedule -> schedule != null)
				.map(schedule -> schedule.standing(asOf))
				.min(WORST_FIRST)
				.orElse(null);
			// each live policy is acknowledged separately; a school with none has nothing to acknowledge
			rows.add(Ratings.rate(school, held.getOrDefault(school.id(), List.of()),
					people.unmanaged(channels.getOrDefault(school.id(), List.of())), schoolVariants, currentBase, worst,
					need.required() * live.size(), acknowledged, overdue));
		}
		return rows;
	}

	/** When each published variant's acknowledgement line began (its latest MAJOR version's publication). */
	private Map<String, Instant> lineStarts(List<PolicyVariant> published, TenantScope scope) {
		Map<String, Instant> starts = new java.util.HashMap<>();
		List<String> older = new ArrayList<>();
		for (PolicyVariant variant : published) {
			VariantVersion live = variant.live();
			if (live.acknowledgementLine() == live.number()) {
				if (live.publishedAt() != null) {
					starts.put(variant.id(), live.publishedAt());
				}
			}
			else {
				older.add(VariantVersion.idOf(variant.id(), live.acknowledgementLine()));
			}
		}
		if (!older.isEmpty()) {
			this.versions.findAllById(older, scope)
				.stream()
				.filter(version -> version.publishedAt() != null)
				.forEach(version -> starts.put(version.variantId(), version.publishedAt()));
		}
		return starts;
	}

	private static int severity(ReviewStanding standing) {
		return switch (standing.status()) {
			case OVERDUE -> 0;
			case DUE_SOON -> 1;
			case UNSCHEDULED -> 2;
			case OK -> 3;
		};
	}

	private static Comparator<SchoolCompliance> order(DashboardSort sort) {
		Comparator<SchoolCompliance> byName = Comparator.comparing(row -> row.school().name());
		return switch ((sort != null) ? sort : DashboardSort.NAME) {
			case NAME -> byName;
			case RATING -> Comparator.comparing(SchoolCompliance::rating).thenComparing(byName);
			case COVERAGE -> Comparator.comparingDouble(SchoolCompliance::coveragePercent).thenComparing(byName);
			case OVERDUE -> Comparator.comparingLong(SchoolCompliance::reviewDaysOverdue).reversed().thenComparing(byName);
		};
	}

	private static <T> Map<String, List<T>> group(List<T> items, Function<T, String> key) {
		return items.stream().collect(Collectors.groupingBy(key));
	}

}
