package uk.trustboard.api.people;

public enum StaffStatus {
	ACTIVE, LEFT
}
