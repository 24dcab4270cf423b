package uk.trustboard.api.people;

public enum AppointmentRole {

	HEADTEACHER, DSL, DEPUTY_DSL, LEAD_GOVERNOR;

	/** Whether a school has at most one current holder: every role but the deputies. */
	boolean singleHolder() {
		return this != DEPUTY_DSL;
	}

}
