package uk.trustboard.api.graphql;

import java.time.Clock;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.server.webmvc.GraphQlHttpHandler;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Hostile requests are refused cheaply: the pieces that apply {@link RequestLimits}. */
@Configuration(proxyBeanMethods = false)
class RequestLimitsConfiguration {

	@Bean
	CostBuckets costBuckets(RequestLimits limits, Clock clock) {
		return new CostBuckets(limits.rate(), clock);
	}

	@Bean
	RequestLimitsInstrumentation requestLimitsInstrumentation(RequestLimits limits, CostBuckets buckets,
			JsonMapper json) {
		return new RequestLimitsInstrumentation(limits, buckets, json);
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
	static class Web {

		// outermost, so that it also reports on a timed-out request
		@Bean
		@Order(Ordered.HIGHEST_PRECEDENCE)
		CostReportingInterceptor costReportingInterceptor(CostBuckets buckets, RequestLimits limits) {
			return new CostReportingInterceptor(buckets, limits.maxCost());
		}

		@Bean
		@Order(Ordered.HIGHEST_PRECEDENCE + 1)
		RequestTimeoutInterceptor requestTimeoutInterceptor(RequestLimits limits) {
			return new RequestTimeoutInterceptor(limits.timeout());
		}

		/** Replaces Boot's handler, to answer 429 to a rate-limited request. */
		@Bean
		GraphQlHttpHandler graphQlHttpHandler(WebGraphQlHandler handler) {
			return new RateLimitedHttpHandler(handler);
		}

		@Bean
		WebMvcConfigurer rateLimitedFeeds(CostBuckets buckets, RequestLimits limits) {
			return new WebMvcConfigurer() {

				@Override
				public void addInterceptors(InterceptorRegistry registry) {
					registry.addInterceptor(new RateLimitedFeeds(buckets, limits.rate().feedCost())).addPathPatterns("/reviews/**");
				}

			};
		}

		/** Before Spring Security, so that an oversized body is refused before its token is checked. */
		@Bean
		FilterRegistrationBean<RequestBodyLimitFilter> requestBodyLimitFilter(RequestLimits limits, JsonMapper json,
				@Value("${spring.graphql.http.path}") String path) {
			var registration = new FilterRegistrationBean<>(
					new RequestBodyLimitFilter(Math.toIntExact(limits.maxBodySize().toBytes()), json));
			registration.addUrlPatterns(path);
			registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 1);
			return registration;
		}

		@Bean
		FilterRegistrationBean<ContentTypeFilter> contentTypeFilter(JsonMapper json,
				@Value("${spring.graphql.http.path}") String path) {
			var registration = new FilterRegistrationBean<>(new ContentTypeFilter(json));
			registration.addUrlPatterns(path);
			// after Spring Security: a caller without a token learns nothing but 401
			registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER + 1);
			return registration;
		}

	}

}
