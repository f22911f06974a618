/** Sequential testing: always-valid inference (mSPRT, asymptotic confidence sequences) and group-sequential designs with Lan-DeMets alpha spending. */
package io.github.mediaops.abtest.sequential;
