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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import uk.trustboard.api.graphql.NotFoundException;
import uk.trustboard.api.graphql.Paging;
import uk.trustboard.api.school.School;
import uk.trustboard.api.school.SchoolRepository;
import uk.trustboard.api.security.Callers;
import uk.trustboard.api.trust.Trust;
import uk.trustboard.api.trust.TrustRepository;

/**
 * The review lists as files, for calendars and spreadsheets: read-only GETs under the same rules
 * as the GraphQL query, which {@link ReviewReporting} enforces (the READ_REVIEWS permission, the
 * caller's trust and schools). Refusals are answered by {@link ReviewFeedErrors}.
 */
@RestController
@RequestMapping("/reviews")
class ReviewFeedsController {

	static final MediaType TEXT_CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);

	static final MediaType TEXT_CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

	private final ReviewReporting reporting;

	private final SchoolRepository schools;

	private final TrustRepository trusts;

	private final Clock clock;

	ReviewFeedsController(ReviewReporting reporting, SchoolRepository schools, TrustRepository trusts, Clock clock) {
		this.reporting = reporting;
		this.schools = schools;
		this.trusts = trusts;
		this.clock = clock;
	}

	/** Every scheduled review of the trust the caller sees, or of one school. */
	@GetMapping("/calendar.ics")
	ResponseEntity<String> calendar(@RequestParam(required = false) String schoolId) {
		List<ReviewSchedule> scheduled = this.reporting.calendar(schoolId);
		Set<String> required = (schoolId != null) ? Set.of(schoolId) : Set.of();
		Map<String, String> schoolNames = schoolNames(union(required, scheduled), required);
		String trustName = (schoolId != null) ? null : trustName();
		ReviewCalendar calendar = new ReviewCalendar(
				"Trustboard reviews: " + ((schoolId != null) ? nameOf(schoolId, schoolNames) : trustName));
		Instant now = this.clock.instant();
		for (ReviewSchedule schedule : scheduled) {
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
		Map<String, String> schoolNames = schoolNames(union(requested, page.getContent()), requested);
		ReviewCsv csv = new ReviewCsv(asOf);
		page.forEach(schedule -> csv.add(schedule, schoolNames.get(schedule.schoolId())));
		while (page.hasNext() && !page.isEmpty()) {
			page = this.reporting.overdue(query, new Paging(page.positionAt(page.size() - 1), Paging.MAX_PAGE_SIZE));
			Set<String> unnamed = union(Set.of(), page.getContent());
			unnamed.removeAll(schoolNames.keySet());
			schoolNames.putAll(schoolNames(unnamed, Set.of()));
			page.forEach(schedule -> csv.add(schedule, schoolNames.get(schedule.schoolId())));
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
	private Map<String, String> schoolNames(Set<String> ids, Set<String> required) {
		Map<String, String> names = new HashMap<>();
		if (!ids.isEmpty()) {
			for (School school : this.schools.findAllById(ids, Callers.scope())) {
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

	private String trustName() {
		String trustId = Callers.current().trustId();
		return this.trusts.findById(trustId, Callers.scope()).map(Trust::name).orElse(trustId);
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
