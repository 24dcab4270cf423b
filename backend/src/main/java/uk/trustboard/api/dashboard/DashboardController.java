package uk.trustboard.api.dashboard;

import java.time.LocalDate;
import java.util.List;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

@Controller
class DashboardController {

	private final ComplianceReporting reporting;

	DashboardController(ComplianceReporting reporting) {
		this.reporting = reporting;
	}

	@QueryMapping
	ComplianceDashboard complianceDashboard(@Argument String trustId, @Argument LocalDate asOf,
			@Argument List<ComplianceRating> ratings, @Argument Double coverageBelow, @Argument Boolean reviewOverdue,
			@Argument DashboardSort sortBy) {
		return this.reporting.dashboard(trustId, asOf, new DashboardFilter(ratings, coverageBelow, reviewOverdue), sortBy);
	}

	@QueryMapping
	SchoolCompliance schoolCompliance(@Argument String schoolId, @Argument LocalDate asOf) {
		return this.reporting.school(schoolId, asOf);
	}

}
