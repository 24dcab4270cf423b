package uk.trustboard.api.review;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.data.domain.ScrollPosition;
import org.springframework.data.domain.Window;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import uk.trustboard.api.graphql.NotFoundException;
import uk.trustboard.api.graphql.Paging;
import uk.trustboard.api.school.School;
import uk.trustboard.api.school.SchoolRepository;
import uk.trustboard.api.security.Callers;
import uk.trustboard.api.security.TenantScope;
import uk.trustboard.api.trust.Trust;
import uk.trustboard.api.trust.TrustRepository;

/**
 * The review lists as files, for calendars and spreadsheets: read-only GETs under the same rules
 * as the GraphQL query, which {@link ReviewReporting} enforces (the READ_REVIEWS permission, the
 * caller's trust and schools), or, for calendar apps, through a subscription link whose secret
 * and stored scope stand in for the token ({@link CalendarLinks}). Refusals are answered by
 * {@link ReviewFeedErrors}.
 */
@RestController
@RequestMapping("/reviews")
class ReviewFeedsController {

	static final MediaType TEXT_CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);

	static final MediaType TEXT_CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

	private final ReviewReporting reporting;

	private final SchoolRepository schools;

	private final TrustRepository trusts;

	private final CalendarLinks links;

	private final ReviewOwners owners;

	private final Clock clock;

	ReviewFeedsController(ReviewReporting reporting, SchoolRepository schools, TrustRepository trusts,
			CalendarLinks links, ReviewOwners owners, Clock clock) {
		this.reporting = reporting;
		this.owners = owners;
		this.links = links;
		this.schools = schools;
		this.trusts = trusts;
		this.clock = clock;
	}

	/** Every scheduled review of the trust the caller sees, or of one school. */
	@GetMapping("/calendar.ics")
	ResponseEntity<String> calendar(@RequestParam(required = false) String schoolId) {
		List<ReviewSchedule> scheduled = this.reporting.calendar(schoolId);
		return calendar(scheduled, schoolId, Callers.current().trustId(), Callers.scope());
	}

	/**
	 * The calendar behind a subscription link, for calendar apps, which cannot send a token: the
	 * link's secret stands in for one, and its scope bounds what is read. A wrong, expired or
	 * revoked link is simply not found.
	 */
	@GetMapping("/calendar/{secret}.ics")
	ResponseEntity<String> subscribed(@PathVariable String secret) {
		var opened = this.links.open(secret).orElseThrow(() -> new NotFoundException("calendar link", "(this address)"));
		CalendarLink link = opened.link();
		return calendar(opened.scheduled(), link.schoolId(), link.trustId(), link.scope());
	}

	private ResponseEntity<String> calendar(List<ReviewSchedule> scheduled, String schoolId, String trustId,
			TenantScope scope) {
		Set<String> required = (schoolId != null) ? Set.of(schoolId) : Set.of();
		Map<String, String> schoolNames = schoolNames(union(required, scheduled), required, scope);
		String trustName = (schoolId != null) ? null : trustName(trustId, scope);
		ReviewCalendar calendar = new ReviewCalendar(
				"Trustboard reviews: " + ((schoolId != null) ? nameOf(schoolId, schoolNames) : trustName));
		Instant now = this.clock.instant();
		for (ReviewSchedule schedule : this.owners.withContacts(scheduled, scope)) {
			String where = (schedule.schoolId() != null) ? nameOf(schedule.schoolId(), schoolNames) : trustName;
			calendar.add(schedule, where, now);
		}
		return ResponseEntity.ok().contentType(TEXT_CALENDAR).body(calendar.end());
	}

	/**
	 * Every overdue (and, if asked, due soon) review of the caller's trust as of a date, page by
	 * page. The file is assembled in memory before anything is sent, so a failure on a later page
	 * answers an error rather than a truncated file that looks complete; it holds a trust's reviews,
	 * a few hundred rows.
	 */
	@GetMapping("/overdue.csv")
	ResponseEntity<String> overdue(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
			@RequestParam(name = "schoolId", required = false) List<String> schoolIds,
			@RequestParam(defaultValue = "false") boolean includeDueSoon) {
		Set<String> requested = (schoolIds != null) ? new LinkedHashSet<>(schoolIds) : Set.of();
		var query = new ReviewQuery(asOf, Callers.current().trustId(), List.copyOf(requested), includeDueSoon, null);
		Window<ReviewSchedule> page = this.reporting.overdue(query,
				new Paging(ScrollPosition.keyset(), Paging.MAX_PAGE_SIZE));
		Map<String, String> schoolNames = schoolNames(union(requested, page.getContent()), requested, Callers.scope());
		ReviewCsv csv = new ReviewCsv(asOf);
		this.owners.withContacts(page.getContent(), Callers.scope())
			.forEach(schedule -> csv.add(schedule, schoolNames.get(schedule.schoolId())));
		while (page.hasNext() && !page.isEmpty()) {
			page = this.reporting.overdue(query, new Paging(page.positionAt(page.size() - 1), Paging.MAX_PAGE_SIZE));
			Set<String> unnamed = union(Set.of(), page.getContent());
			unnamed.removeAll(schoolNames.keySet());
			schoolNames.putAll(schoolNames(unnamed, Set.of(), Callers.scope()));
			this.owners.withContacts(page.getContent(), Callers.scope())
				.forEach(schedule -> csv.add(schedule, schoolNames.get(schedule.schoolId())));
		}
		String filename = "overdue-reviews-" + asOf + ".csv";
		return ResponseEntity.ok()
			.contentType(TEXT_CSV)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build().toString())
			.body(csv.text());
	}

	/**
	 * The names of these schools in one query. Each of {@code required} (the schools the caller
	 * named) must be one it may see: another school's or trust's id, or an unknown one, answers
	 * NOT_FOUND as everywhere else. Called after {@link ReviewReporting}, so that a caller without
	 * the permission is refused for that first.
	 */
	private Map<String, String> schoolNames(Set<String> ids, Set<String> required, TenantScope scope) {
		Map<String, String> names = new HashMap<>();
		if (!ids.isEmpty()) {
			for (School school : this.schools.findAllById(ids, scope)) {
				names.put(school.id(), school.name());
			}
		}
		for (String id : required) {
			if (!names.containsKey(id)) {
				throw new NotFoundException("school", id);
			}
		}
		return names;
	}

	private String trustName(String trustId, TenantScope scope) {
		return this.trusts.findById(trustId, scope).map(Trust::name).orElse(trustId);
	}

	private static String nameOf(String schoolId, Map<String, String> names) {
		return Objects.requireNonNullElse(names.get(schoolId), schoolId);
	}

	private static Set<String> union(Set<String> ids, Collection<ReviewSchedule> schedules) {
		Set<String> all = schedules.stream()
			.map(ReviewSchedule::schoolId)
			.filter(Objects::nonNull)
			.collect(Collectors.toCollection(LinkedHashSet::new));
		all.addAll(ids);
		return all;
	}

}
