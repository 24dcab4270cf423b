package uk.trustboard.api.seed;

import java.util.List;

import uk.trustboard.api.seed.SeedFiles.DemoStaffFile;
import uk.trustboard.api.seed.SeedFiles.SchoolFile;
import uk.trustboard.api.seed.SeedFiles.TrustFile;

/** Every seed file, parsed and checked, ready to be written. */
record SeedSet(List<Parsed<TrustFile>> trusts, List<Parsed<SchoolFile>> schools,
		List<Parsed<DemoStaffFile>> demoStaff, String checksum) {
}
