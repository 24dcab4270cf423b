package uk.trustboard.api.acknowledgement;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/** {@code ./trustboard repair-counters}: recount every acknowledgement counter from the ledger and report. */
@Component
class RepairCountersCommand implements ApplicationRunner {

	static final String OPTION = "repair-counters";

	private final AcknowledgementCounters counters;

	RepairCountersCommand(AcknowledgementCounters counters) {
		this.counters = counters;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!args.containsOption(OPTION)) {
			return;
		}
		var differences = this.counters.repair();
		System.out.println("Acknowledgement counters recounted from the ledger: " + differences.size()
				+ " differed and were corrected.");
		differences.forEach(difference -> System.out.println("  " + difference.counterId() + ": was "
				+ difference.counted() + ", now " + difference.recounted()));
	}

}
