/** Multi-armed bandits for titles and covers: batched, seeded Thompson sampling. */
package io.github.mediaops.abtest.bandit;
