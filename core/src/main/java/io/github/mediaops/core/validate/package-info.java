/**
 * Argument validation shared by mediaops' value types and offered to host code: {@link
 * io.github.mediaops.core.validate.Checks} fails with an {@link io.github.mediaops.core.InvalidValueException}
 * naming the field and the rejected value.
 *
 * @since 0.1.0
 */
package io.github.mediaops.core.validate;
