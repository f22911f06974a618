/** Helpers shared between mediaops modules; not part of the supported API. */
@Internal
package io.github.mediaops.core.internal;

import io.github.mediaops.core.Internal;
