package uk.trustboard.api.config;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Time is an input: everything that asks "now" or "today" takes this clock. Setting
 * {@code trustboard.clock.start} starts it at that instant (it then runs on in real time), so that
 * tests and demos get the same "today" whatever the calendar says.
 */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

	private static final Logger log = LoggerFactory.getLogger(ClockConfiguration.class);

	@Bean
	Clock clock(@Value("${trustboard.clock.start:}") String start) {
		if (start.isBlank()) {
			return Clock.systemUTC();
		}
		Instant startAt = Instant.parse(start);
		log.warn("The clock starts at {}, not the real time (trustboard.clock.start)", startAt);
		return Clock.offset(Clock.systemUTC(), Duration.between(Instant.now(), startAt));
	}

}
