package uk.trustboard.devissuer;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.http.converter.autoconfigure.HttpMessageConvertersAutoConfiguration;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration;
import org.springframework.boot.tomcat.autoconfigure.servlet.TomcatServletWebServerAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.DispatcherServletAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.config.annotation.web.configuration.OAuth2AuthorizationServerConfiguration;
import org.springframework.security.web.SecurityFilterChain;

/** The development issuer's own small context: a web server, security and the authorization server. */
@SpringBootConfiguration(proxyBeanMethods = false)
@ImportAutoConfiguration({ TomcatServletWebServerAutoConfiguration.class, DispatcherServletAutoConfiguration.class,
		WebMvcAutoConfiguration.class, HttpMessageConvertersAutoConfiguration.class, JacksonAutoConfiguration.class,
		ServletWebSecurityAutoConfiguration.class, SecurityFilterAutoConfiguration.class })
class DevIssuerApplication {

	@Bean
	SecurityFilterChain authorizationServer(HttpSecurity http) throws Exception {
		http.oauth2AuthorizationServer(server -> server.oidc(Customizer.withDefaults()))
			.authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
			.csrf(csrf -> csrf.disable());
		return http.build();
	}

	@Bean
	RegisteredClientRepository registeredClients(Environment environment) {
		List<RegisteredClient> clients = DemoClient.ALL.stream()
			.map(client -> RegisteredClient.withId(client.clientId())
				.clientId(client.clientId())
				.clientSecret("{noop}" + environment.getRequiredProperty("trustboard.dev-issuer.secrets." + client.clientId()))
				.clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
				.clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
				.authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
				.scopes(scopes -> scopes.addAll(client.scopes()))
				.tokenSettings(TokenSettings.builder().accessTokenTimeToLive(Duration.ofHours(1)).build())
				.build())
			.toList();
		return new InMemoryRegisteredClientRepository(clients);
	}

	/** Each demo client's token carries the claims a real identity provider's would. */
	@Bean
	OAuth2TokenCustomizer<JwtEncodingContext> demoClaims() {
		Map<String, DemoClient> byId = DemoClient.ALL.stream()
			.collect(Collectors.toMap(DemoClient::clientId, Function.identity()));
		return context -> {
			DemoClient client = byId.get(context.getRegisteredClient().getClientId());
			context.getClaims().audience(List.of(DevIssuer.AUDIENCE));
			context.getClaims().claim("client_id", client.clientId());
			context.getClaims().claim("roles", client.roles());
			context.getClaims().claim("trust_id", client.trustId());
			context.getClaims().claim("school_ids", client.schoolIds());
			if (client.personId() != null) {
				context.getClaims().claim("person_id", client.personId());
			}
		};
	}

	/** The OpenID Connect user-info endpoint reads the issuer's own tokens. */
	@Bean
	JwtDecoder jwtDecoder(JWKSource<SecurityContext> jwkSource) {
		return OAuth2AuthorizationServerConfiguration.jwtDecoder(jwkSource);
	}

	@Bean
	AuthorizationServerSettings authorizationServerSettings(@Value("${trustboard.dev-issuer.issuer}") String issuer) {
		return AuthorizationServerSettings.builder().issuer(issuer).build();
	}

	@Bean
	JWKSource<SecurityContext> jwkSource(RSAKey signingKey) {
		return new ImmutableJWKSet<>(new JWKSet(signingKey));
	}

}
