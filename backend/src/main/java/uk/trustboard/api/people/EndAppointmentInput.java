package uk.trustboard.api.people;

import java.time.LocalDate;

/** Which appointment ends and when; {@code until} defaults to today. */
record EndAppointmentInput(String appointmentId, LocalDate until) {
}
