/** A/B testing engines: per-arm {@link io.github.mediaops.abtest.SufficientStats} in, tests, intervals, Bayesian posteriors, plans and a readable {@link io.github.mediaops.abtest.Decision} out. Pure functions; see the module README for a worked title test. */
package io.github.mediaops.abtest;
