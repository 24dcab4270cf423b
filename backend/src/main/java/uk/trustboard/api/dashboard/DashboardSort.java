package uk.trustboard.api.dashboard;

public enum DashboardSort {
	NAME, RATING, COVERAGE, OVERDUE
}
