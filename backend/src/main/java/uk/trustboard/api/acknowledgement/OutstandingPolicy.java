package uk.trustboard.api.acknowledgement;

import java.time.LocalDate;

import uk.trustboard.api.policy.PolicyVariant;

/** A policy the signed-in person still has to acknowledge, and by when. */
record OutstandingPolicy(PolicyVariant variant, int versionNumber, LocalDate dueOn, boolean overdue) {
}
