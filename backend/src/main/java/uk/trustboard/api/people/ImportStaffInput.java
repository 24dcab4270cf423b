package uk.trustboard.api.people;

import java.util.List;

/** The staff of one school to import, at most {@link StaffImport#MAX_ROWS} rows per call. */
record ImportStaffInput(String schoolId, List<StaffRowInput> rows) {
}
