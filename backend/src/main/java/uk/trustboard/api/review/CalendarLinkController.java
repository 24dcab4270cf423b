package uk.trustboard.api.review;

import java.util.List;
import java.util.Map;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

import uk.trustboard.api.graphql.Batches;
import uk.trustboard.api.graphql.MutationPayload;
import uk.trustboard.api.graphql.UserError;
import uk.trustboard.api.graphql.UserErrorCode;
import uk.trustboard.api.school.School;
import uk.trustboard.api.school.SchoolRepository;
import uk.trustboard.api.security.Callers;

/** The ReviewCalendarLink type: making, listing and revoking calendar subscription links. */
@Controller
class CalendarLinkController {

	private final CalendarLinks links;

	private final SchoolRepository schools;

	CalendarLinkController(CalendarLinks links, SchoolRepository schools) {
		this.links = links;
		this.schools = schools;
	}

	@QueryMapping
	List<CalendarLink> myReviewCalendarLinks() {
		return this.links.mine();
	}

	@MutationMapping
	Payload createReviewCalendarLink(@Argument CreateInput input) {
		var made = this.links.make(input.schoolId());
		return new Payload(made.link(), made.path(), List.of());
	}

	@MutationMapping
	Payload revokeReviewCalendarLink(@Argument RevokeInput input) {
		return this.links.revoke(input.id())
			.map(link -> new Payload(link, null, List.of()))
			.orElseGet(() -> new Payload(null, null, List.of(new UserError(List.of("input", "id"),
					UserErrorCode.UNKNOWN_CALENDAR_LINK, "you have no calendar link with this id"))));
	}

	@SchemaMapping(typeName = "ReviewCalendarLink")
	boolean revoked(CalendarLink link) {
		return link.revokedAt() != null;
	}

	@BatchMapping(typeName = "ReviewCalendarLink")
	Map<CalendarLink, School> school(List<CalendarLink> links) {
		var withSchool = links.stream().filter(link -> link.schoolId() != null).toList();
		var found = this.schools.findAllById(Batches.keys(withSchool, CalendarLink::schoolId), Callers.scope());
		return Batches.referenced(withSchool, CalendarLink::schoolId, found, School::id);
	}

	record CreateInput(String schoolId) {
	}

	record RevokeInput(String id) {
	}

	/** @param path the address to subscribe to, only when the link was just made */
	record Payload(CalendarLink link, String path, List<UserError> userErrors) implements MutationPayload {
	}

}
