package uk.trustboard.api.review;

import java.util.List;

import org.springframework.data.domain.Window;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

import uk.trustboard.api.graphql.NotFoundException;
import uk.trustboard.api.graphql.Paging;
import uk.trustboard.api.school.School;
import uk.trustboard.api.school.SchoolRepository;
import uk.trustboard.api.security.Callers;
import uk.trustboard.api.security.TenantScope;

/**
 * The review lists trust executives, heads and integrations pull: overdue (and due soon) reviews
 * in a stable order, and every scheduled review for calendars. The same rules for the GraphQL
 * query, the CSV export and the iCalendar feed.
 */
@Service
public class ReviewReporting {

	private final ReviewScheduleRepository schedules;

	private final OverduePages pages;

	private final SchoolRepository schools;

	ReviewReporting(ReviewScheduleRepository schedules, OverduePages pages, SchoolRepository schools) {
		this.schedules = schedules;
		this.pages = pages;
		this.schools = schools;
	}

	/** One page of overdue reviews, by due date then id (see {@link OverduePages}). */
	@PreAuthorize("hasAuthority('READ_REVIEWS')")
	public Window<ReviewSchedule> overdue(ReviewQuery query, Paging paging) {
		TenantScope scope = Callers.scope();
		if (!scope.includesTrust(query.trustId())) {
			throw new NotFoundException("trust", query.trustId());
		}
		if (query.schoolIds() != null && !query.schoolIds().isEmpty()) {
			requireVisible(query.schoolIds(), scope);
		}
		return this.pages.page(query, paging, scope);
	}

	/** Every scheduled review of one school (null: of the whole trust the caller sees), by due date. */
	@PreAuthorize("hasAuthority('READ_REVIEWS')")
	public List<ReviewSchedule> calendar(String schoolId) {
		TenantScope scope = Callers.scope();
		if (schoolId != null) {
			requireVisible(List.of(schoolId), scope);
		}
		return this.schedules.scheduled(schoolId, scope);
	}

	/** A school the caller cannot see (another school's, another trust's, or none at all) is not found. */
	private void requireVisible(List<String> schoolIds, TenantScope scope) {
		var visible = this.schools.findAllById(schoolIds, scope).stream().map(School::id).toList();
		schoolIds.stream().filter(id -> !visible.contains(id)).findFirst().ifPresent(id -> {
			throw new NotFoundException("school", id);
		});
	}

}
