package uk.trustboard.api.security;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Every request but the health probes, and metrics on a separate management port, needs a bearer JWT. Bearer tokens travel in a header the
 * browser never adds by itself, and no session or cookie is created, so CSRF protection has
 * nothing to protect and is off. Cross-origin calls are allowed only from the origins in
 * {@link CorsSettings}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
@EnableMethodSecurity
class SecurityConfiguration {

	@Bean
	SecurityFilterChain api(HttpSecurity http, ObjectProvider<JwtDecoder> decoder, ClaimNames claims,
			Environment environment, CorsSettings cors, @Value("${spring.graphql.http.path}") String graphQlPath,
			@Value("${spring.graphql.graphiql.enabled:false}") boolean graphiql) throws Exception {
		if (decoder.getIfAvailable() == null) {
			throw new IllegalStateException("No token issuer is configured: set TRUSTBOARD_ISSUER_URI (or "
					+ "spring.security.oauth2.resourceserver.jwt.issuer-uri) to your OpenID Connect issuer, "
					+ "or use ./trustboard run for the local demo with its development issuer");
		}
		// the GraphiQL page itself (local profile only) holds no data; its queries still need a token
		// a calendar link's secret is its authorization (calendar apps cannot send tokens): see CalendarLinks
		String[] open = graphiql
				? new String[] { "/actuator/health", "/actuator/health/**", "/reviews/calendar/*", "/graphiql",
						"/graphiql/**" }
				: new String[] { "/actuator/health", "/actuator/health/**", "/reviews/calendar/*" };
		// CORS first: a browser's preflight carries no token, and is answered before authentication
		http.cors(configurer -> configurer.configurationSource(cors.source(graphQlPath)))
			.authorizeHttpRequests(requests -> requests.requestMatchers(open)
				.permitAll()
				.requestMatchers(new ManagementPort(environment))
				.permitAll()
				.anyRequest()
				.authenticated())
			.oauth2ResourceServer(server -> server.jwt(jwt -> jwt.jwtAuthenticationConverter(new CallerTokenConverter(claims))))
			.sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf(csrf -> csrf.disable());
		return http.build();
	}

}
