/** Numerical helpers of the engines; not part of the public API. */
@Internal
package io.github.mediaops.abtest.internal;

import io.github.mediaops.core.Internal;
