package uk.trustboard.api.seed;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import uk.trustboard.api.people.AppointmentRole;
import uk.trustboard.api.seed.SeedFiles.DemoStaffFile;
import uk.trustboard.api.seed.SeedFiles.PolicyEntry;
import uk.trustboard.api.seed.SeedFiles.SchoolFile;
import uk.trustboard.api.seed.SeedFiles.SectionEntry;
import uk.trustboard.api.seed.SeedFiles.TrustFile;
import uk.trustboard.api.seed.SeedFiles.VariantEntry;
import uk.trustboard.api.seed.SeedFiles.VersionEntry;

/** The checks that span fields and files: unique ids, and every reference pointing at something. */
class SeedReferences {

	private static final Set<AppointmentRole> SINGLE_HOLDER = EnumSet.of(AppointmentRole.HEADTEACHER,
			AppointmentRole.DSL, AppointmentRole.LEAD_GOVERNOR);

	private final List<Parsed<TrustFile>> trusts;

	private final List<Parsed<SchoolFile>> schools;

	private final List<Parsed<DemoStaffFile>> demo;

	private final List<SeedProblem> problems = new ArrayList<>();

	private final Map<String, String> idOwners = new HashMap<>();

	SeedReferences(List<Parsed<TrustFile>> trusts, List<Parsed<SchoolFile>> schools, List<Parsed<DemoStaffFile>> demo) {
		this.trusts = trusts;
		this.schools = schools;
		this.demo = demo;
	}

	List<SeedProblem> check() {
		Map<String, TrustFile> trustById = new HashMap<>();
		for (Parsed<TrustFile> parsed : this.trusts) {
			TrustFile trust = parsed.content();
			String file = parsed.file();
			unique(file, "id", trust.id());
			trustById.put(trust.id(), trust);
			for (int p = 0; p < trust.policies().size(); p++) {
				checkPolicy(file, "policies[" + p + "]", trust.policies().get(p));
			}
		}
		Set<String> schoolIds = new HashSet<>();
		for (Parsed<SchoolFile> parsed : this.schools) {
			schoolIds.add(parsed.content().id());
			checkSchool(parsed.file(), parsed.content(), trustById.get(parsed.content().trustId()));
		}
		for (Parsed<DemoStaffFile> parsed : this.demo) {
			DemoStaffFile file = parsed.content();
			String name = parsed.file();
			if (!trustById.containsKey(file.trustId())) {
				problem(name, "trustId", "no trust with id '" + file.trustId() + "'");
			}
			for (int i = 0; i < file.people().size(); i++) {
				var person = file.people().get(i);
				unique(name, "people[" + i + "].id", person.id());
				for (String schoolId : person.schoolIds()) {
					if (!schoolIds.contains(schoolId)) {
						problem(name, "people[" + i + "].schoolIds", "no school with id '" + schoolId + "'");
					}
				}
			}
		}
		return this.problems;
	}

	private void checkPolicy(String file, String at, PolicyEntry policy) {
		unique(file, at + ".id", policy.id());
		Set<Integer> numbers = new HashSet<>();
		for (int v = 0; v < policy.versions().size(); v++) {
			VersionEntry version = policy.versions().get(v);
			if (!numbers.add(version.number())) {
				problem(file, at + ".versions[" + v + "].number", "version " + version.number() + " appears twice");
			}
			checkSections(file, at + ".versions[" + v + "]", version.sections());
		}
	}

	private void checkSchool(String file, SchoolFile school, TrustFile trust) {
		unique(file, "id", school.id());
		if (trust == null) {
			problem(file, "trustId", "no trust with id '" + school.trustId() + "'");
		}
		Set<String> people = new HashSet<>();
		for (int i = 0; i < school.people().size(); i++) {
			unique(file, "people[" + i + "].id", school.people().get(i).id());
			people.add(school.people().get(i).id());
		}
		Map<AppointmentRole, Integer> holders = new HashMap<>();
		for (int i = 0; i < school.appointments().size(); i++) {
			var appointment = school.appointments().get(i);
			known(file, "appointments[" + i + "].personId", appointment.personId(), people);
			if (SINGLE_HOLDER.contains(appointment.role()) && holders.merge(appointment.role(), 1, Integer::sum) > 1) {
				problem(file, "appointments[" + i + "].role", "a school has one current " + appointment.role());
			}
		}
		for (int i = 0; i < school.channels().size(); i++) {
			var channel = school.channels().get(i);
			unique(file, "channels[" + i + "].id", channel.id());
			for (String managerId : channel.managerPersonIds()) {
				known(file, "channels[" + i + "].managerPersonIds", managerId, people);
			}
		}
		var variant = school.variant();
		if (variant != null) {
			unique(file, "variant.id", variant.id());
			checkSections(file, "variant", variant.sections());
			PolicyEntry base = (trust != null) ? trust.policies()
				.stream()
				.filter(policy -> policy.id().equals(variant.policyId()))
				.findFirst()
				.orElse(null) : null;
			if (base == null) {
				problem(file, "variant.policyId", "no policy '" + variant.policyId() + "' in the school's trust");
			}
			else {
				base.versions()
					.stream()
					.filter(version -> version.number() == variant.baseVersion())
					.findFirst()
					.ifPresentOrElse(version -> checkOverrides(file, variant, version), () -> problem(file,
							"variant.baseVersion", "policy '" + base.id() + "' has no version " + variant.baseVersion()));
			}
		}
	}

	/** Every base section is either replaced by exactly one school section or listed as removed. */
	private void checkOverrides(String file, VariantEntry variant, VersionEntry base) {
		Map<String, Integer> uses = new HashMap<>();
		base.sections().forEach(section -> uses.put(section.key(), 0));
		for (int s = 0; s < variant.sections().size(); s++) {
			String replaces = variant.sections().get(s).replaces();
			if (replaces != null) {
				count(file, "variant.sections[" + s + "].replaces", replaces, uses);
			}
		}
		for (int r = 0; r < variant.removedBaseSections().size(); r++) {
			count(file, "variant.removedBaseSections[" + r + "]", variant.removedBaseSections().get(r), uses);
		}
		uses.forEach((key, count) -> {
			if (count == 0) {
				problem(file, "variant", "base section '" + key + "' is neither replaced nor removed");
			}
		});
	}

	private void count(String file, String at, String key, Map<String, Integer> uses) {
		Integer count = uses.computeIfPresent(key, (ignored, n) -> n + 1);
		if (count == null) {
			problem(file, at, "the base version has no section '" + key + "'");
		}
		else if (count > 1) {
			problem(file, at, "base section '" + key + "' is accounted for more than once");
		}
	}

	private void checkSections(String file, String at, List<SectionEntry> sections) {
		Set<String> keys = new HashSet<>();
		for (int s = 0; s < sections.size(); s++) {
			SectionEntry section = sections.get(s);
			if (!keys.add(section.key())) {
				problem(file, at + ".sections[" + s + "].key", "section key '" + section.key() + "' appears twice");
			}
			for (int r = 0; r < section.rules().size(); r++) {
				if (!keys.add("rule:" + section.rules().get(r).key())) {
					problem(file, at + ".sections[" + s + "].rules[" + r + "].key",
							"rule key '" + section.rules().get(r).key() + "' appears twice");
				}
			}
		}
	}

	private void known(String file, String at, String id, Set<String> people) {
		if (!people.contains(id)) {
			problem(file, at, "no person with id '" + id + "' among the school's people");
		}
	}

	private void unique(String file, String at, String id) {
		String owner = this.idOwners.putIfAbsent(id, file);
		if (owner != null) {
			problem(file, at, "id '" + id + "' is already used in " + owner);
		}
	}

	private void problem(String file, String at, String reason) {
		this.problems.add(new SeedProblem(file, at, reason));
	}

}
