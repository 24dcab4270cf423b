package uk.trustboard.api.people;

public enum StaffType {
	TEACHER, SUPPORT, LEADERSHIP, GOVERNOR, TRUSTEE, VOLUNTEER, CONTRACTOR
}
