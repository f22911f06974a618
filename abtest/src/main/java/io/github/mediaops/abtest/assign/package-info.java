/** Deterministic assignment of units to variants: a documented salted hash, weighted allocations with minimal reassignment, holdouts. */
package io.github.mediaops.abtest.assign;
