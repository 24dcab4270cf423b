package uk.trustboard.api.people;

public enum AppointmentRole {
	HEADTEACHER, DSL, DEPUTY_DSL, LEAD_GOVERNOR
}
