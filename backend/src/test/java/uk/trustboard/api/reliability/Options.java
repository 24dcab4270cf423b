package uk.trustboard.api.reliability;

import java.util.LinkedHashMap;
import java.util.Map;

/** key=value arguments of the load test and the fuzzer, over their defaults; an unknown key is an error. */
final class Options {

	private Options() {
	}

	static Map<String, String> parse(String[] args, Map<String, String> defaults) {
		Map<String, String> options = new LinkedHashMap<>(defaults);
		for (String arg : args) {
			String[] pair = arg.split("=", 2);
			if (pair.length != 2 || !defaults.containsKey(pair[0])) {
				throw new IllegalArgumentException("Expected one of " + defaults.keySet() + " as key=value, got '" + arg + "'");
			}
			options.put(pair[0], pair[1]);
		}
		return options;
	}

}
