package uk.trustboard.api;

import java.util.Arrays;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class Trustboard {

	public static void main(String[] args) {
		var context = SpringApplication.run(Trustboard.class, args);
		// the maintenance commands are one-offs: close the database cleanly and exit once they have run
		if (Arrays.asList(args).contains("--reload-seed") || Arrays.asList(args).contains("--repair-counters")) {
			System.exit(SpringApplication.exit(context));
		}
	}

}
